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
    const script = letterScript(before);
    // Arabic marks always; a closing bracket unless it closes Latin text; other punctuation after an Arabic word.
    const applies = /[،؛؟]/u.test(mark) || (/[»)\]]/u.test(mark) ? script !== 'latin' : script === 'arabic');
    if (!applies) continue;
    findings.push(styleFinding('space-before-punctuation', text, match.index + before.length, markAt + 1, mark));
  }
  for (const match of text.matchAll(openingThenSpace)) {
    const [whole, mark] = match as unknown as [string, string];
    if (letterScript(text[match.index + whole.length]) === 'latin') continue;
    findings.push(styleFinding('space-before-punctuation', text, match.index, match.index + whole.length, mark));
  }
  return findings;
}
