import { convertDigits } from '../../text/convert-digits';
import { letterScript } from '../letter-script';
import { styleFinding, type StyleFinding } from '../proofing-finding';

export type DigitSystem = 'western' | 'arabic-indic';

/** A run of digits in prose, in one system. */
export interface DigitRun {
  readonly from: number;
  readonly to: number;
  readonly system: DigitSystem;
}

/**
 * The digit runs of a block that count towards the article's digit style: not those inside a
 * Latin word or code ("COVID-19", "G20", "F-16"), which keep Western digits whatever the style.
 */
export function digitRunsOf(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  for (const match of text.matchAll(/[0-9]+|[\u0660-\u0669\u06F0-\u06F9]+/g)) {
    const before = text.slice(Math.max(0, match.index - 2), match.index).replace(/-$/, '');
    const after = text[match.index + match[0].length];
    if (letterScript(before.at(-1)) === 'latin' || letterScript(after) === 'latin') continue;
    runs.push({ from: match.index, to: match.index + match[0].length, system: /[0-9]/.test(match[0]) ? 'western' : 'arabic-indic' });
  }
  return runs;
}

/**
 * One article writes its numbers in one system: when both appear, the runs in the less used one
 * are findings, fixed by rewriting them in the other (a tie goes to the desk's date style).
 */
export function mixedDigits(texts: readonly string[], runs: readonly (readonly DigitRun[])[], preferred: DigitSystem): StyleFinding[][] {
  const western = runs.reduce((count, block) => count + block.filter((run) => run.system === 'western').length, 0);
  const arabicIndic = runs.reduce((count, block) => count + block.length, 0) - western;
  if (western === 0 || arabicIndic === 0) return runs.map(() => []);
  const keep: DigitSystem = western === arabicIndic ? preferred : western > arabicIndic ? 'western' : 'arabic-indic';
  return runs.map((block, index) =>
    block
      .filter((run) => run.system !== keep)
      .map((run) => {
        const text = texts[index]!;
        return styleFinding('mixed-digits', text, run.from, run.to, convertDigits(text.slice(run.from, run.to), keep));
      }),
  );
}
