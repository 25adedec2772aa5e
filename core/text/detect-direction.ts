import { leftToRightScriptRanges, rightToLeftScriptRanges } from './script-ranges';

export type TextDirection = 'rtl' | 'ltr';

const rightToLeft = new RegExp(`[${rightToLeftScriptRanges}]`, 'gu');
const leftToRight = new RegExp(`[${leftToRightScriptRanges}]`, 'gu');
// Web and e-mail addresses: long runs of Latin letters that say nothing of the sentence's language.
const webAddress = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/.*)?$/i;
const emailAddress = /^[^@]+@[^@]+\.[^@]+$/;
/** Longer words are counted as they are: the patterns above stay quick on a pasted run with no spaces. */
const longestAddress = 300;

/**
 * The direction of a block by counting strong characters, so "WHO قالت …" stays right-to-left
 * where the browser's first-strong rule would flip it, and "للاستفسار: press@moh.gov.jo" too, web
 * and e-mail addresses not being counted (unless they are all there is); a tie goes to `tie`;
 * undefined when the text has none.
 */
export function detectDirection(text: string, tie: TextDirection = 'rtl'): TextDirection | undefined {
  const outsideAddresses = strongCharacters(
    text
      .split(/\s+/u)
      .filter((word) => !isAddress(word))
      .join(' '),
  );
  const [rightCount, leftCount] = outsideAddresses[0] + outsideAddresses[1] > 0 ? outsideAddresses : strongCharacters(text);
  if (rightCount === 0 && leftCount === 0) return undefined;
  if (rightCount === leftCount) return tie;
  return rightCount > leftCount ? 'rtl' : 'ltr';
}

function strongCharacters(text: string): readonly [rightToLeft: number, leftToRight: number] {
  return [text.match(rightToLeft)?.length ?? 0, text.match(leftToRight)?.length ?? 0];
}

function isAddress(word: string): boolean {
  if (word.length > longestAddress) return false;
  const bare = word.replace(/^[("«'[]+/u, '').replace(/[.,،؛:;!?؟)"»'\]]+$/u, '');
  return webAddress.test(bare) || emailAddress.test(bare);
}
