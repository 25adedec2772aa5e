// npm run bench: time to export 1,000 articles in HTML, JSON and ninjs, and the share spent writing files.
import * as nodeFileSystem from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedArticleContent } from '../../core/sample/seed-article-content';
import { ExportService } from '../../services/export/export-service';
import { ArticleLibrary } from '../../services/library/article-library';
import type { FileSystem } from '../../services/storage/file-system';

const articleCount = 1000;

/** The real file system with the time spent in each call added up. */
function timedFileSystem(): { fileSystem: FileSystem; spent: () => number } {
  let total = 0;
  const time = async <Value>(work: () => Promise<Value>): Promise<Value> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      total += performance.now() - start;
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

const data = await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-data-'));
const out = await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-out-'));
try {
  const library = new ArticleLibrary({ directory: data });
  await library.open();
  const ids: string[] = [];
  for (let index = 0; index < articleCount; index += 1) {
    const created = await library.create({ ...seedArticleContent, headline: `${seedArticleContent.headline} ${index}`, slug: `kerry-lavrov-${index}` });
    if (!created.ok) throw new Error(created.error.message);
    ids.push(created.value.id);
  }
  const { fileSystem, spent } = timedFileSystem();
  const exporter = new ExportService(library, path.join(data, 'media'), fileSystem);
  const start = performance.now();
  const result = await exporter.export({ ids, formats: ['html', 'json', 'ninjs'], directory: out, fragment: false, onExisting: 'ask', manifest: true });
  const elapsed = performance.now() - start;
  if (!result.ok) throw new Error(result.error.message);
  process.stdout.write(
    `Export of ${articleCount} seed-sized articles in html, json and ninjs (${result.value.files.length} files + manifest)\n` +
      `  total ${(elapsed / 1000).toFixed(2)} s, ${(elapsed / articleCount).toFixed(2)} ms per article\n` +
      `  writing files (open, write, fsync, rename, close) ${(spent() / 1000).toFixed(2)} s = ${((spent() / elapsed) * 100).toFixed(0)}% of the time\n`,
  );
} finally {
  await rm(data, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
}
