import type { Article } from '../../core/article/article-schema';
import { createArticle } from '../../core/article/create-article';
import { seedArticleContent } from '../../core/sample/seed-article-content';

/** The seed story as a stored article with fixed bookkeeping, so exports of it are reproducible. */
export function seedArticle(overrides: Partial<Article> = {}): Article {
  return {
    ...createArticle('seed-kerry-lavrov', new Date(Date.UTC(2015, 4, 12, 9, 30)), seedArticleContent),
    updatedAt: '2015-05-12T10:15:00.000Z',
    revision: 3,
    byline: 'رويترز',
    standfirst: 'وزيرا الخارجية يبحثان الأزمة السورية وأوكرانيا وإيران في منتجع سوتشي الروسي',
    dateline: { place: 'سوتشي', date: '2015-05-12' },
    editorialNote: 'ملاحظة داخلية: تحقق من رقم الضحايا قبل النشر',
    ...overrides,
  };
}
