import { styleFinding, type StyleFinding } from '../proofing-finding';

const doubled = /(?<![\p{L}\p{M}\p{Nd}])([\p{L}\p{M}]+)([ \u00A0]+)\1(?![\p{L}\p{M}\p{Nd}])/giu;

/** The same word twice in a row ("في في"): the second one and the space before it go. */
export function doubledWord(text: string): StyleFinding[] {
  return [...text.matchAll(doubled)].map((match) => {
    const first = match[1]!;
    const start = match.index + first.length;
    return styleFinding('doubled-word', text, start, match.index + match[0].length, '');
  });
}
