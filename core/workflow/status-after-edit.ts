import type { ArticleStatus } from '../article/article-schema';
import { assertNever } from '../assert-never';

/** The status an article takes when its copy is edited: approved or published copy goes back to review. */
export function statusAfterEdit(status: ArticleStatus): ArticleStatus {
  switch (status) {
    case 'draft':
    case 'in-review':
      return status;
    case 'approved':
    case 'exported':
      return 'in-review';
    default:
      return assertNever(status);
  }
}
