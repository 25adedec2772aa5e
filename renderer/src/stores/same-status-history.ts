import type { StatusChange } from '../../../core/article/article-schema';

/** Whether two status histories hold the same changes (a save answers with a new copy of an unchanged one). */
export function sameStatusHistory(first: readonly StatusChange[], second: readonly StatusChange[]): boolean {
  return first.length === second.length && first.every((change, index) => {
    const other = second[index];
    return other !== undefined && change.status === other.status && change.at === other.at && change.by === other.by && change.reason === other.reason;
  });
}
