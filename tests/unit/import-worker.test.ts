import { mkdir, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../core/api/api-contract';
import { createNewsroomBackend, type NewsroomBackend } from '../../services/create-newsroom-backend';
import { importCancelledMessage } from '../../services/import/import-service';
import { ArticleLibrary } from '../../services/library/article-library';
import { openConfStore } from '../../services/settings/open-conf-store';
import { newsroomWorkerLaunch } from '../../services/workers/newsroom-worker-launch';
import type { TaskRunner } from '../../services/workers/task-runner';
import { ThreadTaskRunner } from '../../services/workers/thread-task-runner';
import { temporaryDirectory } from '../support/temporary-directory';

const paragraph = 'وقال المتحدث إن الاجتماع ساعد على فهم أفضل لمواقف الطرفين في القضايا الدولية الملحة.\n';
const twentyMegabytes = `عنوان ضخم\n${paragraph.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(paragraph)))}`;
const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('import and export in worker threads', () => {
  let directory: { path: string; remove: () => Promise<void> };
  let backend: NewsroomBackend;
  beforeEach(async () => {
    directory = await temporaryDirectory();
    const opened = await createNewsroomBackend({ settingsDirectory: directory.path, transport: 'http', version: '0.0.0-test', openStore: openConfStore });
    if (!opened.ok) throw new Error(opened.error.message);
    backend = opened.value;
  });
  afterEach(async () => {
    await backend.close();
    await directory.remove();
  });

  it('answers listArticles while a 20 MB file is being imported', async () => {
    const threads = new ThreadTaskRunner(newsroomWorkerLaunch());
    const order: string[] = [];
    let handedOff = () => undefined as void;
    const parsing = new Promise<void>((resolve) => (handedOff = resolve));
    // The real worker runner, watched: when the parse is handed over and when its result is back.
    const watched: TaskRunner = {
      run: (async (task, input, options) => {
        handedOff();
        const outcome = await threads.run(task, input, options);
        order.push(`${task} landed`);
        return outcome;
      }) as TaskRunner['run'],
      close: () => threads.close(),
    };
    const opened = await createNewsroomBackend({ settingsDirectory: directory.path, dataDirectory: path.join(directory.path, 'watched'), transport: 'http', version: '0.0.0-test', openStore: openConfStore, tasks: watched });
    if (!opened.ok) throw new Error(opened.error.message);
    try {
      const importing = opened.value.api.importFiles({ files: [{ name: 'huge.txt', dataBase64: encode(twentyMegabytes) }] });
      await parsing;
      await new Promise((resolve) => setImmediate(resolve));
      const listed = await opened.value.api.listArticles({});
      order.push('list answered');
      expect(listed.ok && listed.value.articles).toHaveLength(1);
      expect(await importing).toMatchObject({ ok: true, value: [{ ok: true, headline: 'عنوان ضخم' }] });
      expect(order).toEqual(['list answered', 'importFile landed']);
    } finally {
      await opened.value.close();
    }
  }, 60_000);

  it('reports progress file by file and cancels the rest of a batch, leaving no half article', async () => {
    const progress: Array<ApiEvent<'jobProgress'>> = [];
    backend.events.subscribe('jobProgress', (event) => {
      progress.push(event);
      if (event.done === 1) void backend.api.cancelJob({ jobId: 'batch-1' });
    });
    const imported = await backend.api.importFiles({
      jobId: 'batch-1',
      files: [
        { name: 'first.txt', dataBase64: encode('الخبر الأول\n\nفقرة.') },
        { name: 'huge.txt', dataBase64: encode(twentyMegabytes) },
        { name: 'last.txt', dataBase64: encode('الخبر الأخير\n\nفقرة.') },
      ],
    });
    expect(imported).toMatchObject({
      ok: true,
      value: [
        { file: 'first.txt', ok: true },
        { file: 'huge.txt', ok: false, error: importCancelledMessage, cancelled: true },
        { file: 'last.txt', ok: false, error: importCancelledMessage, cancelled: true },
      ],
    });
    expect(progress.map((event) => [event.kind, event.done, event.total])).toEqual([['import', 0, 3], ['import', 1, 3], ['import', 2, 3], ['import', 3, 3]]);
    const listed = await backend.api.listArticles({});
    expect(listed.ok && listed.value.articles.map((article) => article.headline).sort()).toEqual(['الخبر الأول', 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا'].sort());
    expect(await backend.api.cancelJob({ jobId: 'batch-1' })).toEqual({ ok: true, value: { cancelled: false } });
  }, 60_000);

  it('exports a batch in the worker with progress, stops early on cancel, reports every file it wrote, and marks only a finished batch as exported', async () => {
    const ids: string[] = [];
    for (let number = 1; number <= 60; number += 1) {
      const created = await backend.api.createArticle({ headline: number === 3 ? 'الثالث' : `خبر ${number}` });
      if (!created.ok) throw new Error(created.error.message);
      ids.push(created.value.id);
    }
    const out = path.join(directory.path, 'out');
    await mkdir(out);
    const progress: Array<ApiEvent<'jobProgress'>> = [];
    backend.events.subscribe('jobProgress', (event) => {
      progress.push(event);
      if (event.done === 1) void backend.api.cancelJob({ jobId: 'export-1' });
    });
    const exported = await backend.api.exportArticles({ jobId: 'export-1', ids, formats: ['html', 'json'], fragment: false, directory: out, onExisting: 'ask', manifest: false });
    expect(exported).toMatchObject({ ok: true, value: { cancelled: true } });
    const written = exported.ok ? exported.value.files : [];
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(written.length).toBeLessThan(120);
    expect((await readdir(out)).sort()).toEqual(written.map((file) => path.basename(file.path)).sort());
    expect(progress[0]).toEqual({ jobId: 'export-1', kind: 'export', done: 0, total: 60 });
    // A cancelled batch is not recorded as exported.
    for (const id of ids) expect(await backend.api.getArticle({ id })).not.toMatchObject({ value: { exportedAt: expect.any(String) } });

    const complete = await backend.api.exportArticles({ jobId: 'export-2', ids, formats: ['html'], fragment: false, directory: out, onExisting: 'replace', manifest: false });
    expect(complete).toMatchObject({ ok: true, value: { cancelled: false } });
    const third = complete.ok ? complete.value.files.find((file) => file.id === ids[2]) : undefined;
    expect(await readFile(third!.path, 'utf8')).toMatch(/<h1[^>]*>الثالث<\/h1>/);
    for (const id of ids) expect(await backend.api.getArticle({ id })).toMatchObject({ ok: true, value: { status: 'draft', exportedAt: expect.any(String) } });
  }, 60_000);
});

describe('a worker that runs out of memory', () => {
  it('fails only its own file with a clear message, and the next task gets a fresh worker', async () => {
    const directory = await temporaryDirectory();
    const tasks = new ThreadTaskRunner(newsroomWorkerLaunch(), { memoryLimitMegabytes: 48 });
    const library = new ArticleLibrary({ directory: directory.path });
    await library.open();
    try {
      const input = { dataDirectory: directory.path, editedBy: { name: 'سارة', machine: 'desk-2' }, takenSlugs: [] };
      const exhausted = await tasks.run('importFile', { ...input, fileName: 'huge.txt', bytes: Buffer.from(twentyMegabytes, 'utf8') });
      expect(exhausted).toEqual({ ok: false, message: 'The work needed more than 48 MB of memory.' });
      const next = await tasks.run('importFile', { ...input, fileName: 'small.txt', bytes: Buffer.from('عنوان\n\nفقرة.', 'utf8') });
      expect(next).toMatchObject({ ok: true, value: { outcome: { ok: true, headline: 'عنوان' } } });
      const listed = await library.list();
      expect(listed.ok && listed.value.articles.map((article) => article.headline)).toEqual(['عنوان']);
      // Signed as the back end that asked for it, though written in another thread.
      expect(listed.ok && listed.value.articles[0]?.editedBy).toEqual({ name: 'سارة', machine: 'desk-2' });
    } finally {
      await tasks.close();
      await directory.remove();
    }
  }, 60_000);
});
