import { readdir, readFile, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api/api-error';
import type { ArticleSummary } from '../../core/article/article-schema';
import { createNewsroomBackend, type NewsroomBackend } from '../../services/create-newsroom-backend';
import { ArticleLibrary } from '../../services/library/article-library';
import { SearchIndex } from '../../services/search/search-index';
import { libraryIndexPath, libraryIndexVersion, readKeptListing } from '../../services/library/library-index-file';
import { decodeIndexFile } from '../../services/search/index-file';
import { realFileSystem } from '../../services/storage/file-system';
import { openConfStore } from '../../services/settings/open-conf-store';
import { inProcessTaskRunner } from '../../services/workers/in-process-task-runner';
import { temporaryDirectory } from '../support/temporary-directory';
import { countingFileSystem } from '../support/counting-file-system';

// The library's one index (index/library-index.bin: the listing, then the search postings) is a
// cache of the article files: whatever happened, through this back end or behind its back, the
// listing it gives and the search over it must equal a full rescan.

let directory: { path: string; remove: () => Promise<void> };
beforeEach(async () => {
  directory = await temporaryDirectory('newsroom-index-');
});
afterEach(async () => {
  await directory.remove();
});

function valueOf<Value>(result: ApiResult<Value>): Value {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

// Each change a second apart, so "newest first" has one answer.
let clock = Date.UTC(2026, 10, 29);
const now = () => new Date((clock += 1000));

/** A back end whose index is open and follows every change, as a long-running host's is a moment after it starts (a search opens it at once). */
async function openBackend(): Promise<NewsroomBackend> {
  const backend = valueOf(await createNewsroomBackend({ settingsDirectory: directory.path, transport: 'http', version: '0.0.0-test', openStore: openConfStore, tasks: inProcessTaskRunner, now }));
  valueOf(await backend.api.search({ query: '' }));
  return backend;
}

/** The listing kept in the one index, by id. */
async function keptListing(): Promise<ArticleSummary[]> {
  return byId([...(await readKeptListing(realFileSystem, directory.path)).listing.values()].map(({ summary }) => summary));
}

/** What a library that keeps no index finds by reading every file. */
async function rescan(): Promise<ArticleSummary[]> {
  return valueOf(await new ArticleLibrary({ directory: directory.path }).list()).articles;
}

const byId = (summaries: readonly ArticleSummary[]) => [...summaries].sort((first, second) => first.id.localeCompare(second.id));

/** A small seeded generator, so a failing sequence can be replayed. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const words = ['الانتخابات', 'دمشق', 'الاقتصاد', 'بيروت', 'المفاوضات', 'الطاقة', 'Kerry', 'لافروف'];

describe('the kept library index', () => {
  for (const seed of [1, 2, 3]) {
    it(`equals a full rescan after random creates, saves, deletes, restores, imports and outside edits (seed ${seed})`, async () => {
      const random = randomFrom(seed);
      const pick = <Value>(values: readonly Value[]): Value | undefined => values[Math.floor(random() * values.length)];
      const backend = await openBackend();
      const outside = new ArticleLibrary({ directory: directory.path, now });
      // A new library starts with the sample story.
      const live = valueOf(await backend.api.listArticles({})).articles.map((summary) => summary.id);
      const trashed: string[] = [];
      const touchedOutside = new Set<string>();
      const sentence = () => Array.from({ length: 3 + Math.floor(random() * 5) }, () => pick(words)).join(' ');
      for (let step = 0; step < 60; step += 1) {
        const choice = random();
        const id = pick(live);
        if (choice < 0.2 || !id) {
          live.push(valueOf(await backend.api.createArticle({ headline: sentence() })).id);
        } else if (choice < 0.4) {
          const current = valueOf(await backend.api.getArticle({ id }));
          valueOf(await backend.api.saveArticle({ id, baseRevision: current.revision, changes: { headline: sentence(), tags: [pick(words)!] } }));
        } else if (choice < 0.5) {
          valueOf(await backend.api.deleteArticle({ id }));
          live.splice(live.indexOf(id), 1);
          trashed.push(id);
        } else if (choice < 0.6 && trashed.length > 0) {
          const restored = trashed.shift()!;
          valueOf(await backend.api.restoreArticle({ id: restored }));
          live.push(restored);
        } else if (choice < 0.7) {
          const imported = valueOf(await backend.api.importPasted({ text: `${sentence()}\n\n${sentence()}.` }));
          if (imported.ok) live.push(imported.id);
        } else if (choice < 0.8) {
          // Another process saves through its own library (a new file renamed into place).
          touchedOutside.add(id);
          const current = valueOf(await outside.get(id));
          valueOf(await outside.save(id, current.revision, { headline: `${sentence()} (من نافذة أخرى)` }));
        } else if (choice < 0.9) {
          // A tool rewrites the file in place, longer than before.
          touchedOutside.add(id);
          const file = path.join(directory.path, 'articles', `${id}.json`);
          const article = JSON.parse(await readFile(file, 'utf8')) as { headline: string; revision: number };
          await writeFile(file, JSON.stringify({ ...article, headline: `${article.headline} — ${sentence()}`, revision: article.revision + 1 }, null, 2));
        } else {
          // A file removed behind the app's back.
          touchedOutside.add(id);
          await unlink(path.join(directory.path, 'articles', `${id}.json`));
          live.splice(live.indexOf(id), 1);
        }
        if (step % 15 === 14) expect(byId(valueOf(await backend.api.listArticles({})).articles)).toEqual(byId(await rescan()));
      }
      const expected = byId(await rescan());
      expect(expected.map((summary) => summary.id).sort()).toEqual([...live].sort());
      expect(byId(valueOf(await backend.api.listArticles({})).articles)).toEqual(expected);
      await backend.close();

      // Files changed behind the back end's back are re-read on the next open (their stamps differ); the rest is kept as listed.
      const kept = await keptListing();
      const unchangedOutside = expected.filter((summary) => !touchedOutside.has(summary.id));
      expect(kept.filter((summary) => !touchedOutside.has(summary.id))).toEqual(unchangedOutside);

      const reopened = await openBackend();
      expect(byId(valueOf(await reopened.api.listArticles({})).articles)).toEqual(expected);
      const searched = valueOf(await reopened.api.search({ query: '', language: 'ar', limit: 500 }));
      const everything = [...searched.hits, ...valueOf(await reopened.api.search({ query: '', language: 'en', limit: 500 })).hits];
      expect(everything.map((hit) => `${hit.summary.id} ${hit.summary.headline} ${hit.summary.updatedAt}`).sort()).toEqual(expected.map((summary) => `${summary.id} ${summary.headline} ${summary.updatedAt}`).sort());
      await reopened.close();
    });
  }

  for (const blockingStats of [false, true]) {
    it(`lets a reopened library list without reading any article file, and reads only the one that changed${blockingStats ? ' (a one-shot command stat-ing without yielding)' : ''}`, async () => {
      const backend = await openBackend();
      for (const headline of ['أول', 'ثان', 'ثالث']) valueOf(await backend.api.createArticle({ headline }));
      await backend.close();
      const { fileSystem: counting, articleReads } = countingFileSystem();
      const reopened = new ArticleLibrary({ directory: directory.path, fileSystem: counting, keepsIndex: true, blockingStats });
      const listed = valueOf(await reopened.list()).articles;
      expect(listed).toHaveLength(4);
      expect(listed.map((summary) => summary.headline).slice(0, 3)).toEqual(['ثالث', 'ثان', 'أول']);
      expect(articleReads()).toBe(0);
      valueOf(await new ArticleLibrary({ directory: directory.path, now }).save(listed[1]!.id, listed[1]!.revision, { headline: 'ثان معدل' }));
      const again = new ArticleLibrary({ directory: directory.path, fileSystem: counting, keepsIndex: true, blockingStats });
      expect(valueOf(await again.list()).articles.map((summary) => summary.headline)).toContain('ثان معدل');
      expect(articleReads()).toBe(1);
    });
  }

  it('while it watches the folder, lists by stat-ing only the files the watcher reported, and still sees another process’s save', async () => {
    const { fileSystem, articleStats } = countingFileSystem();
    const library = new ArticleLibrary({ directory: directory.path, fileSystem, now, keepsIndex: true });
    await library.open();
    for (const headline of ['أول', 'ثان', 'ثالث']) valueOf(await library.create({ headline }));
    let reported: (id: string) => void = () => undefined;
    const stop = library.watchOthers((id) => reported(id));
    try {
      const listed = valueOf(await library.list()).articles;
      await library.stampsChecked();
      const afterFullScan = articleStats().length;
      expect(valueOf(await library.list()).articles).toEqual(listed);
      expect(articleStats()).toHaveLength(afterFullScan);

      const heard = new Promise<string>((resolve) => (reported = resolve));
      valueOf(await new ArticleLibrary({ directory: directory.path, now }).save(listed[0]!.id, listed[0]!.revision, { headline: 'من نافذة أخرى' }));
      expect(await heard).toBe(listed[0]!.id);
      const again = valueOf(await library.list()).articles;
      expect(again.map((summary) => summary.headline)).toContain('من نافذة أخرى');
      expect(new Set(articleStats().slice(afterFullScan))).toEqual(new Set([`${listed[0]!.id}.json`]));
    } finally {
      stop();
    }
  });

  it('at start, answers the first listing from the kept index before checking the files, then reports one changed while the app was closed', async () => {
    const backend = await openBackend();
    const created = await Promise.all(['أول', 'ثان', 'ثالث'].map(async (headline) => valueOf(await backend.api.createArticle({ headline }))));
    await backend.close();
    // Changed while no Newsroom was running: the kept index still has the old headline.
    valueOf(await new ArticleLibrary({ directory: directory.path, now }).save(created[1]!.id, created[1]!.revision, { headline: 'ثان من أداة أخرى' }));

    const { fileSystem, articleStats, articlesRead } = countingFileSystem();
    const library = new ArticleLibrary({ directory: directory.path, fileSystem, now, keepsIndex: true });
    const reported: string[] = [];
    const stop = library.watchOthers((id) => reported.push(id));
    try {
      const first = valueOf(await library.list()).articles;
      // Answered from the kept index: no unchanged file read, the old headline (the check runs beside,
      // not before; on a busy machine it may already have read the changed file to report it).
      expect(articlesRead().filter((name) => name !== `${created[1]!.id}.json`)).toEqual([]);
      expect(first.map((summary) => summary.headline)).toContain('ثان');
      expect(first.map((summary) => summary.headline)).not.toContain('ثان من أداة أخرى');
      await library.stampsChecked();
      await expect.poll(() => reported, { timeout: 10_000 }).toEqual([created[1]!.id]);
      expect(new Set(articleStats())).toEqual(new Set([...first.map((summary) => `${summary.id}.json`)]));
      expect(valueOf(await library.list()).articles.map((summary) => summary.headline)).toContain('ثان من أداة أخرى');
    } finally {
      stop();
    }
  });

  it('in a copied folder, one command reads each file once and keeps the new times; the next reads only a file whose text changed, and search finds it', async () => {
    const backend = await openBackend();
    for (const headline of ['زنبق أولاً', 'ثان', 'ثالث']) valueOf(await backend.api.createArticle({ headline }));
    await backend.close();
    const copied = new Date(Date.UTC(2026, 11, 1));
    const articles = path.join(directory.path, 'articles');
    for (const name of await readdir(articles)) await utimes(path.join(articles, name), copied, copied);
    // A file whose text changed too, as a hand edit would, is not taken for a copy.
    const names = (await readdir(articles)).filter((name) => name.endsWith('.json'));
    const texts = await Promise.all(names.map((name) => readFile(path.join(articles, name), 'utf8')));
    const edited = names[texts.findIndex((text) => text.includes('"headline": "ثالث"'))]!;
    await writeFile(path.join(articles, edited), texts[names.indexOf(edited)]!.replace('"headline": "ثالث"', '"headline": "عنوان عُدّل يدوياً"'));

    const first = countingFileSystem();
    const command = new ArticleLibrary({ directory: directory.path, fileSystem: first.fileSystem, keepsIndex: true, blockingStats: true });
    expect(valueOf(await command.list()).articles.map((summary) => summary.headline)).toContain('عنوان عُدّل يدوياً');
    expect(first.articleReads()).toBe(4);
    await command.keepListing();

    const second = countingFileSystem();
    expect(valueOf(await new ArticleLibrary({ directory: directory.path, fileSystem: second.fileSystem, keepsIndex: true, blockingStats: true }).list()).articles).toEqual(byId(await rescan()).toSorted((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)));
    // Only the edited file, whose text the kept index does not hold, is read again.
    expect(second.articlesRead()).toEqual([edited]);

    const searching = await openBackend();
    try {
      expect(valueOf(await searching.api.search({ query: 'زنبق' })).hits.map((hit) => hit.summary.headline)).toEqual(['زنبق أولاً']);
      expect(valueOf(await searching.api.search({ query: 'يدوياً' })).hits).toHaveLength(1);
    } finally {
      await searching.close();
    }
    expect(await keptListing()).toEqual(byId(await rescan()));
  });

  it('in a copied folder, a command does not write its new times over an index another process wrote meanwhile', async () => {
    const backend = await openBackend();
    valueOf(await backend.api.createArticle({ headline: 'أول' }));
    await backend.close();
    const copied = new Date(Date.UTC(2026, 11, 1));
    const articles = path.join(directory.path, 'articles');
    for (const name of await readdir(articles)) await utimes(path.join(articles, name), copied, copied);

    const command = new ArticleLibrary({ directory: directory.path, keepsIndex: true, blockingStats: true });
    valueOf(await command.list());
    // The desktop app, open meanwhile, adds a story and writes the whole index.
    const app = await openBackend();
    valueOf(await app.api.createArticle({ headline: 'من التطبيق' }));
    await app.close();
    const written = await readFile(libraryIndexPath(directory.path));
    await command.keepListing();
    expect(await readFile(libraryIndexPath(directory.path))).toEqual(written);
    expect(await keptListing()).toEqual(byId(await rescan()));
  });

  it('a long-running host in a copied folder takes the new times without analysing the articles again, reads the files a few at a time, and announces no change', async () => {
    const backend = await openBackend();
    for (let number = 0; number < 48; number += 1) valueOf(await backend.api.createArticle({ headline: number === 0 ? 'زنبق أولاً' : `خبر ${number}` }));
    await backend.close();
    const copied = new Date(Date.UTC(2026, 11, 1));
    const articles = path.join(directory.path, 'articles');
    for (const name of await readdir(articles)) await utimes(path.join(articles, name), copied, copied);

    const counted = countingFileSystem();
    const library = new ArticleLibrary({ directory: directory.path, fileSystem: counted.fileSystem, now, keepsIndex: true });
    const reported: string[] = [];
    const stop = library.watchOthers((id) => reported.push(id));
    let analysed = 0;
    const index = new SearchIndex({
      dataDirectory: directory.path,
      persistDelay: 5,
      readArticle: async (id) => {
        analysed += 1;
        const read = await library.get(id);
        return read.ok ? read.value : undefined;
      },
    });
    try {
      valueOf(await library.list());
      await library.stampsChecked();
      expect(reported).toEqual([]);
      expect(counted.mostArticleReadsAtOnce()).toBeLessThanOrEqual(16);
      // Checked once, each file is only stat'ed by the next listing.
      const reads = counted.articleReads();
      expect(valueOf(await library.list()).articles).toHaveLength(49);
      expect(counted.articleReads()).toBe(reads);
      expect((await index.search('زنبق')).hits.map((hit) => hit.summary.headline)).toEqual(['زنبق أولاً']);
      expect(analysed).toBe(0);
    } finally {
      stop();
      await index.close();
    }
    expect(await keptListing()).toEqual(byId(await rescan()));
    const { fileSystem, articleReads } = countingFileSystem();
    valueOf(await new ArticleLibrary({ directory: directory.path, fileSystem, keepsIndex: true, blockingStats: true }).list());
    expect(articleReads()).toBe(0);
  });

  it('in a long-running host, loads the index once the window has gone quiet, and keeps its listing in step with what the window does', async () => {
    const backend = valueOf(await createNewsroomBackend({ settingsDirectory: directory.path, transport: 'http', version: '0.0.0-test', openStore: openConfStore, tasks: inProcessTaskRunner, now, quietBeforeIndexOpens: 300 }));
    const stop = backend.watchForChanges();
    try {
      // The window asks for a while, then goes quiet.
      for (let call = 0; call < 6; call += 1) {
        valueOf(await backend.api.listArticles({ limit: 100 }));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      valueOf(await backend.api.createArticle({ headline: 'قبل الهدوء' }));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      // Quiet for long enough: the index was loaded (no search asked for it) and follows the next change.
      valueOf(await backend.api.createArticle({ headline: 'بعد الهدوء' }));
    } finally {
      stop();
    }
    await backend.close();
    expect((await keptListing()).map((summary) => summary.headline).sort()).toEqual(byId(await rescan()).map((summary) => summary.headline).sort());
    expect((await keptListing()).map((summary) => summary.headline)).toEqual(expect.arrayContaining(['قبل الهدوء', 'بعد الهدوء']));
  });

  it('ignores a damaged or foreign index, lists from the files and writes a good one again', async () => {
    const backend = await openBackend();
    valueOf(await backend.api.createArticle({ headline: 'سليم' }));
    await backend.close();
    const good = await readFile(libraryIndexPath(directory.path));
    expect(await keptListing()).toHaveLength(2);
    const altered = Buffer.from(good);
    altered[altered.indexOf('سليم')] = 0x41;
    for (const damage of [good.subarray(0, 40), altered, Buffer.from('{"version":"1/2","entries":[["x.json",1,2,{"id":"x"}]]}'), Buffer.from('\u0000\u0001binary')]) {
      await writeFile(libraryIndexPath(directory.path), damage);
      expect(await keptListing()).toEqual([]);
      const reopened = await openBackend();
      expect(valueOf(await reopened.api.listArticles({})).articles.map((summary) => summary.headline)).toContain('سليم');
      await reopened.close();
      expect(await keptListing()).toHaveLength(2);
    }
  });

  it('after a command had to read every file (no index of this version), keeps the listing for the next one; a search then builds the whole index', async () => {
    const backend = await openBackend();
    for (const headline of ['أول', 'ثان', 'ثالث']) valueOf(await backend.api.createArticle({ headline }));
    await backend.close();
    // As after an upgrade: an index of another version (or none, or damaged).
    await writeFile(libraryIndexPath(directory.path), Buffer.from('\u0000\u0001binary'));
    const command = valueOf(await createNewsroomBackend({ settingsDirectory: directory.path, transport: 'http', version: '0.0.0-test', openStore: openConfStore, tasks: inProcessTaskRunner, now, oneShot: true }));
    valueOf(await command.api.listArticles({}));
    await command.close();
    expect(await keptListing()).toEqual(byId(await rescan()));

    const { fileSystem, articleReads } = countingFileSystem();
    expect(valueOf(await new ArticleLibrary({ directory: directory.path, fileSystem, keepsIndex: true }).list()).articles).toHaveLength(4);
    expect(articleReads()).toBe(0);

    const searching = await openBackend();
    expect(valueOf(await searching.api.search({ query: 'ثان' })).hits.map((hit) => hit.summary.headline)).toEqual(['ثان']);
    await searching.close();
    const whole = decodeIndexFile(libraryIndexVersion, await readFile(libraryIndexPath(directory.path)));
    expect(whole?.parts).toHaveLength(2);
    expect(whole?.arrays.length).toBeGreaterThan(0);
  });

  it('answers a window of the listing, newest first, with the total', async () => {
    const backend = await openBackend();
    for (const headline of ['١', '٢', '٣', '٤', '٥']) valueOf(await backend.api.createArticle({ headline }));
    const all = valueOf(await backend.api.listArticles({}));
    expect(all.total).toBe(6);
    const window = valueOf(await backend.api.listArticles({ offset: 1, limit: 2 }));
    expect(window.total).toBe(6);
    expect(window.articles.map((summary) => summary.headline)).toEqual(['٤', '٣']);
    expect(window.articles).toEqual(all.articles.slice(1, 3));
    expect(valueOf(await backend.api.listArticles({ offset: 10, limit: 2 })).articles).toEqual([]);
    await backend.close();
  });
});
