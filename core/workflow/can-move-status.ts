import type { ArticleStatus } from '../article/article-schema';
import { statusMoves } from './status-moves';

/** Whether the workflow allows moving an article from one status to another. */
export function canMoveStatus(from: ArticleStatus, to: ArticleStatus): boolean {
  return statusMoves[from].includes(to);
}
