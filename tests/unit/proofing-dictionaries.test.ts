import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportArticleJson } from '../../core/export/export-article-json';
import { acceptedWords } from '../../core/proofing/accepted-words';
import { createHunspellSpeller } from '../../core/proofing/hunspell-speller';
import { proofArticle } from '../../core/proofing/proof-article';
import { inProcessProofer } from '../../core/proofing/proofer';
import { proofingConfiguration } from '../../core/proofing/proofing-configuration';
import type { Speller } from '../../core/proofing/speller';
import { defaultSettings } from '../../core/settings/settings-schema';
import { ArticleLibrary } from '../../services/library/article-library';
import { readBundledDictionaries } from '../../services/proofing/bundled-dictionaries';
import { parseWordList, WordListStore } from '../../services/proofing/word-lists';
import { seedArticle } from '../support/seed-article';
import { temporaryDirectory } from '../support/temporary-directory';

let speller: Speller;
beforeAll(async () => {
  speller = await createHunspellSpeller(await readBundledDictionaries());
}, 30_000);

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('the bundled dictionaries', () => {
  it('know Arabic words with their attached particles and diacritics, and not misspellings', () => {
    expect(speller.languages).toEqual(new Set(['ar', 'en']));
    for (const word of ['يتفقان', 'والمدرسة', 'بالمفاوضات', 'مُحَمَّد', 'الأزمة', 'سوريا']) expect(speller.isCorrect(word, 'ar'), word).toBe(true);
    for (const word of ['اتفقو', 'الازمة', 'مفاوضتت']) expect(speller.isCorrect(word, 'ar'), word).toBe(false);
  });

  it('offers the hamza form of a word first, as Arabic copy usually needs', () => {
    expect(speller.suggest('الازمة', 'ar')[0]).toBe('الأزمة');
    expect(speller.suggest('الى', 'ar')[0]).toBe('إلى');
    expect(speller.suggest('اتفقو', 'ar')).toContain('اتفقوا');
  });

  it('know English words, curly apostrophes included, and suggest the right spelling', () => {
    for (const word of ['Washington', 'Geneva', 'don’t', "don't", 'receive']) expect(speller.isCorrect(word, 'en'), word).toBe(true);
    expect(speller.isCorrect('recieve', 'en')).toBe(false);
    expect(speller.suggest('recieve', 'en')[0]).toBe('receive');
  });
});

describe('proofing an article', () => {
  const configuration = proofingConfiguration(defaultSettings, { personal: [], desk: [] });

  it('checks Arabic words in Arabic and English names inside Arabic copy in English', () => {
    const article = seedArticle({ headline: 'اتفاق', standfirst: '', body: { type: 'doc', content: [paragraph('قال وزير الخارجية جون Washingtn إن الازمة مستمرة')] } });
    const findings = proofArticle(article, { ...configuration, speller, accepted: acceptedWords([]), disabledRules: new Set() }, 'western');
    expect(findings.map((finding) => [finding.kind, finding.rule, finding.text, finding.field, finding.block])).toEqual([
      ['spelling', 'en', 'Washingtn', 'body', 0],
      ['spelling', 'ar', 'الازمة', 'body', 0],
    ]);
  });

  it('leaves a language unchecked when its spelling is switched off, and Latin words alone in a French article', () => {
    const article = seedArticle({ headline: '', standfirst: '', body: { type: 'doc', content: [paragraph('الازمة Washingtn')] } });
    const options = { ...configuration, speller, accepted: acceptedWords([]), disabledRules: new Set<never>() };
    expect(proofArticle(article, { ...options, spelling: { ar: false, en: true } }, 'western').map((finding) => finding.text)).toEqual(['Washingtn']);
    expect(proofArticle({ ...article, language: 'fr' }, { ...options, articleLanguage: 'fr' }, 'western').map((finding) => finding.text)).toEqual(['الازمة']);
  });

  it('accepts added words with the particles Arabic joins to them, but not a different word', () => {
    const accepted = acceptedWords(['لافروف', 'Lavrov']);
    for (const word of ['لافروف', 'ولافروف', 'بلافروف', 'للافروف', 'Lavrov', 'lavrov']) expect(accepted.has(word), word).toBe(true);
    for (const word of ['لافروفي', 'Lavrova']) expect(accepted.has(word), word).toBe(false);
  });

  it('proofs in a proofer: blocks with the open article’s ignored words, whole articles with each one’s own', async () => {
    const proofer = inProcessProofer(Promise.resolve(speller));
    proofer.configure({ ...configuration, ignoredWords: ['سوتشي'] });
    const [block] = await proofer.proofBlocks([{ text: 'وصل إلى سوتشي, ثم الازمة', body: true }]);
    expect(block!.findings.map((finding) => finding.text)).toEqual([',', 'الازمة']);
    const other = seedArticle({ headline: '', standfirst: '', body: { type: 'doc', content: [paragraph('وصل إلى سوتشي')] } });
    const [otherFindings] = await proofer.proofArticles([other], configuration);
    expect(otherFindings!.map((finding) => finding.text)).toEqual(['سوتشي']);
    expect(await proofer.suggest('الازمة', 'ar')).toContain('الأزمة');
  });

  it('still checks style when the dictionaries cannot be read', async () => {
    const proofer = inProcessProofer(Promise.reject(new Error('no dictionaries')));
    proofer.configure(configuration);
    const [block] = await proofer.proofBlocks([{ text: 'قال, إن الازمة', body: true }]);
    expect(block!.findings.map((finding) => finding.rule)).toEqual(['latin-punctuation']);
    expect(await proofer.languages()).toEqual([]);
  });
});

describe('the personal and desk dictionaries and an article’s ignored words', () => {
  let directory: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    directory = await temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it('keep added words across restarts as plain word lists, each word once, and forget removed ones', async () => {
    const first = new WordListStore(directory.path);
    expect(await first.read()).toEqual({ ok: true, value: { personal: [], desk: [] } });
    await first.change('desk', { add: 'لافروف' });
    await first.change('desk', { add: 'لافروف' });
    await first.change('personal', { add: 'Lavrov' });
    const restarted = new WordListStore(directory.path);
    expect(await restarted.read()).toEqual({ ok: true, value: { personal: ['Lavrov'], desk: ['لافروف'] } });
    await restarted.change('personal', { remove: 'lavrov' });
    expect(await new WordListStore(directory.path).read()).toEqual({ ok: true, value: { personal: [], desk: ['لافروف'] } });
  });

  it('keep both words when two windows add at the same moment', async () => {
    await Promise.all(['سوتشي', 'إدلب', 'القرم', 'شويغو'].map((word, index) => new WordListStore(directory.path).change(index % 2 ? 'desk' : 'personal', { add: word })));
    const lists = await new WordListStore(directory.path).read();
    expect(lists.ok && [...lists.value.personal].sort()).toEqual(['القرم', 'سوتشي']);
    expect(lists.ok && [...lists.value.desk].sort()).toEqual(['إدلب', 'شويغو']);
  });

  it('read a desk file written by hand, with comments, blank lines, a BOM and Windows line ends; refuse a phrase', async () => {
    const store = new WordListStore(directory.path);
    await store.change('desk', { add: 'أولى' });
    await writeFile(store.filePath('desk'), '\uFEFF# names\r\nلافروف\r\n\r\n  شويغو  \r\nلافروف\r\n', 'utf8');
    expect(await store.read()).toEqual({ ok: true, value: { personal: [], desk: ['لافروف', 'شويغو'] } });
    expect(await store.change('desk', { add: 'وزير الخارجية' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(parseWordList('\u0000\u0001binary\uFFFD\n' + 'x'.repeat(500))).toEqual(['\u0000\u0001binary\uFFFD']);
    await writeFile(store.filePath('personal'), Buffer.alloc(5 * 1024 * 1024, 0x41));
    expect(await store.read()).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('at most 4 MB') } });
    expect(await store.change('personal', { add: 'كلمة' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('keep an article’s ignored words in the article across a restart, and never export them', async () => {
    const library = new ArticleLibrary({ directory: path.join(directory.path, 'library') });
    await library.open();
    const created = await library.create({ headline: 'سوتشي', body: { type: 'doc', content: [paragraph('وصل إلى سوتشي')] } });
    if (!created.ok) throw new Error(created.error.message);
    const saved = await library.save(created.value.id, created.value.revision, { ignoredWords: ['سوتشي'] });
    expect(saved.ok).toBe(true);
    const reopened = new ArticleLibrary({ directory: path.join(directory.path, 'library') });
    await reopened.open();
    const read = await reopened.get(created.value.id);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.ignoredWords).toEqual(['سوتشي']);
    const [findings] = await inProcessProofer(Promise.resolve(speller)).proofArticles([read.value], proofingConfiguration(defaultSettings, { personal: [], desk: [] }));
    expect(findings).toEqual([]);
    expect(exportArticleJson(read.value)).not.toHaveProperty('ignoredWords');
  });
});
