import type { DateStyle } from '../settings/settings-schema';
import { dateTimeFormat } from './date-time-format';
import { formatTime } from './format-time';
import { localeFor } from './locale-for';

const dayOnly = /^\d{4}-\d{2}-\d{2}$/;

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
  return `${date}${language.startsWith('ar') ? '، ' : ', '}${formatTime(moment, language, style)}`;
}
