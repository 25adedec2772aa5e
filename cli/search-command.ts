import type { NewsroomApi } from '../core/api/api-contract';
import { UsageError } from './usage-error';

/** `newsroom search <query…> [--json] [--limit N]`: the best matches first, with a snippet around the matched words. */
export async function searchCommand(api: NewsroomApi, words: readonly string[], options: { readonly json: boolean; readonly limit?: string }): Promise<void> {
  const query = words.join(' ').trim();
  if (query === '') throw new UsageError('Say what to look for: newsroom search <words>.');
  const limit = options.limit === undefined ? 20 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit takes a whole number from 1 to 500.');
  const answer = await api.search({ query, limit });
  if (!answer.ok) throw new UsageError(answer.error.message);
  const rows = answer.value.hits.map((hit) => ({ id: hit.summary.id, headline: hit.summary.headline, status: hit.summary.status, score: hit.score, snippet: hit.snippet.text }));
  if (options.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  for (const row of rows) {
    process.stdout.write(`${row.id}  ${row.status.padEnd(9)}  ${row.score.toFixed(2).padStart(7)}  ${row.headline || '(untitled)'}\n`);
    if (row.snippet) process.stdout.write(`    ${row.snippet}\n`);
  }
  process.stderr.write(`${answer.value.total} match${answer.value.total === 1 ? '' : 'es'}\n`);
}
