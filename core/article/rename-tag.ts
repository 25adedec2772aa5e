import { normalizeArabic } from '../text/normalize-arabic';

/**
 * An article's tags with every spelling that folds like one of from replaced by to, once, where the
 * first of them stood; undefined when none of its tags is one of them.
 */
export function renameTag(tags: readonly string[], from: readonly string[], to: string): string[] | undefined {
  const replaced = new Set(from.map(normalizeArabic));
  if (!tags.some((tag) => replaced.has(normalizeArabic(tag)))) return undefined;
  const target = normalizeArabic(to);
  const result: string[] = [];
  for (const tag of tags) {
    const next = replaced.has(normalizeArabic(tag)) ? to : tag;
    if (!result.some((kept) => normalizeArabic(kept) === normalizeArabic(next))) result.push(next);
  }
  // A tag already spelt like the target keeps the new spelling.
  return result.map((tag) => (normalizeArabic(tag) === target ? to : tag));
}
