import { createHash } from 'node:crypto';
import * as nodeFileSystem from 'node:fs/promises';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportService, type ExportRequest } from '../../services/export/export-service';
import { ArticleLibrary } from '../../services/library/article-library';
import type { FileSystem } from '../../services/storage/file-system';
import { ninjsValidator } from '../support/ninjs-validator';
import { temporaryDirectory } from '../support/temporary-directory';

describe('ExportService on real folders', () => {
  let data: { path: string; remove: () => Promise<void> };
  let out: { path: string; remove: () => Promise<void> };
  let library: ArticleLibrary;
  let exporter: ExportService;
  const ids: string[] = [];

  const request = (overrides: Partial<ExportRequest> = {}): ExportRequest => ({
    ids,
    formats: ['html', 'json', 'ninjs'],
    directory: out.path,
    fragment: false,
    onExisting: 'ask',
    manifest: true,
    ...overrides,
  });

  beforeEach(async () => {
    data = await temporaryDirectory();
    out = await temporaryDirectory('newsroom-out-');
    library = new ArticleLibrary({ directory: data.path });
    await library.open();
    ids.length = 0;
    for (const [headline, slug] of [['كيري في سوتشي', 'kerry'], ['لافروف يرد', 'kerry'], ['بلا رابط', 'CON']] as const) {
      const created = await library.create({ headline, slug, tags: ['سوريا'], editorialNote: 'سري' });
      if (!created.ok) throw new Error(created.error.message);
      ids.push(created.value.id);
    }
    exporter = new ExportService(library, path.join(data.path, 'media'));
  });
  afterEach(async () => {
    await data.remove();
    await out.remove();
  });

  it('writes every format with safe, unique names and a manifest with checksums', async () => {
    const progress: Array<[number, number]> = [];
    const result = await exporter.export(request({ onProgress: (done, total) => progress.push([done, total]) }));
    if (!result.ok) throw new Error(result.error.message);
    expect((await readdir(out.path)).sort()).toEqual(
      ['_CON.html', '_CON.json', '_CON.ninjs.json', 'kerry-2.html', 'kerry-2.json', 'kerry-2.ninjs.json', 'kerry.html', 'kerry.json', 'kerry.ninjs.json', 'manifest.json'].sort(),
    );
    expect(progress).toEqual([[0, 3], [1, 3], [2, 3], [3, 3]]);
    const manifest = JSON.parse(await readFile(path.join(out.path, 'manifest.json'), 'utf8')) as { articles: Array<{ id: string; headline: string; files: Array<{ format: string; file: string; sha256: string }> }> };
    expect(manifest.articles.map((entry) => entry.headline)).toEqual(['كيري في سوتشي', 'لافروف يرد', 'بلا رابط']);
    for (const entry of manifest.articles) {
      expect(entry.files.map((file) => file.format)).toEqual(['html', 'json', 'ninjs']);
      for (const file of entry.files) {
        const bytes = await readFile(path.join(out.path, file.file));
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
      }
    }
    const validate = ninjsValidator();
    expect(validate(JSON.parse(await readFile(path.join(out.path, 'kerry.ninjs.json'), 'utf8')))).toBe(true);
    expect(await readFile(path.join(out.path, 'kerry.html'), 'utf8')).not.toContain('سري');
  });

  it('records the export time but leaves the status alone unless asked to publish an approved article', async () => {
    await exporter.export(request({ ids: [ids[0] ?? ''] }));
    const article = await library.get(ids[0] ?? '');
    expect(article).toMatchObject({ ok: true, value: { status: 'draft', revision: 2 } });
    expect(article.ok && article.value.exportedAt).toBeTruthy();

    await exporter.export(request({ ids: [ids[0] ?? ''], onExisting: 'replace', publish: true }));
    expect(await library.get(ids[0] ?? '')).toMatchObject({ ok: true, value: { status: 'draft', revision: 3 } });
    for (const status of ['in-review', 'approved'] as const) {
      const current = await library.get(ids[0] ?? '');
      await library.changeStatus(ids[0] ?? '', current.ok ? current.value.revision : 0, status, 'ليلى');
    }
    await exporter.export(request({ ids: [ids[0] ?? ''], onExisting: 'replace', publish: true }));
    const published = await library.get(ids[0] ?? '');
    expect(published).toMatchObject({ ok: true, value: { status: 'exported' } });
    expect(published.ok && published.value.statusHistory.map((change) => [change.status, change.by])).toEqual([
      ['in-review', 'ليلى'],
      ['approved', 'ليلى'],
      ['exported', ''],
    ]);
  });

  it('refuses to export an article under embargo, and exports it when the embargo is overridden or has passed', async () => {
    const id = ids[0] ?? '';
    const current = await library.get(id);
    await library.save(id, current.ok ? current.value.revision : 0, { embargo: '2026-12-01T08:00:00.000Z' });
    const refused = await exporter.export(request({ ids: [id], now: new Date('2026-12-01T07:59:00Z') }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'embargoed' } });
    expect(!refused.ok && refused.error.message).toContain('2026-12-01T08:00:00.000Z');
    expect(await readdir(out.path)).toEqual([]);
    expect(await exporter.export(request({ ids: [id], now: new Date('2026-12-01T07:59:00Z'), overrideEmbargo: true }))).toMatchObject({ ok: true });
    expect(await exporter.export(request({ ids: [id], onExisting: 'replace', now: new Date('2026-12-01T08:00:01Z') }))).toMatchObject({ ok: true });
  });

  it('asks before overwriting: nothing is written when a file exists', async () => {
    await writeFile(path.join(out.path, 'kerry.html'), 'the editor’s own file');
    const result = await exporter.export(request());
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!result.ok && result.error.message).toContain('kerry.html');
    expect(await readdir(out.path)).toEqual(['kerry.html']);
    expect(await readFile(path.join(out.path, 'kerry.html'), 'utf8')).toBe('the editor’s own file');
  });

  it('keeps both when told to, and replaces only when told to', async () => {
    await writeFile(path.join(out.path, 'kerry.html'), 'old');
    const kept = await exporter.export(request({ ids: [ids[0] ?? ''], formats: ['html'], onExisting: 'keep-both', manifest: false }));
    expect(kept).toMatchObject({ ok: true });
    expect(await readFile(path.join(out.path, 'kerry.html'), 'utf8')).toBe('old');
    expect((await readdir(out.path)).sort()).toEqual(['kerry-2.html', 'kerry.html']);
    await exporter.export(request({ ids: [ids[0] ?? ''], formats: ['html'], onExisting: 'replace', manifest: false }));
    expect(await readFile(path.join(out.path, 'kerry.html'), 'utf8')).toContain('<h1>كيري في سوتشي</h1>');
  });

  it('writes only the <article> element as a fragment', async () => {
    await exporter.export(request({ ids: [ids[0] ?? ''], formats: ['html'], fragment: true, manifest: false }));
    const fragment = await readFile(path.join(out.path, 'kerry.html'), 'utf8');
    expect(fragment.startsWith('<article class="news-article" lang="ar" dir="rtl">')).toBe(true);
    expect(fragment).not.toContain('<html');
  });

  it('reports a missing folder clearly and writes nothing', async () => {
    const result = await exporter.export(request({ directory: path.join(out.path, 'missing') }));
    expect(result).toMatchObject({ ok: false, error: { code: 'folder-missing' } });
    expect(!result.ok && result.error.message).toContain('does not exist');
  });

  it('leaves no half-written file when the folder is read-only', async () => {
    const readOnly: FileSystem = {
      ...nodeFileSystem,
      open: (async (file: string, flags: string) => {
        if (flags === 'wx') throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
        return nodeFileSystem.open(file, flags);
      }) as FileSystem['open'],
    };
    const locked = new ExportService(library, path.join(data.path, 'media'), readOnly);
    expect(await locked.export(request())).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(await readdir(out.path)).toEqual([]);
  });

  it('stops between articles when cancelled', async () => {
    const controller = new AbortController();
    const result = await exporter.export(request({ formats: ['json'], signal: controller.signal, onProgress: (done) => done === 1 && controller.abort() }));
    expect(result).toMatchObject({ ok: true, value: { cancelled: true } });
    expect(await readdir(out.path)).toEqual(['kerry.json']);
  });

  it('refuses an article that does not exist, before writing anything', async () => {
    expect(await exporter.export(request({ ids: [...ids, 'missing'] }))).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await readdir(out.path)).toEqual([]);
  });
});
