import { keyedCache } from '../keyed-cache';

const formats = keyedCache<Intl.DateTimeFormat>();

/** An Intl.DateTimeFormat, made once per locale and options: making one costs far more than formatting with it. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return formats(`${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}
