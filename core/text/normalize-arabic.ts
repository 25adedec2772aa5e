import { arabicDiacriticRanges, tatweel } from './arabic-diacritics';
import { toWesternDigits } from './to-western-digits';

const diacritics = new RegExp(`[${arabicDiacriticRanges}${tatweel}]`, 'g');

/** Folds Arabic spelling variants for matching (search, tags); the stored text is never changed. */
export function normalizeArabic(text: string): string {
  return toWesternDigits(
    text
      .normalize('NFKC')
      .replace(diacritics, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/\u0629/g, '\u0647')
      .replace(/\u0649/g, '\u064A'),
  ).toLowerCase();
}
