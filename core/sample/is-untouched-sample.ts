import type { Article } from '../article/article-schema';
import { seedArticleContent } from './seed-article-content';

/** Whether an article is a new library's sample story as it was created, never edited: desk sync keeps it on this machine, so every journalist's copy does not land at the desk. */
export function isUntouchedSample(article: Article): boolean {
  return article.revision === 1 && article.headline === seedArticleContent.headline && JSON.stringify(article.body) === JSON.stringify(seedArticleContent.body);
}
