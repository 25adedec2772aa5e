import type { DateStyle } from '../settings/settings-schema';
import { dateTimeFormat } from './date-time-format';
import { localeFor } from './locale-for';

/** The time of a moment in local time, "3:07 م", held together so "م" or "PM" never wraps alone. */
export function formatTime(moment: Date, language: string, style: DateStyle): string {
  return dateTimeFormat(localeFor(language, style), { hour: 'numeric', minute: '2-digit' }).format(moment).replace(/\s/g, '\u00a0');
}
