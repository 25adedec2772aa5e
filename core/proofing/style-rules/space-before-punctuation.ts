import { letterScript } from '../letter-script';
import { styleFinding, type StyleFinding } from '../proofing-finding';

const spaceThenMark = /([^\s])([ \u00A0\t]+)([،؛؟.,:;!?»)\]])/gu;
const openingThenSpace = /([«([])([ \u00A0\t]+)(?=[^\s])/gu;

/**
 * Arabic punctuation sits against the word before it ("قال ، إن" → "قال، إن"), and a bracket or
 * guillemet against what it encloses ("« كذا »"). Ellipses (" ... ") and decimals (" .5") keep their space.
 */
export function spaceBeforePunctuation(text: string): StyleFinding[] {
  const findings: StyleFinding[] = [];
  for (const match of text.matchAll(spaceThenMark)) {
    const [, before, spaces, mark] = match as unknown as [string, string, string, string];
    const markAt = match.index + before.length + spaces.length;
    const next = text[markAt + 1] ?? '';
    if (mark === '.' && /[.\p{Nd}]/u.test(next)) continue;
    const arabicMark = /[،؛؟]/u.test(mark);
    if (!arabicMark && letterScript(before) !== 'arabic' && !/[»)\]]/u.test(mark)) continue;
    if (!arabicMark && letterScript(before) === 'latin') continue;
    findings.push(styleFinding('space-before-punctuation', text, match.index + before.length, markAt + 1, mark));
  }
  for (const match of text.matchAll(openingThenSpace)) {
    const [whole, mark] = match as unknown as [string, string];
    if (letterScript(text[match.index + whole.length]) === 'latin') continue;
    findings.push(styleFinding('space-before-punctuation', text, match.index, match.index + whole.length, mark));
  }
  return findings;
}
