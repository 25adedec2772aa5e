import type { ArticleSummary } from '../../../core/article/article-schema';

/** The sections or assignees the stories use, each once, in the library's order; the previous list when it holds the same. */
export function valuesInUse(articles: readonly ArticleSummary[], field: 'section' | 'assignee', previous: readonly string[]): readonly string[] {
  const values = [...new Set(articles.map((article) => article[field]).filter(Boolean))];
  return values.length === previous.length && values.every((value, index) => value === previous[index]) ? previous : values;
}
