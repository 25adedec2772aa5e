import type { TagUsage } from '../api/api-contract';

/** Whether two tag lists hold the same tags, counts and spellings in the same order. */
export function sameTagUsage(first: readonly TagUsage[], second: readonly TagUsage[]): boolean {
  if (first.length !== second.length) return false;
  for (let index = 0; index < first.length; index += 1) {
    const one = first[index]!;
    const other = second[index]!;
    if (one.tag !== other.tag || one.count !== other.count || one.variants.length !== other.variants.length) return false;
    for (let variant = 0; variant < one.variants.length; variant += 1) if (one.variants[variant] !== other.variants[variant]) return false;
  }
  return true;
}
