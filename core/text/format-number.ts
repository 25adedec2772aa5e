import type { DateStyle } from '../settings/settings-schema';
import { localeFor } from './locale-for';
import { numberFormat } from './number-format';

/** A count written with the desk's digits in Arabic (٣٩٩) and Latin digits otherwise, without grouping. */
export function formatNumber(value: number, language: string, style: DateStyle): string {
  return numberFormat(localeFor(language, style), { useGrouping: false }).format(value);
}
