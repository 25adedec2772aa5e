import { assertNever } from '../assert-never';
import { toWesternDigits } from './to-western-digits';

export type DigitStyle = 'western' | 'arabic-indic';

const arabicIndicZero = 0x0660;

/** Rewrites every digit in the text as Western (0-9) or Arabic-Indic (٠-٩) digits. */
export function convertDigits(text: string, to: DigitStyle): string {
  switch (to) {
    case 'western':
      return toWesternDigits(text);
    case 'arabic-indic':
      return toWesternDigits(text).replace(/[0-9]/g, (digit) => String.fromCharCode(arabicIndicZero + Number(digit)));
    default:
      return assertNever(to);
  }
}
