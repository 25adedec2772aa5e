// npm run bench: time to export 1,000 articles in HTML, JSON and ninjs (recorded in the library), and the share spent writing files.
import * as nodeFileSystem from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedArticleContent } from '../../core/sample/seed-article-content';
import { ExportService } from '../../services/export/export-service';
import { ArticleLibrary } from '../../services/library/article-library';
import type { FileSystem } from '../../services/storage/file-system';
import { percentile, recordFigures } from './record-figures';

const articleCount = 1000;

/** The real file system, with the wall-clock time during which at least one file call was under way. */
function timedFileSystem(): { fileSystem: FileSystem; spent: () => number } {
  let total = 0;
  let underWay = 0;
  let since = 0;
  const time = async <Value>(work: () => Promise<Value>): Promise<Value> => {
    if (underWay === 0) since = performance.now();
    underWay += 1;
    try {
      return await work();
    } finally {
      underWay -= 1;
      if (underWay === 0) total += performance.now() - since;
    }
  };
  const fileSystem: FileSystem = {
    ...nodeFileSystem,
    open: (async (file: string, flags: string) => {
      const handle = await time(() => nodeFileSystem.open(file, flags));
      return Object.assign(Object.create(handle) as typeof handle, {
        writeFile: (data: string | Uint8Array) => time(() => handle.writeFile(data)),
        sync: () => time(() => handle.sync()),
        close: () => time(() => handle.close()),
      });
    }) as FileSystem['open'],
    rename: ((from: string, to: string) => time(() => nodeFileSystem.rename(from, to))) as FileSystem['rename'],
  };
  return { fileSystem, spent: () => total };
}

const runs = Number(process.env.BENCH_RUNS ?? 3);
const data = await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-data-'));
try {
  const setup = new ArticleLibrary({ directory: data });
  await setup.open();
  const ids: string[] = [];
  for (let index = 0; index < articleCount; index += 1) {
    const created = await setup.create({ ...seedArticleContent, headline: `${seedArticleContent.headline} ${index}`, slug: `kerry-lavrov-${index}` });
    if (!created.ok) throw new Error(created.error.message);
    ids.push(created.value.id);
  }
  const totals: number[] = [];
  const writeShares: number[] = [];
  const fileShares: number[] = [];
  let files = 0;
  // A warm-up run first, not counted: the first run pays for loading and compiling the code.
  for (let run = 0; run <= runs; run += 1) {
    const out = await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-out-'));
    try {
      const { fileSystem, spent } = timedFileSystem();
      // The library records each export too (a History entry and the article rewritten), on the same timed disk.
      const library = new ArticleLibrary({ directory: data, fileSystem });
      const exporter = new ExportService(library, path.join(data, 'media'), fileSystem);
      const start = performance.now();
      // As the back end does it: the files first, then the library records the batch.
      const result = await exporter.export({ ids, formats: ['html', 'json', 'ninjs'], directory: out, fragment: false, onExisting: 'ask', manifest: true, markExported: false });
      const filesWritten = performance.now() - start;
      const recorded = await library.markExported(ids);
      const elapsed = performance.now() - start;
      if (!result.ok) throw new Error(result.error.message);
      if (recorded.some((answer) => !answer.ok)) throw new Error('An export was not recorded.');
      files = result.value.files.length;
      if (run > 0) {
        totals.push(elapsed);
        fileShares.push(filesWritten / elapsed);
        writeShares.push(spent() / elapsed);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }
  const median = percentile(totals, 0.5);
  const figures = {
    totalSeconds: median / 1000,
    fastestSeconds: Math.min(...totals) / 1000,
    slowestSeconds: Math.max(...totals) / 1000,
    millisecondsPerArticle: median / articleCount,
    writeSharePercent: percentile(writeShares, 0.5) * 100,
    recordingSharePercent: (1 - percentile(fileShares, 0.5)) * 100,
  };
  process.stdout.write(
    `export: ${articleCount} seed-sized articles in html, json and ninjs (${files} files + manifest, recorded in the library), median of ${runs} runs after a warm-up\n` +
      `  total ${figures.totalSeconds.toFixed(2)} s (runs ${figures.fastestSeconds.toFixed(2)}–${figures.slowestSeconds.toFixed(2)} s; target < 5 s), ${figures.millisecondsPerArticle.toFixed(2)} ms per article\n` +
      `  files being written (open, write, fsync, rename, close) ${figures.writeSharePercent.toFixed(0)}% of the time; recording the exports in the library ${figures.recordingSharePercent.toFixed(0)}% of it\n`,
  );
  await recordFigures('export', figures);
} finally {
  await rm(data, { recursive: true, force: true });
}
