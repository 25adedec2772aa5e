import { letterScript } from '../letter-script';
import { styleFinding, type StyleFinding } from '../proofing-finding';

/**
 * A word follows punctuation after a space ("قال،إن" → "قال، إن"). Latin marks count only between
 * Arabic words, so "U.S.", "example.com" and "10:30" stay as they are.
 */
export function missingSpaceAfterPunctuation(text: string): StyleFinding[] {
  const findings: StyleFinding[] = [];
  for (const match of text.matchAll(/[،؛؟.,:;!?»)\]]/gu)) {
    const mark = match[0];
    const next = letterScript(text[match.index + 1]);
    if (next === undefined) continue;
    const arabicMark = /[،؛؟]/u.test(mark);
    const between = letterScript(text[match.index - 1]) === 'arabic' && next === 'arabic';
    if (arabicMark || between) findings.push(styleFinding('missing-space-after-punctuation', text, match.index, match.index + 1, `${mark} `));
  }
  return findings;
}
