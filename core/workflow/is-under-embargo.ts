import type { Article } from '../article/article-schema';

/** Whether an article may not be published yet: its embargo lies after the given moment. */
export function isUnderEmbargo(article: Pick<Article, 'embargo'>, now: Date): boolean {
  return article.embargo !== '' && Date.parse(article.embargo) > now.getTime();
}
