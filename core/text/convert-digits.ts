export type DigitStyle = 'western' | 'arabic-indic';

const arabicIndicZero = 0x0660;

/** Rewrites every digit in the text as Western (0-9) or Arabic-Indic (٠-٩) digits. */
export function convertDigits(text: string, to: DigitStyle): string {
  switch (to) {
    case 'western':
      return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String((digit.charCodeAt(0) - arabicIndicZero) % 0x90));
    case 'arabic-indic':
      return text.replace(/[0-9]/g, (digit) => String.fromCharCode(arabicIndicZero + Number(digit)));
  }
}
