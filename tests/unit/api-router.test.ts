import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNewsroomBackend, type NewsroomBackend } from '../../services/create-newsroom-backend';
import { openConfStore } from '../../services/settings/open-conf-store';
import { temporaryDirectory } from '../support/temporary-directory';

describe('the API router in front of the real back end', () => {
  let directory: { path: string; remove: () => Promise<void> };
  let backend: NewsroomBackend;
  beforeEach(async () => {
    directory = await temporaryDirectory();
    const opened = await createNewsroomBackend({
      settingsDirectory: directory.path,
      transport: 'http',
      version: '0.0.0-test',
      openStore: openConfStore,
    });
    if (!opened.ok) throw new Error(opened.error.message);
    backend = opened.value;
  });
  afterEach(async () => {
    await backend.close();
    await directory.remove();
  });

  it('imports a mixed batch file by file: good files land, a hostile one is refused with its reason, never "internal"', async () => {
    const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');
    const deep = `<article><h1>متداخل</h1>${'<blockquote>'.repeat(1500)}<p>نص</p>${'</blockquote>'.repeat(1500)}</article>`;
    const imported = await backend.router('importFiles', {
      files: [
        { name: 'first.txt', dataBase64: encode('الخبر الأول\n\nفقرة أولى.') },
        { name: 'deep.html', dataBase64: encode(deep) },
        { name: 'last.md', dataBase64: encode('# الخبر الأخير\n\nفقرة.') },
      ],
    });
    expect(imported).toMatchObject({
      ok: true,
      value: [
        { file: 'first.txt', ok: true, headline: 'الخبر الأول' },
        { file: 'deep.html', ok: false, error: expect.stringContaining('nests deeper') },
        { file: 'last.md', ok: true, headline: 'الخبر الأخير' },
      ],
    });
    const listed = (await backend.router('listArticles', {})) as { ok: true; value: { articles: Array<{ headline: string }> } };
    expect(listed.value.articles.map((article) => article.headline)).not.toContain('متداخل');
  });

  it.each([1_000, 20_000])('refuses a body nested %i levels deep over the API as invalid input, never "internal"', async (depth) => {
    const created = await backend.api.createArticle({});
    if (!created.ok) throw new Error(created.error.message);
    let body: Record<string, unknown> = { type: 'paragraph', content: [{ type: 'text', text: 'نص' }] };
    for (let level = 0; level < depth; level += 1) body = { type: 'blockquote', content: [body] };
    const saved = await backend.router('saveArticle', { id: created.value.id, baseRevision: 1, changes: { body: { type: 'doc', content: [body] } } });
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const stored = await backend.api.getArticle({ id: created.value.id });
    expect(stored.ok && stored.value.revision).toBe(1);
  });

  it('saves only the blocks a save changed on top of the base revision, answers without the body, and refuses blocks meant for another body', async () => {
    const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const created = await backend.api.createArticle({});
    if (!created.ok) throw new Error(created.error.message);
    const whole = await backend.router('saveArticle', { id: created.value.id, baseRevision: 1, changes: { body: { type: 'doc', content: ['أ', 'ب', 'ج', 'د'].map(paragraph) } } });
    expect(whole).toMatchObject({ ok: true, value: { revision: 2 } });
    expect(whole).not.toHaveProperty('value.body');

    const patched = await backend.router('saveArticle', {
      id: created.value.id,
      baseRevision: 2,
      changes: { headline: 'عنوان' },
      bodyPatch: { baseBlocks: 4, keepStart: 1, keepEnd: 1, blocks: [paragraph('ب مع تعديل'), paragraph('فقرة جديدة'), paragraph('ج')] },
    });
    expect(patched).toMatchObject({ ok: true, value: { revision: 3, headline: 'عنوان' } });
    const stored = await backend.api.getArticle({ id: created.value.id });
    expect(stored.ok && stored.value.body.content?.map((block) => block.content?.[0]?.text)).toEqual(['أ', 'ب مع تعديل', 'فقرة جديدة', 'ج', 'د']);

    // Counted from a body of another length (or a stale revision): refused, nothing written.
    const misfit = await backend.router('saveArticle', { id: created.value.id, baseRevision: 3, changes: {}, bodyPatch: { baseBlocks: 4, keepStart: 0, keepEnd: 0, blocks: [] } });
    expect(misfit).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const stale = await backend.router('saveArticle', { id: created.value.id, baseRevision: 2, changes: {}, bodyPatch: { baseBlocks: 4, keepStart: 0, keepEnd: 0, blocks: [] } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const both = await backend.router('saveArticle', { id: created.value.id, baseRevision: 3, changes: { body: { type: 'doc', content: [] } }, bodyPatch: { baseBlocks: 5, keepStart: 0, keepEnd: 0, blocks: [] } });
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const overlapping = await backend.router('saveArticle', { id: created.value.id, baseRevision: 3, changes: {}, bodyPatch: { baseBlocks: 5, keepStart: 3, keepEnd: 3, blocks: [] } });
    expect(overlapping).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const after = await backend.api.getArticle({ id: created.value.id });
    expect(after.ok && after.value.revision).toBe(3);
  });

  it('seeds a new library with the sample story', async () => {
    const listed = await backend.router('listArticles', {});
    expect(listed).toMatchObject({ ok: true, value: { articles: [{ headline: 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا' }] } });
  });

  it.each([
    ['an unknown method', 'dropDatabase', {}, 'unknown-method'],
    ['a wrong type', 'getArticle', { id: 42 }, 'invalid-input'],
    ['an unknown field', 'listArticles', { includeSecrets: true }, 'invalid-input'],
    ['an unknown change', 'saveArticle', { id: 'a', baseRevision: 1, changes: { revision: 99 } }, 'invalid-input'],
    ['a path as id', 'getArticle', { id: '../../etc/passwd' }, 'invalid-input'],
    ['a non-object input', 'createArticle', 'headline', 'invalid-input'],
    ['a negative revision', 'saveArticle', { id: 'a', baseRevision: -1, changes: {} }, 'invalid-input'],
  ])('refuses %s with a clear error', async (_name, method, input, code) => {
    const result = await backend.router(method, input);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
  });

  it('creates, saves and reports a stale save as a conflict through the contract', async () => {
    const created = await backend.router('createArticle', { headline: 'WHO قالت' });
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value as { id: string };
    expect(await backend.router('saveArticle', { id, baseRevision: 1, changes: { headline: 'ثانية' } })).toMatchObject({ ok: true, value: { revision: 2 } });
    expect(await backend.router('saveArticle', { id, baseRevision: 1, changes: { headline: 'ثالثة' } })).toMatchObject({
      ok: false,
      error: { code: 'conflict', currentRevision: 2 },
    });
  });

  it('says plainly that browser mode has no native folder picker', async () => {
    expect(await backend.router('chooseFolder', { defaultPath: '/tmp' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('uses the author name from the settings as the byline of a new article', async () => {
    expect(await backend.router('updateSettings', { changes: { authorName: 'سارة' } })).toMatchObject({ ok: true });
    expect(await backend.router('createArticle', {})).toMatchObject({ ok: true, value: { byline: 'سارة' } });
  });

  it('pushes a libraryChanged event after a save', async () => {
    const events: unknown[] = [];
    backend.events.subscribe('libraryChanged', (payload) => events.push(payload));
    const created = await backend.router('createArticle', {});
    expect(events).toEqual([{ reason: 'created', id: (created as { value: { id: string } }).value.id }]);
  });
});
