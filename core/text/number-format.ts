const formats = new Map<string, Intl.NumberFormat>();

/** An Intl.NumberFormat, made once per locale and options: making one costs far more than formatting with it. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}
