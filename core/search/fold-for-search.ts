import { normalizeArabic } from '../text/normalize-arabic';

/**
 * Folds text the way searching expects: Arabic spelling variants as normalizeArabic folds them, and
 * the hamza seats ؤ and ئ to ء as well, so مسؤول and مسئول are one word.
 */
export function foldForSearch(text: string): string {
  return normalizeArabic(text).replace(/[\u0624\u0626]/g, '\u0621');
}
