/**
 * A cache of values worked out once per key: call it with the key and how to make the value. Past
 * `limit` keys it starts again empty, so text-keyed caches cannot grow without end.
 */
export function keyedCache<Value>(limit = Number.POSITIVE_INFINITY): (key: string, make: () => Value) => Value {
  const values = new Map<string, Value>();
  return (key, make) => {
    if (values.has(key)) return values.get(key) as Value;
    if (values.size >= limit) values.clear();
    const value = make();
    values.set(key, value);
    return value;
  };
}
