import type { DateStyle } from '../settings/settings-schema';
import { localeFor } from './format-date';

/** A count written with the desk's digits in Arabic (٣٩٩) and Latin digits otherwise, without grouping. */
export function formatNumber(value: number, language: string, style: DateStyle): string {
  return new Intl.NumberFormat(localeFor(language, style), { useGrouping: false }).format(value);
}
