import type { ArticleContent } from '../../../core/article/article-schema';

/** Everything the editor edits except the body, which TipTap holds. */
export type ArticleFields = Omit<ArticleContent, 'body'>;

export const headlineLimit = 70;
export const summaryLimit = 160;
export const seoTitleLimit = 60;
export const socialTitleLimit = 70;
export const socialDescriptionLimit = 200;
