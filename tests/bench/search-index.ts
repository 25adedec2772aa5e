// The library's search index at newsroom scale: 10,000 Arabic articles of about 600 words.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeBenchLibrary, wordsPerArticle } from './write-bench-library';
import { ArticleLibrary } from '../../services/library/article-library';
import { SearchIndex } from '../../services/search/search-index';
import { percentile, recordFigures } from './record-figures';

const articleCount = Number(process.env.BENCH_ARTICLES ?? 10_000);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const directory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-search-'));
try {
  process.stdout.write(`search index: writing ${articleCount.toLocaleString('en')} articles of ~${wordsPerArticle} words…\n`);
  await writeBenchLibrary(directory, articleCount);
  const library = new ArticleLibrary({ directory });
  await library.open();
  const readArticle = async (id: string) => {
    const read = await library.get(id);
    return read.ok ? read.value : undefined;
  };

  let started = performance.now();
  const built = new SearchIndex({ dataDirectory: directory, readArticle });
  await built.open();
  const buildMilliseconds = performance.now() - started;
  await built.close();
  const size = (await stat(path.join(directory, 'index', 'search-index.json'))).size;

  const heapBefore = process.memoryUsage().heapUsed;
  started = performance.now();
  const reopened = new SearchIndex({ dataDirectory: directory, readArticle });
  await reopened.open();
  const openMilliseconds = performance.now() - started;
  const heapAfter = process.memoryUsage().heapUsed;

  const queries = ['الانتخابات', 'الامريكي', 'مسؤول دمشق', '"الأزمة السورية"', 'وسم:بيروت الاقتصاد', 'لافروف -أوكرانيا', 'كير', 'Kerry', 'قسم:"عربي ودولي" حالة:مسودة', 'المفاوضات غزة'];
  for (const query of queries) await reopened.search(query, { limit: 20 });
  const times: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let round = 0; round < 10; round += 1) {
    for (const query of queries) {
      started = performance.now();
      await reopened.search(query, { limit: 20 });
      const took = performance.now() - started;
      times.push(took);
      perQuery.set(query, [...(perQuery.get(query) ?? []), took]);
    }
  }
  if (process.env.BENCH_VERBOSE) for (const [query, took] of perQuery) process.stdout.write(`  ${query}: p50 ${percentile(took, 0.5).toFixed(1)} ms\n`);
  process.stdout.write(
    `search index (${articleCount.toLocaleString('en')} articles): build ${(buildMilliseconds / 1000).toFixed(1)} s, ` +
      `${megabytes(size)} on disk, open ${Math.round(openMilliseconds)} ms (target < 1,000 ms), ` +
      `query p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms (target p95 < 20 ms) over ${times.length} queries, ` +
      `index heap ${megabytes(heapAfter - heapBefore)}, process RSS ${megabytes(process.memoryUsage().rss)}\n`,
  );
  await recordFigures('search', {
    articles: articleCount,
    buildSeconds: buildMilliseconds / 1000,
    sizeMb: size / 1024 / 1024,
    openMs: openMilliseconds,
    queryP50Ms: percentile(times, 0.5),
    queryP95Ms: percentile(times, 0.95),
    indexHeapMb: (heapAfter - heapBefore) / 1024 / 1024,
    processRssMb: process.memoryUsage().rss / 1024 / 1024,
  });
  await reopened.close();
} finally {
  if (process.env.BENCH_KEEP) process.stdout.write(`kept ${directory}\n`);
  else await rm(directory, { recursive: true, force: true });
}
