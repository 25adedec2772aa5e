import { keyedCache } from '../keyed-cache';

const formats = keyedCache<Intl.NumberFormat>();

/** An Intl.NumberFormat, made once per locale and options: making one costs far more than formatting with it. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return formats(`${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}
