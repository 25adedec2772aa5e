import { letterScript } from '../letter-script';
import { styleFinding, type StyleFinding } from '../proofing-finding';

const arabicMark: Readonly<Record<string, string>> = { ',': '،', ';': '؛', '?': '؟' };
// Closing marks and spaces between a word and the punctuation after it ("قال (كذا), ثم").
const skippedBefore = /[\s)\]»"'”’]/u;
const digit = /\p{Nd}/u;

function nearestBefore(text: string, index: number): string | undefined {
  for (let at = index - 1; at >= 0; at -= 1) if (!skippedBefore.test(text[at]!)) return text[at];
  return undefined;
}

function nearestAfter(text: string, index: number): string | undefined {
  for (let at = index + 1; at < text.length; at += 1) if (!/\s/u.test(text[at]!)) return text[at];
  return undefined;
}

/**
 * A Latin comma, semicolon or question mark written after an Arabic word ("قال, إن") should be
 * its Arabic form (، ؛ ؟). After a Latin word ("Yes, we can") or between digits (3,5) it is right.
 */
export function latinPunctuation(text: string): StyleFinding[] {
  const findings: StyleFinding[] = [];
  for (const match of text.matchAll(/[,;?]/g)) {
    const before = nearestBefore(text, match.index);
    const after = nearestAfter(text, match.index);
    const afterArabicWord = letterScript(before) === 'arabic';
    // "عام 2016, قال": a number closing an Arabic clause; "3,5" is a number itself.
    const afterNumberInArabic = before !== undefined && digit.test(before) && letterScript(after) === 'arabic' && !digit.test(text[match.index + 1] ?? '');
    if (afterArabicWord || afterNumberInArabic) findings.push(styleFinding('latin-punctuation', text, match.index, match.index + 1, arabicMark[match[0]]!));
  }
  return findings;
}
