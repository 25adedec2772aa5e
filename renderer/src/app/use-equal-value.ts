import { useRef } from 'react';

/**
 * The value, or the one given before when it holds the same data: a memoised component given a
 * freshly computed copy (tags derived from the library again after a save) need not render again.
 */
export function useEqualValue<Value>(value: Value, isEqual: (kept: Value, next: Value) => boolean): Value {
  const kept = useRef(value);
  if (kept.current !== value && !isEqual(kept.current, value)) kept.current = value;
  return kept.current;
}
