const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces lone UTF-16 surrogates (ill-formed text a hostile or broken file can carry) with U+FFFD
 * in every string of a value, so nothing downstream (URL encoding, file names, JSON) can throw on them.
 */
export function repairUnicode<Value>(value: Value): Value {
  if (typeof value === 'string') return value.replace(loneSurrogate, '\uFFFD') as Value;
  if (Array.isArray(value)) return value.map(repairUnicode) as Value;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [repairUnicode(key), repairUnicode(entry)])) as Value;
  }
  return value;
}
