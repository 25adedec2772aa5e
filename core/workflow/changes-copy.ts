import type { Article } from '../article/article-schema';

/** Fields that steer the workflow rather than what readers get: changing them never reopens approved copy. */
const workflowFields = new Set<string>(['editorialNote', 'assignee', 'status', 'statusHistory', 'revision', 'updatedAt', 'exportedAt']);

/** Whether a save changes what readers would get (the copy), as opposed to notes and assignment. */
export function changesCopy(before: Article, after: Article): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (workflowFields.has(key)) continue;
    if (JSON.stringify(before[key as keyof Article]) !== JSON.stringify(after[key as keyof Article])) return true;
  }
  return false;
}
