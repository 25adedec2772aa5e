// The library's search index at newsroom scale: 10,000 Arabic articles of about 600 words.
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createArticle } from '../../core/article/create-article';
import { seedArticleContent } from '../../core/sample/seed-article-content';
import { documentText } from '../../core/document/document-text';
import { ArticleLibrary } from '../../services/library/article-library';
import { SearchIndex } from '../../services/search/search-index';

const articleCount = Number(process.env.BENCH_ARTICLES ?? 10_000);
const wordsPerArticle = 600;
// Natural language is Zipfian: a few words everywhere, most words rare. The story's own words take the
// top ranks (function words among them), then 30,000 made-up words built from Arabic letters.
const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const madeUp = Array.from({ length: 30_000 }, (_, rank) => {
  let word = '';
  for (let value = rank + 7919, length = 3 + (rank % 4); word.length < length; value = Math.floor(value / letters.length) + rank * 31 + word.length) word += letters[value % letters.length];
  return word;
});
const vocabulary = [...new Set([...documentText(seedArticleContent.body).split(/\s+/).filter(Boolean), ...madeUp])];
const zipfTotal = vocabulary.reduce((sum, _, rank) => sum + 1 / (rank + 1), 0);
const cumulative: number[] = [];
for (let rank = 0, running = 0; rank < vocabulary.length; rank += 1) cumulative.push((running += 1 / (rank + 1) / zipfTotal));
const places = ['دمشق', 'بيروت', 'عمّان', 'القاهرة', 'بغداد', 'الرياض', 'غزة', 'تونس', 'الرباط', 'الخرطوم'];
const topics = ['الانتخابات', 'الاقتصاد', 'المفاوضات', 'الطاقة', 'المياه', 'الصحة', 'التعليم', 'الزلزال', 'الأسعار', 'اللاجئين'];

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <Value>(values: readonly Value[]): Value => values[Math.floor(random() * values.length)]!;
/** A word drawn by its Zipf weight (binary search over the running totals). */
function zipfWord(): string {
  const target = random();
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return vocabulary[low]!;
}

async function writeLibrary(directory: string): Promise<void> {
  await mkdir(path.join(directory, 'articles'), { recursive: true });
  const start = Date.UTC(2024, 0, 1);
  for (let number = 0; number < articleCount; number += 1) {
    const place = pick(places);
    const topic = pick(topics);
    const paragraphs = Array.from({ length: 12 }, () => Array.from({ length: wordsPerArticle / 12 }, () => zipfWord()).join(' '));
    paragraphs[3] = `وفي ${place} ناقش المسؤولون ${topic} مع ممثلي الحكومة.`;
    const article = createArticle(`bench-${number}`, new Date(start + number * 3_600_000), {
      ...seedArticleContent,
      headline: `${topic} في ${place}: تقرير رقم ${number}`,
      slug: `bench-${number}`,
      tags: [place, topic],
      body: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
    });
    await writeFile(path.join(directory, 'articles', `${article.id}.json`), JSON.stringify(article));
  }
}

const percentile = (values: readonly number[], share: number) => [...values].sort((first, second) => first - second)[Math.min(values.length - 1, Math.floor(values.length * share))]!;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const directory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-search-'));
try {
  process.stdout.write(`search index: writing ${articleCount.toLocaleString('en')} articles of ~${wordsPerArticle} words…\n`);
  await writeLibrary(directory);
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
  await reopened.close();
} finally {
  if (process.env.BENCH_KEEP) process.stdout.write(`kept ${directory}\n`);
  else await rm(directory, { recursive: true, force: true });
}
