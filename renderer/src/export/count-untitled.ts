import type { ArticleSummary } from '../../../core/article/article-schema';

/** How many of the chosen articles have no headline, as the library lists them. */
export function countUntitled(articles: readonly ArticleSummary[], ids: readonly string[]): number {
  const chosen = new Set(ids);
  return articles.filter((article) => chosen.has(article.id) && article.headline.trim() === '').length;
}
