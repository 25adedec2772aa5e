import * as nodeFileSystem from 'node:fs/promises';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../core/article/article-schema';
import { ArticleLibrary } from '../../services/library/article-library';
import type { FileSystem } from '../../services/storage/file-system';
import { temporaryDirectory } from '../support/temporary-directory';
import { countingFileSystem } from '../support/counting-file-system';
import { writeDamagedFile } from '../support/write-damaged-file';

function valueOf<Value>(result: { ok: true; value: Value } | { ok: false; error: { message: string } }): Value {
  if (!result.ok) throw new Error(`Expected success, got: ${result.error.message}`);
  return result.value;
}

describe('ArticleLibrary', () => {
  let directory: { path: string; remove: () => Promise<void> };
  let library: ArticleLibrary;
  let clock: number;
  const now = () => new Date(Date.UTC(2026, 10, 29, 10, 0, clock++));

  beforeEach(async () => {
    directory = await temporaryDirectory();
    clock = 0;
    library = new ArticleLibrary({ directory: directory.path, now });
    expect(valueOf(await library.open())).toEqual({ created: true });
  });
  afterEach(() => directory.remove());

  it('creates an article as one JSON file and reads it back', async () => {
    const created = valueOf(await library.create({ headline: 'عنوان تجريبي' }));
    expect(created.revision).toBe(1);
    expect(created.language).toBe('ar');
    const onDisk = JSON.parse(await readFile(path.join(directory.path, 'articles', `${created.id}.json`), 'utf8')) as Article;
    expect(onDisk).toEqual(created);
    expect(valueOf(await library.get(created.id))).toEqual(created);
  });

  it('reports a library that already exists as not new', async () => {
    const reopened = new ArticleLibrary({ directory: directory.path });
    expect(valueOf(await reopened.open())).toEqual({ created: false });
  });

  it('saves changes on top of the current revision and bumps it', async () => {
    const created = valueOf(await library.create());
    const saved = valueOf(await library.save(created.id, 1, { headline: 'جديد', tags: ['سوريا'] }));
    expect(saved.revision).toBe(2);
    expect(saved.headline).toBe('جديد');
    expect(saved.tags).toEqual(['سوريا']);
    expect(saved.updatedAt > created.updatedAt).toBe(true);
    expect(saved.createdAt).toBe(created.createdAt);
  });

  it('refuses a stale save as a conflict and keeps the newer text on disk', async () => {
    const created = valueOf(await library.create());
    valueOf(await library.save(created.id, 1, { headline: 'من الجهاز الأول' }));
    const stale = await library.save(created.id, 1, { headline: 'من الجهاز الثاني' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', currentRevision: 2 } });
    expect(valueOf(await library.get(created.id)).headline).toBe('من الجهاز الأول');
  });

  it('serialises concurrent saves so exactly one of two based on the same revision wins', async () => {
    const created = valueOf(await library.create());
    const results = await Promise.all([
      library.save(created.id, 1, { headline: 'أ' }),
      library.save(created.id, 1, { headline: 'ب' }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.error.code === 'conflict')).toHaveLength(1);
  });

  it('rejects invalid changes without touching the file', async () => {
    const created = valueOf(await library.create());
    const result = await library.save(created.id, 1, { dateline: { place: 'سوتشي', date: 'yesterday' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(valueOf(await library.get(created.id)).revision).toBe(1);
  });

  it('moves a deleted article to the trash and restores it unchanged', async () => {
    const created = valueOf(await library.create({ headline: 'للحذف' }));
    const trashed = valueOf(await library.delete(created.id));
    expect(trashed).toMatchObject({ id: created.id, headline: 'للحذف' });
    expect(valueOf(await library.list()).articles).toEqual([]);
    expect(valueOf(await library.listTrash()).map((entry) => entry.id)).toEqual([created.id]);
    expect(await library.get(created.id)).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const restored = valueOf(await library.restore(created.id));
    expect(restored).toEqual(created);
    expect(valueOf(await library.listTrash())).toEqual([]);
    expect(valueOf(await library.list()).articles.map((summary) => summary.id)).toEqual([created.id]);
  });

  it('says so when restoring an id that is not in the trash', async () => {
    expect(await library.restore('missing')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it.each([
    ['not JSON', '{ "headline": ', 'not valid JSON', 'not-json'],
    ['a JSON array', '[]', 'does not hold a JSON object', 'not-an-article'],
    ['a schema violation', JSON.stringify({ schemaVersion: 1, id: 'broken', revision: 'one' }), 'does not match the article schema', 'not-an-article'],
    ['nesting 5,000 levels deep', `${'['.repeat(5000)}${']'.repeat(5000)}`, 'nests deeper than', 'too-deep'],
  ])('quarantines %s with the reason and still lists the rest', async (_name, content, reason, reasonCode) => {
    const good = valueOf(await library.create({ headline: 'سليم' }));
    await writeDamagedFile(path.join(directory.path, 'articles', 'broken.json'), content);
    const listed = valueOf(await library.list());
    expect(listed.articles.map((summary) => summary.id)).toEqual([good.id]);
    expect(listed.quarantine).toHaveLength(1);
    expect(listed.quarantine[0]?.originalName).toBe('broken.json');
    expect(listed.quarantine[0]?.reason).toContain(reason);
    expect(listed.quarantine[0]?.reasonCode).toBe(reasonCode);
    const quarantined = await readdir(path.join(directory.path, 'quarantine'));
    const moved = quarantined.find((name) => name.endsWith('broken.json'));
    expect(moved).toBeDefined();
    expect(await readFile(path.join(directory.path, 'quarantine', moved ?? ''), 'utf8')).toBe(content);
    expect(await readdir(path.join(directory.path, 'articles'))).toEqual([`${good.id}.json`]);
  });

  it('lists in quarantine a file another read of this library (the watcher\'s) was moving there while the listing ran', async () => {
    // The reason file lands late, as on a slow disk.
    const slowReason: FileSystem = {
      ...nodeFileSystem,
      rename: (async (from: string, to: string) => {
        if (String(to).endsWith('.reason.json')) await new Promise((resolve) => setTimeout(resolve, 300));
        return nodeFileSystem.rename(from, to);
      }) as FileSystem['rename'],
    };
    const slow = new ArticleLibrary({ directory: directory.path, fileSystem: slowReason, now });
    await slow.open();
    const damaged = path.join(directory.path, 'articles', 'damaged.json');
    await writeDamagedFile(damaged, '{"headline": "نصف ملف');
    const reading = slow.get('damaged');
    // The listing starts once the file has left articles/, before its reason is written.
    while ((await readdir(path.join(directory.path, 'articles'))).includes('damaged.json')) await new Promise((resolve) => setTimeout(resolve, 5));
    const listed = valueOf(await slow.list());
    expect(listed.quarantine.map((entry) => entry.originalName)).toEqual(['damaged.json']);
    expect((await reading).ok).toBe(false);
  });

  it('does not quarantine a file caught half-way through a tool writing it in place, and reads it once it is whole', async () => {
    const article = valueOf(await library.create({ headline: 'يكتب في مكانه' }));
    const filePath = path.join(directory.path, 'articles', `${article.id}.json`);
    const whole = JSON.stringify({ ...article, headline: 'كتب كله', revision: 2 }, null, 2);
    await writeFile(filePath, whole.slice(0, whole.length >> 1));
    // The tool finishes its write just after the library has read the first half.
    let caught = false;
    const midWrite: FileSystem = {
      ...nodeFileSystem,
      readFile: (async (file: string, options: BufferEncoding) => {
        const text = await nodeFileSystem.readFile(file, options);
        if (!caught && String(file) === filePath) {
          caught = true;
          await writeFile(filePath, whole);
        }
        return text;
      }) as FileSystem['readFile'],
    };
    const reader = new ArticleLibrary({ directory: directory.path, fileSystem: midWrite, now });
    expect(valueOf(await reader.get(article.id)).headline).toBe('كتب كله');
    expect(caught).toBe(true);
    expect(await readdir(path.join(directory.path, 'quarantine'))).toEqual([]);
  });

  it('does not quarantine a file a tool leaves empty for a moment while it writes it in place, and lists it once whole', async () => {
    const article = valueOf(await library.create({ headline: 'وصل ببطء' }));
    const arriving = { ...article, id: '6a1f0c2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b', headline: 'نسخ في مكانه' };
    const filePath = path.join(directory.path, 'articles', `${arriving.id}.json`);
    // As a copy under load: the file is created, and its text lands a while later.
    await writeFile(filePath, '');
    const listing = library.list();
    await new Promise((resolve) => setTimeout(resolve, 600));
    await writeFile(filePath, JSON.stringify(arriving, null, 2));
    const listed = valueOf(await listing);
    expect(listed.quarantine).toEqual([]);
    expect(listed.articles.map((summary) => summary.headline).sort()).toEqual(['نسخ في مكانه', 'وصل ببطء']);
  });

  it.each([
    ['just now', 0],
    ['with a time ahead of this clock', 60 * 60_000],
  ])('quarantines a damaged file written %s once it has stayed as it is for a while', async (_when, ahead) => {
    const filePath = path.join(directory.path, 'articles', 'left-damaged.json');
    await writeFile(filePath, '{"headline": "نصف');
    const stamped = new Date(Date.now() + ahead);
    await utimes(filePath, stamped, stamped);
    const listed = valueOf(await library.list());
    expect(listed.quarantine.map((entry) => entry.originalName)).toEqual(['left-damaged.json']);
  });

  it('quarantines a file whose name does not match its id instead of serving it under two ids', async () => {
    const good = valueOf(await library.create());
    const copy = await readFile(path.join(directory.path, 'articles', `${good.id}.json`), 'utf8');
    await writeDamagedFile(path.join(directory.path, 'articles', 'copy.json'), copy);
    const listed = valueOf(await library.list());
    expect(listed.articles).toHaveLength(1);
    expect(listed.quarantine[0]).toMatchObject({ reasonCode: 'wrong-name', reason: expect.stringContaining('does not match the article id') });
  });

  it('does not read back its own writes or unchanged files when listing, and re-reads what another process changed', async () => {
    const { fileSystem: counting, articleReads } = countingFileSystem();
    const counted = new ArticleLibrary({ directory: directory.path, fileSystem: counting, now });
    const first = valueOf(await counted.create({ headline: 'أول' }));
    valueOf(await counted.create({ headline: 'ثان' }));
    expect(valueOf(await counted.list()).articles).toHaveLength(2);
    expect(articleReads()).toBe(0);
    valueOf(await counted.save(first.id, 1, { headline: 'أول معدل' }));
    const afterSave = articleReads();
    expect(valueOf(await counted.list()).articles.find((summary) => summary.id === first.id)?.headline).toBe('أول معدل');
    expect(articleReads()).toBe(afterSave);

    const elsewhere = new ArticleLibrary({ directory: directory.path, now });
    valueOf(await elsewhere.save(first.id, 2, { headline: 'أول من مكان آخر' }));
    const listed = valueOf(await counted.list());
    expect(articleReads()).toBe(afterSave + 1);
    expect(listed.articles.find((summary) => summary.id === first.id)?.headline).toBe('أول من مكان آخر');
  });

  it('reports a read-only data folder clearly and loses nothing', async () => {
    const created = valueOf(await library.create({ headline: 'قبل' }));
    const readOnly: FileSystem = {
      ...nodeFileSystem,
      open: (async (file: string, flags: string) => {
        if (flags === 'wx') throw Object.assign(new Error(`EROFS: read-only file system, open '${file}'`), { code: 'EROFS' });
        return nodeFileSystem.open(file, flags);
      }) as FileSystem['open'],
    };
    const locked = new ArticleLibrary({ directory: directory.path, fileSystem: readOnly, now });
    const result = await locked.save(created.id, 1, { headline: 'بعد' });
    expect(result).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(await locked.delete(created.id)).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(valueOf(await library.get(created.id)).headline).toBe('قبل');
  });

  it('refuses ids that could escape the articles folder and leaves the files there alone', async () => {
    const settingsFile = path.join(directory.path, 'settings.json');
    await writeFile(settingsFile, '{"interfaceLanguage":"en"}');
    for (const id of ['../settings', '..', 'a/b', '']) {
      expect(await library.get(id)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(await library.restore(id)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await readFile(settingsFile, 'utf8')).toBe('{"interfaceLanguage":"en"}');
  });
});
