import type { ArticleSummary } from '../../../core/article/article-schema';
import { isUntitled } from '../../../core/article/is-untitled';

/** How many of the chosen articles have no headline, as the library lists them. */
export function countUntitled(articles: readonly ArticleSummary[], ids: readonly string[]): number {
  const chosen = new Set(ids);
  return articles.filter((article) => chosen.has(article.id) && isUntitled(article)).length;
}
