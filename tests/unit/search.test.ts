import { readFile, writeFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, ArticleContent } from '../../core/article/article-schema';
import { arabicLightStem } from '../../core/search/arabic-light-stem';
import { foldForSearch } from '../../core/search/fold-for-search';
import { parseQuery, maximumQueryLength } from '../../core/search/parse-query';
import { searchWords, stemOf } from '../../core/search/search-terms';
import { suggestTags } from '../../core/search/suggest-tags';
import { renameTag } from '../../core/article/rename-tag';
import { ArticleLibrary } from '../../services/library/article-library';
import { decodeIndexFile, encodeIndexFile } from '../../services/search/index-file';
import { SearchIndex } from '../../services/search/search-index';
import { libraryIndexPath, libraryIndexVersion } from '../../services/library/library-index-file';
import { indexedFields, TermIndex, type IndexedFields, type TermIndexSnapshot } from '../../services/search/term-index';
import { temporaryDirectory } from '../support/temporary-directory';

const body = (...paragraphs: string[]): ArticleContent['body'] => ({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

describe('folding for search', () => {
  it.each([
    ['أحمد إبراهيم آمن ٱلله', 'احمد ابراهيم امن الله'],
    ['مدرسة', 'مدرسه'],
    ['مستشفى', 'مستشفي'],
    ['مسؤول مسئول', 'مسءول مسءول'],
    ['مُحَمَّدٌ', 'محمد'],
    ['الــعـــربية', 'العربيه'],
    ['٢٠١٥ ۲۰۱۵', '2015 2015'],
    ['WHO', 'who'],
  ])('folds %s to %s', (written, folded) => {
    expect(foldForSearch(written)).toBe(folded);
  });

  it('splits on anything that is not a letter or digit, direction marks included', () => {
    expect(searchWords('«كيري»، لافروف:\u200f سوريا!')).toEqual(['كيري', 'لافروف', 'سوريا']);
  });
});

describe('the Arabic light stemmer', () => {
  it.each([
    ['والمسءولين', 'مسءول'],
    ['الانتخابات', 'انتخاب'],
    ['بالعاصمه', 'عاصمه'.slice(0, -1)],
    ['للمبادره', 'مبادر'],
    ['وقال', 'قال'],
    ['ولافروف', 'لافروف'],
    ['برلماني', 'برلمان'],
    ['البرلمانيه', 'برلمان'],
    ['كتابان', 'كتاب'],
    ['مدرستها', 'مدرس'],
    ['المدرسه', 'مدرس'],
    ['حكومتها', 'حكوم'],
  ])('stems %s to %s', (word, stem) => {
    expect(arabicLightStem(word)).toBe(stem);
  });

  it.each([
    ['لبنان', 'بنان', 'a country and fingertips'],
    ['لبنان', 'لبن', 'a country and milk'],
    ['بيروت', 'يروت', 'a city and a non-word'],
    ['برلمان', 'رلمان', 'a parliament and a non-word'],
    ['ساعات', 'ساع', 'hours and a stem shorter than the root'],
  ])('keeps %s apart from %s (%s)', (first, second) => {
    expect(stemOf(first)).not.toBe(stemOf(second));
    expect(stemOf(first)).not.toBe(second);
  });

  it('stems English words as English, whatever script surrounds them', () => {
    expect(searchWords('قال Kerry في talks المحادثات').map(stemOf)).toEqual(['قال', 'kerri', 'في', 'talk', 'محادث']);
  });
});

describe('the query language', () => {
  it('reads words, phrases, exclusions and filters in Arabic and English', () => {
    expect(parseQuery('"العمل المشترك" -أوكرانيا وسم:سوريا حالة:معتمد كيري')).toEqual({
      words: ['كيري'],
      phrases: [['العمل', 'المشترك']],
      excluded: ['اوكرانيا'],
      filters: { tag: 'سوريا', status: 'approved' },
      typing: true,
    });
    expect(parseQuery('tag:Russia status:review by:رويترز section:"عربي ودولي" lang:en').filters).toEqual({ tag: 'russia', status: 'in-review', byline: 'رويترز', section: 'عربي ودولي', language: 'en' });
  });

  it('reads date ranges in any digits, a month or a year meaning its first or last day', () => {
    expect(parseQuery('من:2015-05 إلى:٢٠١٥').filters).toEqual({ from: '2015-05-01', to: '2015-12-31' });
    expect(parseQuery('from:2024/2/3 to:2024-02').filters).toEqual({ from: '2024-02-03', to: '2024-02-29' });
    expect(parseQuery('من:2015-13-01').filters).toEqual({});
  });

  it('knows a word is still being typed only when the query ends in it', () => {
    expect(parseQuery('كيري لاف').typing).toBe(true);
    expect(parseQuery('كيري لاف ').typing).toBe(false);
    expect(parseQuery('"كيري"').typing).toBe(false);
  });

  it.each([
    ['only punctuation', '!!! ؟؟ ... ***'],
    ['only diacritics and tatweel', 'ًٌٍَُِّْ ــــ'],
    ['an unbalanced quote', '"كيري لافروف'],
    ['regular expression characters', '.*+?^${}()|[]\\ (كيري|لافروف)'],
    ['direction marks and mixed scripts', '\u202bكيري\u202c WHO\u200f تحذر'],
    ['10,000 characters', 'كيري '.repeat(2000)],
    ['a colon with nothing around it', ': وسم: -'],
  ])('never throws on %s', (_name, query) => {
    const parsed = parseQuery(query);
    expect(parsed.words.length + parsed.phrases.flat().length).toBeLessThanOrEqual(maximumQueryLength);
  });
});

describe('tags', () => {
  it('suggests library tags the text mentions, by stem, leaving out those the article has', () => {
    const vocabulary = [
      { tag: 'سوريا', count: 3, variants: ['سوريا'] },
      { tag: 'لبنان', count: 5, variants: ['لبنان'] },
      { tag: 'أمريكا', count: 1, variants: ['أمريكا', 'امريكا'] },
      { tag: 'الولايات المتحدة', count: 2, variants: ['الولايات المتحدة'] },
    ];
    expect(suggestTags('قال إن امريكا ستعمل بسوريا مع الولايات المتحدة', vocabulary, ['امريكا'])).toEqual(['سوريا', 'الولايات المتحدة']);
  });

  it('follows the text as its paragraphs change, whatever text came before (it keeps counts from one call to the next)', () => {
    const vocabulary = [
      { tag: 'دمشق', count: 3, variants: ['دمشق'] },
      { tag: 'بيروت', count: 2, variants: ['بيروت'] },
      { tag: 'الطاقة', count: 1, variants: ['الطاقة'] },
    ];
    const texts = {
      damascus: 'قال مسؤول في دمشق\nاجتماع عادي',
      beirut: 'اجتماع عادي\nزيارة إلى بيروت',
      twice: 'زيارة إلى بيروت\nزيارة إلى بيروت\nوزير الطاقة',
      once: 'زيارة إلى بيروت\nوزير الطاقة',
      empty: '',
    };
    const expected = { damascus: ['دمشق'], beirut: ['بيروت'], twice: ['بيروت', 'الطاقة'], once: ['بيروت', 'الطاقة'], empty: [] };
    const orders: Array<Array<keyof typeof texts>> = [
      ['damascus', 'beirut', 'twice', 'once', 'empty'],
      ['twice', 'once', 'beirut', 'damascus', 'twice', 'empty', 'once'],
      ['once', 'twice', 'damascus', 'damascus', 'beirut', 'empty', 'beirut'],
    ];
    for (const order of orders) {
      for (const name of order) expect(suggestTags(texts[name], vocabulary, []), `${name} in ${order.join(', ')}`).toEqual(expected[name]);
    }
  });

  it('suggests a tag of several words only where its words follow one another, across a line break too, and at most the limit, most used first', () => {
    const vocabulary = [
      { tag: 'الأمم المتحدة', count: 9, variants: ['الأمم المتحدة'] },
      { tag: 'المتحدة الأمم', count: 8, variants: ['المتحدة الأمم'] },
      { tag: 'مجلس الأمن', count: 7, variants: ['مجلس الأمن'] },
      ...Array.from({ length: 500 }, (_, index) => ({ tag: `وسم${index}`, count: 1, variants: [`وسم${index}`] })),
      { tag: 'سوريا', count: 1, variants: ['سوريا'] },
    ];
    const text = `${'كلام عادي في الخبر '.repeat(2000)}\nقال مجلس\nالأمن إن الأمم المتحدة تعمل في سوريا ووسم3`;
    expect(suggestTags(text, vocabulary, [])).toEqual(['الأمم المتحدة', 'مجلس الأمن', 'وسم3', 'سوريا']);
    expect(suggestTags(text, vocabulary, [], 2)).toEqual(['الأمم المتحدة', 'مجلس الأمن']);
    expect(suggestTags(text, vocabulary, ['الامم المتحده'])).toEqual(['مجلس الأمن', 'وسم3', 'سوريا']);
  });

  it('renames every spelling of a tag once, where it stood', () => {
    expect(renameTag(['روسيا', 'أمريكا', 'سوريا', 'امريكا'], ['أمريكا'], 'الولايات المتحدة')).toEqual(['روسيا', 'الولايات المتحدة', 'سوريا']);
    expect(renameTag(['روسيا'], ['أمريكا'], 'الولايات المتحدة')).toBeUndefined();
    expect(renameTag(['امريكا', 'سوريا'], ['امريكا', 'أمريكا'], 'أمريكا')).toEqual(['أمريكا', 'سوريا']);
  });
});

describe('the search index', () => {
  let directory: { path: string; remove: () => Promise<void> };
  let library: ArticleLibrary;
  const readArticle = async (id: string): Promise<Article | undefined> => {
    const read = await library.get(id);
    return read.ok ? read.value : undefined;
  };
  const opened: SearchIndex[] = [];
  const openIndex = () => {
    const index = new SearchIndex({ dataDirectory: directory.path, readArticle, persistDelay: 5 });
    opened.push(index);
    return index;
  };
  const create = async (content: Partial<ArticleContent>): Promise<Article> => {
    const created = await library.create(content);
    if (!created.ok) throw new Error(created.error.message);
    return created.value;
  };
  const headlines = async (index: SearchIndex, query: string) => (await index.search(query)).hits.map((hit) => hit.summary.headline);

  beforeEach(async () => {
    directory = await temporaryDirectory('newsroom-search-');
    library = new ArticleLibrary({ directory: directory.path });
    await library.open();
  });
  afterEach(async () => {
    // An index writes itself a moment after a change: closed first, so it never writes into a removed folder.
    await Promise.all(opened.splice(0).map((index) => index.close()));
    await directory.remove();
  });

  it('finds each variant form of a word in the story that holds another form (the recall corpus)', async () => {
    const corpus: Array<[string, string, string[]]> = [
      ['مسؤولون أمريكيون يزورون دمشق', 'قال مسؤولون في الإدارة الأمريكية إن الزيارة تمت.', ['مسئول', 'المسؤولين', 'امريكي', 'الأمريكيه', 'ادارة']],
      ['الانتخابات البرلمانية في لبنان', 'أُعلنت نتائج الانتخابات البرلمانيّة اللبنانية مساء الأحد.', ['انتخاب', 'والانتخابات', 'للانتخابات', 'البرلمانيه', 'برلماني', 'لبنان']],
      ['منظمة الصحة العالمية تحذّر', 'حذّرت منظّمة الصحّة العالميّة من موجة حرّ في ٢٠٢٦.', ['منظمه', 'المنظمة', 'الصحه', 'صحة', 'تحذر', '2026', 'موجه']],
      ['Kerry meets Lavrov in Sochi', 'US Secretary of State John Kerry met his Russian counterpart.', ['kerry', 'Kery', 'meeting', 'secretaries', 'russian']],
      ['مستشفى غزة يستقبل الجرحى', 'استقبل المستشفى عشرات الجرحى، بحسب مدير المستشفيات.', ['مستشفي', 'المستشفى', 'بالمستشفى', 'جريح'.slice(0, 0) || 'الجرحي', 'غزه']],
    ];
    for (const [headline, text] of corpus) await create({ headline, body: body(text) });
    const index = openIndex();
    for (const [headline, , queries] of corpus) {
      for (const query of queries) expect(await headlines(index, query), `${query} → ${headline}`).toContain(headline);
    }
    await index.close();
  });

  it('ranks the exact form above stemmed matches and the headline above the body', async () => {
    await create({ headline: 'اجتماع عادي', body: body('ناقش الوزراء الانتخابات المقبلة.') });
    await create({ headline: 'تقرير', body: body('جرى الحديث عن الانتخاب بالأمس.') });
    await create({ headline: 'الانتخاب اليوم', body: body('نص.') });
    const index = openIndex();
    expect(await headlines(index, 'الانتخاب')).toEqual(['الانتخاب اليوم', 'تقرير', 'اجتماع عادي']);
  });

  it('applies phrases, exclusions, filters and prefixes', async () => {
    await create({ headline: 'كيري ولافروف', tags: ['روسيا'], section: 'سياسة', body: body('العمل المشترك بشأن سوريا.'), status: 'draft' });
    await create({ headline: 'لافروف وحده', tags: ['روسيا', 'أوكرانيا'], section: 'اقتصاد', body: body('المشترك العمل في أوكرانيا.') });
    const index = openIndex();
    expect(await headlines(index, '"العمل المشترك"')).toEqual(['كيري ولافروف']);
    expect(await headlines(index, 'لافروف -أوكرانيا')).toEqual(['كيري ولافروف']);
    expect(await headlines(index, 'قسم:اقتصاد')).toEqual(['لافروف وحده']);
    expect(await headlines(index, 'وسم:اوكرانيا لافروف')).toEqual(['لافروف وحده']);
    expect(await headlines(index, 'لافر')).toHaveLength(2);
    expect(await headlines(index, 'لافر ')).toHaveLength(0);
    await create({ headline: 'خبر ثالث', body: body('وصل الوفد بسوريا أمس.') });
    await index.refresh();
    expect(await headlines(index, 'سوريا')).toEqual(['خبر ثالث', 'كيري ولافروف']);
    const [hit] = (await index.search('سوري')).hits.filter((found) => found.summary.headline === 'كيري ولافروف');
    expect(hit?.snippet.text.slice(hit.snippet.highlights[0]![0], hit.snippet.highlights[0]![1])).toBe('سوريا');
  });

  it('answers every kind of odd query with a result or nothing, never an error', async () => {
    await create({ headline: 'كيري ولافروف', body: body('نص.') });
    const index = openIndex();
    for (const query of ['', '   ', '!!!', '"', '-', 'ًٌٍ', '.*(|)', 'كيري '.repeat(2000), '\u202bكيري\u202c', 'وسم:', 'من:غدا']) {
      const answer = await index.search(query);
      expect(answer.total).toBeGreaterThanOrEqual(0);
    }
  });

  it('is written beside the library, reopened without re-reading unchanged articles, and rebuilt when corrupt', async () => {
    for (let number = 0; number < 5; number += 1) await create({ headline: `خبر رقم ${number}`, body: body(`نص الخبر ${number} عن سوريا.`) });
    let reads = 0;
    const counting = async (id: string) => {
      reads += 1;
      return readArticle(id);
    };
    // What earlier versions left behind (two search indexes and the library's own listing) is removed when the one index is written.
    await mkdir(path.join(directory.path, 'index'), { recursive: true });
    for (const replaced of ['search-index.json', 'search-phrases.bin', 'search-index.bin', 'library-index.json']) await writeFile(path.join(directory.path, 'index', replaced), '{"version":1}');
    const first = new SearchIndex({ dataDirectory: directory.path, readArticle: counting, persistDelay: 5 });
    expect((await first.search('سوريا')).total).toBe(5);
    await first.close();
    expect(await readdir(path.join(directory.path, 'index'))).toEqual(['library-index.bin']);
    const indexPath = libraryIndexPath(directory.path);

    reads = 0;
    const second = new SearchIndex({ dataDirectory: directory.path, readArticle: counting, persistDelay: 5 });
    const reopened = await second.search('سوريا', { limit: 1 });
    expect(reopened.total).toBe(5);
    // Nothing read to build the index; the snippet still comes from the article's text.
    expect(reads).toBe(0);
    expect(reopened.hits[0]?.snippet.text).toMatch(/نص الخبر \d عن سوريا/);
    // Phrases are checked against the word sequences read back from disk.
    expect((await second.search('"الخبر 3 عن"', { limit: 1 })).total).toBe(1);
    expect((await second.search('"عن 3"', { limit: 1 })).total).toBe(0);
    await second.close();

    const saved = await readFile(indexPath);
    // Truncated, then whole but with a posting pointing past the last article: both rebuilt, never trusted.
    const decoded = decodeIndexFile(libraryIndexVersion, saved)!;
    const postings = decoded.arrays[0]!.slice();
    postings[0] = 0x7fffffff;
    const pointingAway = Buffer.concat(encodeIndexFile(libraryIndexVersion, decoded.parts, [postings, ...decoded.arrays.slice(1)]));
    // A byte changed inside the listing: the checksum no longer fits.
    const altered = Buffer.from(saved);
    const inListing = altered.indexOf('سوريا');
    expect(inListing).toBeGreaterThan(0);
    altered[inListing] = altered[inListing]! ^ 1;
    for (const corrupt of [saved.subarray(0, saved.length >> 1), pointingAway, altered]) {
      await writeFile(indexPath, corrupt);
      const third = new SearchIndex({ dataDirectory: directory.path, readArticle: counting, persistDelay: 5 });
      expect((await third.search('سوريا')).total).toBe(5);
      await third.close();
      expect(decodeIndexFile(libraryIndexVersion, await readFile(indexPath))).toBeDefined();
    }
  });

  it('stays equal to a full rescan after random creates, saves, deletes, restores and an outside edit', async () => {
    const index = openIndex();
    await index.open();
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const words = ['سوريا', 'لبنان', 'الانتخابات', 'كيري', 'موسكو', 'غزة', 'مسؤول', 'الاقتصاد'];
    const live: string[] = [];
    const trashed: string[] = [];
    for (let step = 0; step < 60; step += 1) {
      const choice = random();
      const word = words[Math.floor(random() * words.length)]!;
      if (choice < 0.35 || live.length === 0) {
        live.push((await create({ headline: `خبر ${step} ${word}`, body: body(`نص ${word}`) })).id);
      } else if (choice < 0.65) {
        const id = live[Math.floor(random() * live.length)]!;
        const current = await readArticle(id);
        await library.save(id, current!.revision, { headline: `معدل ${step} ${word}`, body: body(`نص جديد ${word}`) });
      } else if (choice < 0.8) {
        const id = live.splice(Math.floor(random() * live.length), 1)[0]!;
        await library.delete(id);
        trashed.push(id);
      } else if (choice < 0.9 && trashed.length > 0) {
        const id = trashed.pop()!;
        await library.restore(id);
        live.push(id);
      } else {
        // Another process (or a hand edit) rewrites a file; the index sees it on refresh.
        const id = live[Math.floor(random() * live.length)]!;
        const file = path.join(directory.path, 'articles', `${id}.json`);
        const article = JSON.parse(await readFile(file, 'utf8')) as Article;
        await writeFile(file, JSON.stringify({ ...article, headline: `من الخارج ${step} ${word}`, revision: article.revision + 1 }));
      }
      await index.refresh();
    }
    const rescanned = openIndex();
    await mkdir(path.join(directory.path, 'index'), { recursive: true });
    await writeFile(libraryIndexPath(directory.path), 'not an index');
    for (const query of ['', ...words, 'معدل', 'الخارج']) {
      const kept = (await index.search(query, { sort: 'updated', limit: 500 })).hits.map((hit) => [hit.summary.id, hit.summary.headline]);
      const fresh = (await rescanned.search(query, { sort: 'updated', limit: 500 })).hits.map((hit) => [hit.summary.id, hit.summary.headline]);
      expect(kept, query).toEqual(fresh);
    }
    expect((await index.list()).map((summary) => summary.id).sort()).toEqual([...live].sort());
  });
});

describe('the term index', () => {
  const vocabulary = ['سوريا', 'بسوريا', 'لبنان', 'الانتخابات', 'انتخاب', 'كيري', 'Kerry', 'Moscow', 'موسكو', 'غزة', 'مسؤول', 'الاقتصاد', 'اقتصادي'];
  const fieldsFrom = (random: () => number): IndexedFields => {
    const pick = (count: number) => Array.from({ length: count }, () => vocabulary[Math.floor(random() * vocabulary.length)]!).join(' ');
    return Object.fromEntries(indexedFields.map((field) => [field, field === 'body' ? pick(12) : pick(Math.floor(random() * 3))])) as IndexedFields;
  };
  const queries = [
    { words: [{ terms: ['سوريا'], prefix: false, typos: 0 }], excluded: [] },
    { words: [{ terms: ['الانتخابات', 'انتخاب'], prefix: false, typos: 0 }, { terms: ['كيري'], prefix: false, typos: 0 }], excluded: ['غزه'] },
    { words: [{ terms: ['ال'], prefix: true, typos: 0 }], excluded: [] },
    { words: [{ terms: ['kery'], prefix: false, typos: 1 }], excluded: [] },
    { words: [], excluded: ['لبنان'] },
  ];
  const scoring = { boosts: { headline: 3, standfirst: 1.5, body: 1, tags: 2, byline: 1, place: 1, section: 1.5, slug: 1, note: 0.5 }, documentBoost: () => 1 };
  const answers = (index: TermIndex<{ id: string }>) =>
    queries.map((query) =>
      index
        .search(query.words, query.excluded, scoring)
        .map(({ document, score }) => [document.id, Math.round(score * 1e9)] as const)
        .sort(([first], [second]) => first.localeCompare(second)),
    );

  it('answers the same after random additions, replacements, removals, compactions and a round trip through its file as one built from scratch', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let index = new TermIndex<{ id: string }>();
    const live = new Map<string, IndexedFields>();
    for (let step = 0; step < 400; step += 1) {
      const choice = random();
      const id = `article-${Math.floor(random() * 40)}`;
      if (choice < 0.6) {
        const fields = fieldsFrom(random);
        index.add({ id }, fields);
        live.set(id, fields);
      } else if (choice < 0.85) {
        index.remove(id);
        live.delete(id);
      } else if (choice < 0.95) {
        index.compact();
      } else {
        const snapshot = index.snapshot();
        const file = decodeIndexFile(1, Buffer.concat(encodeIndexFile(1, [snapshot.documents, snapshot.terms], snapshot.arrays)))!;
        const [documents, terms] = file.parts as [Array<{ id: string }>, string[]];
        index = TermIndex.fromSnapshot({ documents, terms, arrays: file.arrays as unknown as TermIndexSnapshot<{ id: string }>['arrays'] });
      }
      if (step % 50 === 49) {
        const fresh = new TermIndex<{ id: string }>();
        for (const [liveId, fields] of live) fresh.add({ id: liveId }, fields);
        expect(index.size).toBe(live.size);
        expect(answers(index), `step ${step}`).toEqual(answers(fresh));
      }
    }
  });
});
