import type { ArticleSummary } from '../article/article-schema';
import type { DeskShareRule } from '../settings/settings-schema';

/** Whether this machine sends a story to the desk: its status, section and tags as the rule asks (a draft stays here with in-review-and-later). */
export function isSharedWithDesk(article: Pick<ArticleSummary, 'status' | 'section' | 'tags'>, rule: DeskShareRule): boolean {
  if (rule.share === 'in-review-and-later' && article.status === 'draft') return false;
  return isInDeskSubscription(article, rule);
}

/** Whether a story is in the sections and tags this machine follows at the desk (every story when none are set). */
export function isInDeskSubscription(article: { readonly section?: unknown; readonly tags?: unknown }, rule: Pick<DeskShareRule, 'sections' | 'tags'>): boolean {
  if (rule.sections.length > 0 && !rule.sections.includes(typeof article.section === 'string' ? article.section : '')) return false;
  if (rule.tags.length > 0 && !(Array.isArray(article.tags) && article.tags.some((tag) => rule.tags.includes(tag)))) return false;
  return true;
}
