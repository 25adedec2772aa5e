const arabicIndicZero = 0x0660;
const easternArabicIndicZero = 0x06f0;

/** Rewrites Arabic-Indic (٠-٩) and Persian (۰-۹) digits as Western ones (0-9). */
export function toWesternDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - arabicIndicZero))
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - easternArabicIndicZero));
}
