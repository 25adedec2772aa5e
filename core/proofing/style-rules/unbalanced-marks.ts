import { styleFinding, type StyleFinding } from '../proofing-finding';

const closingOf: Readonly<Record<string, string>> = { '(': ')', '[': ']', '«': '»', '“': '”' };
const openingOf: Readonly<Record<string, string>> = { ')': '(', ']': '[', '»': '«', '”': '“' };

// "1)" and "أ)" number the points of a list; ":)" is a smiley. Neither closes anything.
function isEnumerator(text: string, index: number): boolean {
  return /(?:^|\s)(?:\p{Nd}{1,3}|\p{L})$/u.test(text.slice(Math.max(0, index - 4), index)) || text[index - 1] === ':';
}

/**
 * A bracket, guillemet or quotation mark with no partner in the same paragraph. The fix removes
 * the stray mark; the finding says which one it is.
 */
export function unbalancedMarks(text: string): StyleFinding[] {
  const open: { readonly mark: string; readonly at: number }[] = [];
  const stray: number[] = [];
  const straightQuotes: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (character === '"') straightQuotes.push(index);
    else if (closingOf[character]) open.push({ mark: character, at: index });
    else if (openingOf[character]) {
      const partner = open.findLastIndex((entry) => entry.mark === openingOf[character]);
      if (partner >= 0) open.splice(partner, 1);
      else if (!(character === ')' && isEnumerator(text, index))) stray.push(index);
    }
  }
  const unmatched = [...open.map((entry) => entry.at), ...stray];
  if (straightQuotes.length % 2 === 1) unmatched.push(straightQuotes.at(-1)!);
  return unmatched.sort((first, second) => first - second).map((at) => styleFinding('unbalanced-marks', text, at, at + 1, ''));
}
