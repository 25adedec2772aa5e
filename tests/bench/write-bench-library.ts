// A generated Arabic library for benchmarks: Zipfian vocabulary, about 600 words per article.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createArticle } from '../../core/article/create-article';
import { seedArticleContent } from '../../core/sample/seed-article-content';
import { documentText } from '../../core/document/document-text';

export const wordsPerArticle = 600;
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

/** Writes articleCount generated articles into <directory>/articles, the same ones on every run. */
export async function writeBenchLibrary(directory: string, articleCount: number): Promise<void> {
  seed = 42;
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
