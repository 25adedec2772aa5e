import type { ArticleSummary } from '../../../core/article/article-schema';
import { normalizeArabic } from '../../../core/text/normalize-arabic';
import type { LibraryFilter } from './library-store';

/** The summaries a filter (status, assignee, tag) lets through; tags match whatever their hamza, ta marbuta or diacritics. */
export function visibleArticles(articles: readonly ArticleSummary[], filter: LibraryFilter): readonly ArticleSummary[] {
  const tag = filter.tag ? normalizeArabic(filter.tag) : '';
  return articles.filter(
    (article) =>
      (!filter.status || article.status === filter.status) &&
      (!filter.assignee || article.assignee === filter.assignee) &&
      (!tag || article.tags.some((candidate) => normalizeArabic(candidate) === tag)),
  );
}
