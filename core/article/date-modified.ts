import type { Article } from './article-schema';

/** When the story last changed for readers: its newest correction or update notice, else its last save. */
export function dateModified(article: Pick<Article, 'corrections' | 'updatedAt'>): string {
  const latest = article.corrections.reduce<string | undefined>((newest, notice) => (!newest || Date.parse(notice.at) > Date.parse(newest) ? notice.at : newest), undefined);
  return latest ?? article.updatedAt;
}
