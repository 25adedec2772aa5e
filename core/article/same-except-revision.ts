import type { Article } from './article-schema';

/** Whether two copies of an article say the same, whatever each machine's revision counter. */
export function sameExceptRevision(first: Omit<Article, 'revision'>, second: Omit<Article, 'revision'>): boolean {
  const { revision: _first, ...firstContent } = first as Article;
  const { revision: _second, ...secondContent } = second as Article;
  return JSON.stringify(firstContent) === JSON.stringify(secondContent);
}
