import { arabicScriptRanges } from '../text/script-ranges';

const arabicLetter = new RegExp(`[${arabicScriptRanges}]`, 'g');

/** "ar" when Arabic letters outnumber Latin ones, otherwise "en". */
export function detectLanguage(text: string): 'ar' | 'en' {
  const sample = text.slice(0, 200_000);
  const arabic = sample.match(arabicLetter)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic >= latin && arabic > 0 ? 'ar' : 'en';
}
