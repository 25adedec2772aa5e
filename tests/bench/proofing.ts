// Proofing's own costs, in Node (the editor runs the same code in a Web Worker): loading the
// dictionaries, their memory, and checking a 10,000-word Arabic article. The per-keystroke cost
// with checking on and off is measured in the browser by keystroke-cost.ts.
import { performance } from 'node:perf_hooks';
import { seedArticleContent } from '../../core/sample/seed-article-content';
import { acceptedWords } from '../../core/proofing/accepted-words';
import { createHunspellSpeller } from '../../core/proofing/hunspell-speller';
import { proofArticle } from '../../core/proofing/proof-article';
import { countText } from '../../core/text/count-text';
import { defaultSettings } from '../../core/settings/settings-schema';
import { readBundledDictionaries } from '../../services/proofing/bundled-dictionaries';
import { seedArticle } from '../support/seed-article';
import { recordFigures } from './record-figures';

const megabytes = (bytes: number) => bytes / 1024 / 1024;

const memoryBefore = process.memoryUsage();
let started = performance.now();
const dictionaries = await readBundledDictionaries();
const readMilliseconds = performance.now() - started;
started = performance.now();
const speller = await createHunspellSpeller(dictionaries);
const loadMilliseconds = performance.now() - started;
const memoryAfter = process.memoryUsage();
// Hunspell's WebAssembly memory is counted in arrayBuffers; RSS shows the whole process.
const memoryMegabytes = megabytes(memoryAfter.arrayBuffers - memoryBefore.arrayBuffers);
const rssMegabytes = megabytes(memoryAfter.rss - memoryBefore.rss);

const paragraphs = (seedArticleContent.body.content ?? []).map((node) => node.content?.[0]?.text ?? '');
const content = [];
let words = 0;
for (let index = 0; words < 10_000; index += 1) {
  // Each paragraph made a little different, so the speller's cache does not answer every word.
  const text = `${paragraphs[index % paragraphs.length] ?? ''} الفقرة${index}`;
  content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
  words += countText(text).words;
}
const article = seedArticle({ body: { type: 'doc', content } });
const options = { speller, spelling: defaultSettings.proofing.spelling, accepted: acceptedWords([]), disabledRules: new Set<never>(), articleLanguage: 'ar' };
started = performance.now();
const findings = proofArticle(article, options, 'western');
const coldMilliseconds = performance.now() - started;
started = performance.now();
proofArticle(article, options, 'western');
const warmMilliseconds = performance.now() - started;

process.stdout.write(
  `proofing: dictionaries read ${readMilliseconds.toFixed(0)} ms, Hunspell loaded (Arabic + English) in ${loadMilliseconds.toFixed(0)} ms, ` +
    `WebAssembly memory ${memoryLine()}, process RSS ${megabytes(memoryAfter.rss).toFixed(0)} MB\n` +
    `proofing: a ${words.toLocaleString('en')}-word article checked in ${coldMilliseconds.toFixed(0)} ms (${findings.length} findings), again in ${warmMilliseconds.toFixed(0)} ms with the word cache\n`,
);

function memoryLine(): string {
  return `${memoryMegabytes.toFixed(0)} MB (process RSS +${rssMegabytes.toFixed(0)} MB)`;
}

await recordFigures('proofing', {
  dictionaryReadMs: readMilliseconds,
  dictionaryLoadMs: loadMilliseconds,
  wasmMemoryMB: memoryMegabytes,
  rssIncreaseMB: rssMegabytes,
  rssAfterLoadMB: megabytes(memoryAfter.rss),
  check10000WordsMs: coldMilliseconds,
  check10000WordsWarmMs: warmMilliseconds,
  findingsIn10000Words: findings.length,
});
