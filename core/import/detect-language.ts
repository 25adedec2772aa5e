/** "ar" when Arabic letters outnumber Latin ones, otherwise "en". */
export function detectLanguage(text: string): 'ar' | 'en' {
  const sample = text.slice(0, 200_000);
  const arabic = sample.match(/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic >= latin && arabic > 0 ? 'ar' : 'en';
}
