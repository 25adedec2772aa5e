import { leftToRightScriptRanges, rightToLeftScriptRanges } from './script-ranges';

export type TextDirection = 'rtl' | 'ltr';

const rightToLeft = new RegExp(`[${rightToLeftScriptRanges}]`, 'gu');
const leftToRight = new RegExp(`[${leftToRightScriptRanges}]`, 'gu');

/**
 * The direction of a block by counting strong characters, so "WHO قالت …" stays right-to-left
 * where the browser's first-strong rule would flip it; a tie goes to `tie`; undefined when the text has none.
 */
export function detectDirection(text: string, tie: TextDirection = 'rtl'): TextDirection | undefined {
  const rightCount = text.match(rightToLeft)?.length ?? 0;
  const leftCount = text.match(leftToRight)?.length ?? 0;
  if (rightCount === 0 && leftCount === 0) return undefined;
  if (rightCount === leftCount) return tie;
  return rightCount > leftCount ? 'rtl' : 'ltr';
}
