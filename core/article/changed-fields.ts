import type { ArticleContent } from './article-schema';

const compared = ['headline', 'standfirst', 'byline', 'dateline', 'section', 'tags', 'summary', 'slug', 'status', 'language', 'editorialNote'] as const satisfies ReadonlyArray<keyof ArticleContent>;
export type ComparedField = (typeof compared)[number];

/** The newsroom metadata that differs between two versions of an article (the body is compared word by word elsewhere). */
export function changedFields(before: ArticleContent, after: ArticleContent): readonly ComparedField[] {
  return compared.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}
