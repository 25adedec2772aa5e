import type { ArticleStatus } from '../article/article-schema';

/**
 * Where each status may go: a draft is sent for review; review sends it back or approves it; an
 * approved story is published (exported) or reopened; a published one is reopened for a correction.
 */
export const statusMoves: Readonly<Record<ArticleStatus, readonly ArticleStatus[]>> = {
  draft: ['in-review'],
  'in-review': ['draft', 'approved'],
  approved: ['in-review', 'exported'],
  exported: ['in-review'],
};
