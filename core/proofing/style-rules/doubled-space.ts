import { styleFinding, type StyleFinding } from '../proofing-finding';

/** Two or more spaces between words become one. */
export function doubledSpace(text: string): StyleFinding[] {
  return [...text.matchAll(/(?<=\S)[ \u00A0]{2,}(?=\S)/gu)].map((match) => styleFinding('doubled-space', text, match.index, match.index + match[0].length, ' '));
}
