/** A dateline date (YYYY-MM-DD) written out in the article's language, e.g. "12 مايو 2015". */
export function formatDatelineDate(date: string, language: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  const locale = language.startsWith('ar') ? 'ar-u-nu-latn' : language;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}
