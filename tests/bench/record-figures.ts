// Every bench adds its figures to bench-results.json at the repository root (git-ignored), one key
// per figure, so two runs can be compared with a diff.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const resultsFile = fileURLToPath(new URL('../../bench-results.json', import.meta.url));

export type Figures = Readonly<Record<string, number | string>>;

/** Merges figures (named "<bench>.<figure>") into bench-results.json, with when they were measured. */
export async function recordFigures(bench: string, figures: Figures): Promise<void> {
  let results: Record<string, unknown> = {};
  try {
    results = JSON.parse(await readFile(resultsFile, 'utf8')) as Record<string, unknown>;
  } catch {
    // No earlier results, or a damaged file: start again.
  }
  results[`${bench}.measuredAt`] = new Date().toISOString();
  for (const [name, value] of Object.entries(figures)) results[`${bench}.${name}`] = typeof value === 'number' ? Math.round(value * 100) / 100 : value;
  const sorted = Object.fromEntries(Object.entries(results).sort(([first], [second]) => first.localeCompare(second)));
  await writeFile(resultsFile, `${JSON.stringify(sorted, null, 2)}\n`);
}

/** The value at a share (0.5, 0.95) of the sorted values. */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}
