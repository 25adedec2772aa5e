import type { TagUsage } from '../api/api-contract';
import { normalizeArabic } from '../text/normalize-arabic';
import { keyedCache } from '../keyed-cache';
import type { ArticleSummary } from './article-schema';

// The list is counted again after every save; a library of 10,000 stories holds few distinct spellings.
const normalizedTags = keyedCache<string>(20_000);

/** Every tag in use with its count; spellings that normalise alike are one tag, spelt as first used. */
export function tagUsage(articles: readonly Pick<ArticleSummary, 'tags' | 'createdAt'>[]): TagUsage[] {
  const byKey = new Map<string, { tag: string; count: number; firstUsed: string; variants: Set<string> }>();
  for (const article of articles) {
    const counted = new Set<string>();
    for (const tag of article.tags) {
      const key = normalizedTags(tag, () => normalizeArabic(tag));
      const known = byKey.get(key);
      if (!known) byKey.set(key, { tag, count: 1, firstUsed: article.createdAt, variants: new Set([tag]) });
      else {
        known.variants.add(tag);
        if (counted.has(key)) continue;
        const earlier = article.createdAt < known.firstUsed;
        byKey.set(key, { tag: earlier ? tag : known.tag, count: known.count + 1, firstUsed: earlier ? article.createdAt : known.firstUsed, variants: known.variants });
      }
      counted.add(key);
    }
  }
  return [...byKey.values()]
    .map(({ tag, count, variants }) => ({ tag, count, variants: [tag, ...[...variants].filter((variant) => variant !== tag)] }))
    .sort((first, second) => second.count - first.count || first.tag.localeCompare(second.tag, 'ar'));
}
