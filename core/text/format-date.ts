import type { DateStyle } from '../settings/settings-schema';
import { dateTimeFormat } from './date-time-format';

const dayOnly = /^\d{4}-\d{2}-\d{2}$/;

/** The Intl locale that writes the language in the desk's style: Arabic digits and month names as chosen, Latin for other languages. */
export function localeFor(language: string, style: DateStyle, calendar?: string): string {
  const extensions = calendar ? `-u-ca-${calendar}` : '-u';
  if (!language.startsWith('ar')) return `${language}${extensions}-nu-latn`;
  const region = style.monthNames === 'levant' ? 'SY' : 'EG';
  return `ar-${region}${extensions}-nu-${style.digits === 'arabic-indic' ? 'arab' : 'latn'}`;
}

/**
 * A date (YYYY-MM-DD, read as that calendar day) or a moment (a timestamp, shown in local time) in
 * the language and the desk's date style, e.g. "29 تشرين الثاني 2026 (19 جمادى الآخرة 1448 هـ)".
 */
export function formatDate(value: string | Date, language: string, style: DateStyle, form: 'date' | 'date-time' = 'date'): string {
  const isDay = typeof value === 'string' && dayOnly.test(value);
  const moment = typeof value === 'string' ? new Date(isDay ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(moment.getTime())) return typeof value === 'string' ? value : '';
  const timeZone = isDay ? 'UTC' : undefined;
  const dateOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone };
  let date = dateTimeFormat(localeFor(language, style), dateOptions).format(moment);
  if (style.calendar === 'gregorian-hijri') {
    date += ` (${dateTimeFormat(localeFor(language, style, 'islamic-umalqura'), dateOptions).format(moment)})`;
  }
  if (form === 'date' || isDay) return date;
  // Held together: in a narrow library row "ص" or "PM" alone on the next line reads as a stray letter.
  const time = dateTimeFormat(localeFor(language, style), { hour: 'numeric', minute: '2-digit' }).format(moment).replace(/\s/g, '\u00a0');
  return `${date}${language.startsWith('ar') ? '، ' : ', '}${time}`;
}
