import { keyedCache } from '../keyed-cache';
import type { DateStyle } from '../settings/settings-schema';
import { dateTimeFormat } from './date-time-format';
import { localeFor } from './locale-for';
import { formatTime } from './format-time';

const relativeFormats = keyedCache<Intl.RelativeTimeFormat>();

const dayKey = (moment: Date) => `${moment.getFullYear()}-${moment.getMonth()}-${moment.getDate()}`;

/**
 * A moment as a list of stories shows it, short enough for its row: "اليوم، 3:07 م" and "أمس، …"
 * (the language's own words), the day and month with the time this year, the whole date before.
 */
export function formatRecentDate(value: string | Date, language: string, style: DateStyle, now: Date = new Date()): string {
  const moment = new Date(value);
  if (Number.isNaN(moment.getTime())) return typeof value === 'string' ? value : '';
  const locale = localeFor(language, style);
  const separator = language.startsWith('ar') ? '، ' : ', ';
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  const daysAgo = dayKey(moment) === dayKey(now) ? 0 : dayKey(moment) === dayKey(yesterday) ? -1 : undefined;
  if (daysAgo !== undefined) {
    // Made once per locale, as dateTimeFormat does: making one costs far more than a row's formatting.
    const day = relativeFormats(locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(daysAgo, 'day');
    return `${day.charAt(0).toLocaleUpperCase(locale) + day.slice(1)}${separator}${formatTime(moment, language, style)}`;
  }
  if (moment.getFullYear() === now.getFullYear()) {
    return `${dateTimeFormat(locale, { day: 'numeric', month: 'long' }).format(moment)}${separator}${formatTime(moment, language, style)}`;
  }
  return dateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(moment);
}
