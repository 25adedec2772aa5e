import type { NewsroomApi } from '../core/api/api-contract';
import { UsageError } from './usage-error';

/** `newsroom history <id> [--json]`: the kept versions of an article, newest first. */
export async function historyCommand(api: NewsroomApi, ids: readonly string[], json: boolean): Promise<void> {
  const [id, extra] = ids;
  if (id === undefined || extra !== undefined) throw new UsageError('Name one article: newsroom history <id>.');
  const article = await api.getArticle({ id });
  if (!article.ok) throw new UsageError(article.error.message);
  const listed = await api.listRevisions({ id });
  if (!listed.ok) throw new UsageError(listed.error.message);
  if (json) {
    const rows = listed.value.map(({ revision, savedAt, author, status, words, reason }) => ({ revision, savedAt, author, status, words, reason }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${article.value.revision}  (current)  ${article.value.headline || '(untitled)'}\n`);
  for (const entry of listed.value) {
    process.stdout.write(`${entry.revision}  ${entry.savedAt}  ${entry.status.padEnd(9)}  ${String(entry.words).padStart(6)} words  ${entry.reason.padEnd(9)}  ${entry.author}\n`);
  }
}

/** `newsroom restore <id> <revision>`: makes a kept version the newest revision; the replaced one stays in history. */
export async function restoreCommand(api: NewsroomApi, positionals: readonly string[]): Promise<void> {
  const [id, revisionText, extra] = positionals;
  const revision = Number(revisionText);
  if (id === undefined || !Number.isInteger(revision) || revision < 1 || extra !== undefined) {
    throw new UsageError('Name an article and a revision: newsroom restore <id> <revision>.');
  }
  const current = await api.getArticle({ id });
  if (!current.ok) throw new UsageError(current.error.message);
  const restored = await api.restoreRevision({ id, revision, baseRevision: current.value.revision });
  if (!restored.ok) throw new UsageError(restored.error.message);
  process.stdout.write(`Restored revision ${revision} of ${id} as revision ${restored.value.revision}; revision ${current.value.revision} is kept in its history.\n`);
}
