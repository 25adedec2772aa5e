import * as nodeFileSystem from 'node:fs/promises';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../core/article/article-schema';
import { ArticleLibrary } from '../../services/library/article-library';
import { coalesceMilliseconds, retainedSnapshots } from '../../services/library/revision-store';
import type { FileSystem } from '../../services/storage/file-system';
import { temporaryDirectory } from '../support/temporary-directory';

function valueOf<Value>(result: { ok: true; value: Value } | { ok: false; error: { message: string } }): Value {
  if (!result.ok) throw new Error(`Expected success, got: ${result.error.message}`);
  return result.value;
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
let directory: { path: string; remove: () => Promise<void> };
let time: number;
const now = () => new Date(time);

async function openLibrary(fileSystem?: FileSystem): Promise<ArticleLibrary> {
  const library = new ArticleLibrary({ directory: directory.path, now, ...(fileSystem ? { fileSystem } : {}) });
  valueOf(await library.open());
  return library;
}

const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

beforeEach(async () => {
  directory = await temporaryDirectory('newsroom-trust-');
  time = Date.UTC(2026, 10, 29, 9, 0, 0);
});
afterEach(() => directory.remove());

describe('reading a library that was hand-edited, crashed or written by another version', () => {
  it('leaves an article written by a newer Newsroom untouched, lists it as held back, and opens the rest', async () => {
    const library = await openLibrary();
    const good = valueOf(await library.create({ headline: 'سليم' }));
    const future = JSON.stringify({ schemaVersion: 99, id: 'from-the-future', headline: 'مستقبل' });
    await writeFile(path.join(directory.path, 'articles', 'from-the-future.json'), future);
    const listed = valueOf(await library.list());
    expect(listed.articles.map((summary) => summary.id)).toEqual([good.id]);
    expect(listed.quarantine).toEqual([]);
    expect(listed.heldBack).toEqual([{ file: 'from-the-future.json', reason: expect.stringContaining('newer Newsroom') }]);
    expect(await library.get('from-the-future')).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(await readFile(path.join(directory.path, 'articles', 'from-the-future.json'), 'utf8')).toBe(future);
  });

  it('opens what it understands of a newer Newsroom’s article read-only, and refuses to change it', async () => {
    const library = await openLibrary();
    const created = valueOf(await library.create({ headline: 'من إصدار أحدث' }));
    const file = path.join(directory.path, 'articles', `${created.id}.json`);
    const future = JSON.stringify({ ...created, schemaVersion: 7, liveBlog: { entries: [] } });
    await writeFile(file, future);
    const fresh = await openLibrary();
    const listed = valueOf(await fresh.list());
    expect(listed.articles.map((summary) => summary.id)).toEqual([created.id]);
    expect(listed.heldBack).toEqual([{ file: `${created.id}.json`, id: created.id, reason: expect.stringContaining('read-only') }]);
    expect(valueOf(await fresh.get(created.id)).headline).toBe('من إصدار أحدث');
    expect(await fresh.save(created.id, created.revision, { headline: 'تعديل' })).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(await fresh.delete(created.id)).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(await readFile(file, 'utf8')).toBe(future);
  });

  it('accepts a UTF-8 byte order mark from a hand edit', async () => {
    const library = await openLibrary();
    const created = valueOf(await library.create({ headline: 'بعلامة' }));
    const file = path.join(directory.path, 'articles', `${created.id}.json`);
    await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`);
    const fresh = await openLibrary();
    expect(valueOf(await fresh.get(created.id)).headline).toBe('بعلامة');
  });

  it('quarantines a file larger than any article without reading it', async () => {
    const library = await openLibrary();
    const created = valueOf(await library.create({ headline: 'ضخم' }));
    const reads: string[] = [];
    const huge: FileSystem = {
      ...nodeFileSystem,
      stat: (async (file: string) => {
        const stats = await nodeFileSystem.stat(file);
        return file.endsWith(`${created.id}.json`) ? Object.assign(stats, { size: 200 * 1024 * 1024 }) : stats;
      }) as FileSystem['stat'],
      readFile: ((file: string, options: unknown) => {
        reads.push(String(file));
        return nodeFileSystem.readFile(file, options as BufferEncoding);
      }) as FileSystem['readFile'],
    };
    const listed = valueOf(await (await openLibrary(huge)).list());
    expect(listed.articles).toEqual([]);
    expect(listed.quarantine[0]).toMatchObject({ reasonCode: 'too-large', reason: expect.stringContaining('larger than any article') });
    expect(reads.filter((file) => file.endsWith(`${created.id}.json`))).toEqual([]);
  });

  it('removes temporary files a crash left behind, but not one a write may still be using', async () => {
    await openLibrary();
    const old = path.join(directory.path, 'articles', '.abc.json.0123456789ab.tmp');
    const fresh = path.join(directory.path, 'articles', '.def.json.0123456789ab.tmp');
    await writeFile(old, '{');
    await writeFile(fresh, '{');
    const longAgo = new Date(time - 10 * minute);
    await utimes(old, longAgo, longAgo);
    await utimes(fresh, new Date(time), new Date(time));
    await openLibrary();
    expect((await readdir(path.join(directory.path, 'articles'))).sort()).toEqual(['.def.json.0123456789ab.tmp']);
  });

  it('settles an article found both in the library and in the trash: the newer wins, the other goes to History', async () => {
    const library = await openLibrary();
    const created = valueOf(await library.create({ headline: 'نسخة أولى' }));
    const older: Article = { ...created };
    const newer = valueOf(await library.save(created.id, created.revision, { headline: 'نسخة أحدث' }));
    await writeFile(path.join(directory.path, 'trash', `${created.id}.json`), JSON.stringify({ deletedAt: new Date(time).toISOString(), article: older }));
    const reopened = await openLibrary();
    expect(await readdir(path.join(directory.path, 'trash'))).toEqual([]);
    expect(valueOf(await reopened.get(created.id)).headline).toBe(newer.headline);
    expect(valueOf(await reopened.listRevisions(created.id)).map((entry) => entry.headline)).toContain('نسخة أولى');
  });
});

describe('one document check on save', () => {
  it('refuses a body holding a node the document schema does not know', async () => {
    const library = await openLibrary();
    const created = valueOf(await library.create());
    const saved = await library.save(created.id, created.revision, { body: { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }] } });
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('document schema') } });
    const misplaced = await library.save(created.id, created.revision, { body: { type: 'doc', content: [{ type: 'text', text: 'نص خارج الفقرة' }] } });
    expect(misplaced.ok).toBe(false);
    expect(valueOf(await library.get(created.id)).revision).toBe(1);
  });
});

describe('History', () => {
  it('keeps at most one version per few minutes of continuous typing, and always one on a status change', async () => {
    const library = await openLibrary();
    let article = valueOf(await library.create({ headline: 'عنوان' }));
    for (let second = 1; second <= 120; second += 1) {
      time += 1000;
      article = valueOf(await library.save(article.id, article.revision, { body: paragraph(`نص ${second}`) }));
    }
    expect(valueOf(await library.listRevisions(article.id))).toHaveLength(1);
    time += coalesceMilliseconds + 1000;
    article = valueOf(await library.save(article.id, article.revision, { body: paragraph('بعد استراحة') }));
    time += 1000;
    article = valueOf(await library.changeStatus(article.id, article.revision, 'in-review', 'ليلى'));
    const revisions = valueOf(await library.listRevisions(article.id));
    expect(revisions.map((entry) => entry.reason)).toEqual(['status', 'edit', 'edit']);
    expect(revisions[0]).toMatchObject({ status: 'draft', words: 2 });
  });

  it('restores an earlier version as a new revision, keeping the replaced one so restoring can be undone', async () => {
    const library = await openLibrary();
    const first = valueOf(await library.create({ headline: 'الأصل', body: paragraph('النص الأصلي') }));
    time += day;
    const second = valueOf(await library.save(first.id, first.revision, { headline: 'معدّل', body: paragraph('نص معدّل') }));
    const restored = valueOf(await library.restoreRevision(first.id, first.revision, second.revision));
    expect(restored).toMatchObject({ headline: 'الأصل', revision: 3, id: first.id, createdAt: first.createdAt });
    const history = valueOf(await library.listRevisions(first.id));
    expect(history.map((entry) => [entry.revision, entry.reason])).toEqual([
      [2, 'restore'],
      [1, 'edit'],
    ]);
    expect(valueOf(await library.getRevision(first.id, 2)).headline).toBe('معدّل');
    expect(await library.restoreRevision(first.id, 1, 2)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('keeps the other text when a conflict is resolved with "keep mine", however recent the last snapshot', async () => {
    const library = await openLibrary();
    const created = valueOf(await library.create({ headline: 'أصل' }));
    const theirs = valueOf(await library.save(created.id, created.revision, { headline: 'نصهم' }));
    time += 1000;
    valueOf(await library.save(created.id, theirs.revision, { headline: 'نصي' }, { keepMine: true }));
    const history = valueOf(await library.listRevisions(created.id));
    expect(history[0]).toMatchObject({ headline: 'نصهم', reason: 'keep-mine' });
  });

  it('keeps the version an export replaced', async () => {
    const library = await openLibrary();
    const created = valueOf(await library.create({ headline: 'قبل التصدير' }));
    valueOf((await library.markExported([created.id]))[0]!);
    expect(valueOf(await library.listRevisions(created.id))).toMatchObject([{ reason: 'export', status: 'draft' }]);
  });
});

describe('the trash and History', () => {
  it('keeps a deleted article’s history while it is in the trash, and emptying the trash removes both', async () => {
    const library = await openLibrary();
    const created = valueOf(await library.create({ headline: 'سيُحذف' }));
    valueOf(await library.changeStatus(created.id, 1, 'in-review', ''));
    valueOf(await library.delete(created.id));
    expect(valueOf(await library.listRevisions(created.id))).toHaveLength(1);
    const restored = valueOf(await library.restore(created.id));
    expect(valueOf(await library.listRevisions(created.id))).toHaveLength(1);
    valueOf(await library.delete(restored.id));
    expect(valueOf(await library.emptyTrash())).toEqual({ removed: 1 });
    expect(valueOf(await library.listTrash())).toEqual([]);
    expect(valueOf(await library.listRevisions(created.id))).toEqual([]);
    expect(await readdir(path.join(directory.path, 'revisions'))).toEqual([]);
  });
});

describe('deleting one article for good', () => {
  it('removes that article and its history from the trash and leaves the others', async () => {
    const library = await openLibrary();
    const gone = valueOf(await library.create({ headline: 'يُحذف نهائيًا' }));
    const kept = valueOf(await library.create({ headline: 'يبقى في المهملات' }));
    valueOf(await library.save(gone.id, 1, { headline: 'يُحذف نهائيًا الآن' }, { keepMine: true }));
    valueOf(await library.delete(gone.id));
    valueOf(await library.delete(kept.id));
    expect(valueOf(await library.deleteForever(gone.id))).toEqual({ removed: 1 });
    expect(valueOf(await library.listTrash()).map((entry) => entry.id)).toEqual([kept.id]);
    expect(valueOf(await library.listRevisions(gone.id))).toEqual([]);
    const again = await library.deleteForever(gone.id);
    expect(again.ok ? undefined : again.error.code).toBe('not-found');
  });
});

describe('retention', () => {
  const at = Date.UTC(2026, 10, 29);
  it.each([
    ['keeps every snapshot of the last 7 days', Array.from({ length: 150 }, (_, index) => at - index * hour), 150],
    ['keeps the newest 20 whatever their age', Array.from({ length: 20 }, (_, index) => at - 400 * day - index * minute), 20],
    ['keeps one per hour after a week', Array.from({ length: 60 }, (_, index) => at - 8 * day - index * 10 * minute), 20 + 6],
    ['keeps one per day after a month', Array.from({ length: 96 }, (_, index) => at - 40 * day - index * hour), 20 + 3],
    ['caps the total at 200', Array.from({ length: 400 }, (_, index) => at - index * 5 * minute), 200],
  ])('%s', (_name, times, expected) => {
    expect(retainedSnapshots(times, at).size).toBe(expected);
  });
});
