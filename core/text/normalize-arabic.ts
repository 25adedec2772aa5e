const arabicIndicZero = 0x0660;
const easternArabicIndicZero = 0x06f0;

/** Folds Arabic spelling variants for matching (search, tags); the stored text is never changed. */
export function normalizeArabic(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED]/g, '')
    .replace(/\u0640/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064A')
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - arabicIndicZero))
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - easternArabicIndicZero))
    .toLowerCase();
}
