import { expect, it } from 'vitest';
import { keyedCache } from '../../core/keyed-cache';

it('makes each value once per key, and starts again empty past its limit', () => {
  const made: string[] = [];
  const cache = keyedCache<string>(2);
  const get = (key: string) => cache(key, () => (made.push(key), key.toUpperCase()));
  expect([get('a'), get('a'), get('b'), get('a')]).toEqual(['A', 'A', 'B', 'A']);
  expect(made).toEqual(['a', 'b']);
  get('c');
  get('a');
  expect(made).toEqual(['a', 'b', 'c', 'a']);
});
