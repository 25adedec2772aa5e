import type { Article, ArticleContent, ArticleId } from './article-schema';
import { currentArticleSchemaVersion } from './article-schema';

export const emptyArticleContent: ArticleContent = {
  status: 'draft',
  language: 'ar',
  headline: '',
  standfirst: '',
  byline: '',
  dateline: { place: '', date: '' },
  section: '',
  tags: [],
  slug: '',
  summary: '',
  editorialNote: '',
  assignee: '',
  seoTitle: '',
  socialTitle: '',
  socialDescription: '',
  corrections: [],
  embargo: '',
  body: { type: 'doc', content: [{ type: 'paragraph' }] },
};

/** Builds a new article at revision 1 from optional content, stamped with the given time. */
export function createArticle(
  id: ArticleId,
  now: Date,
  content: Partial<ArticleContent> = {},
): Article {
  const timestamp = now.toISOString();
  return {
    schemaVersion: currentArticleSchemaVersion,
    id,
    revision: 1,
    createdAt: timestamp,
    updatedAt: timestamp,
    statusHistory: [],
    ...emptyArticleContent,
    ...content,
  };
}
