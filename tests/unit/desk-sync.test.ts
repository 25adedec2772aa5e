import { execFile, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import express from 'express';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNewsroomBackend } from '../../services/create-newsroom-backend';
import { ArticleLibrary } from '../../services/library/article-library';
import { MediaStore } from '../../services/library/media-store';
import { openConfStore } from '../../services/settings/open-conf-store';
import { sessionPasswordStore } from '../../services/sync/sync-password-store';
import { inProcessTaskRunner } from '../../services/workers/in-process-task-runner';
import { ConflictMarks } from '../../services/sync/conflict-marks';
import type { DeskDatabase } from '../../services/sync/desk-database';
import { DeskSync, type DeskDocument, type DeskRecord, type SyncState } from '../../services/sync/desk-sync';
import { temporaryDirectory } from '../support/temporary-directory';
import { seedArticle } from '../support/seed-article';

PouchDB.plugin(memoryAdapter);
const InMemory = PouchDB.defaults({ adapter: 'memory' });

// A CouchDB-compatible server on this machine: express-pouchdb on the in-memory adapter, on Express 4.
let server: ReturnType<ReturnType<typeof express>['listen']>;
let serverUrl: string;
let selectorRequests = 0;
const deskCredentials = `Basic ${Buffer.from('desk:secret').toString('base64')}`;
beforeAll(async () => {
  const app = express();
  // Databases named locked-… want a user and password, as a CouchDB with require_valid_user does.
  app.use((request, response, next) => {
    if (request.path.startsWith('/locked-') && request.headers.authorization !== deskCredentials) {
      response.status(401).json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
      return;
    }
    next();
  });
  // Databases named mango-… filter a replication by a Mango selector, as CouchDB 2 and 3 do
  // (POST _changes?filter=_selector); express-pouchdb alone does not, like an older server.
  app.post('/:database/_changes', (request, response, next) => {
    if (request.query.filter !== '_selector' || !request.params.database?.startsWith('mango-')) return next();
    express.json()(request, response, async () => {
      selectorRequests += 1;
      const query = request.query as Record<string, string | undefined>;
      const database = new InMemory(request.params.database!) as unknown as { changes(options: object): Promise<unknown> };
      const answer = await database.changes({
        since: Number(query.since ?? 0),
        ...(query.limit ? { limit: Number(query.limit) } : {}),
        style: query.style === 'all_docs' ? 'all_docs' : 'main_only',
        include_docs: query.include_docs === 'true',
        selector: (request.body as { selector: object }).selector,
      });
      response.json(answer);
    });
  });
  app.use('/', expressPouchdb(InMemory, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** The desk database on the server, over HTTP as a journalist's machine reaches it. */
const overHttp = (database: string) => new PouchDB(`${serverUrl}/${database}`) as unknown as DeskDatabase<DeskDocument>;

let machines = 0;
/** One journalist's machine: its own data folder and library, its own local database, the desk's database on the server. */
async function machine(database: string) {
  machines += 1;
  const folder = await temporaryDirectory();
  const library = new ArticleLibrary({ directory: path.join(folder.path, 'library') });
  await library.open();
  const local = new InMemory(`machine-${machines}-${Date.now()}`) as unknown as DeskDatabase<DeskDocument>;
  return { library, sync: new DeskSync(library, local, overHttp(database)), remove: folder.remove };
}

const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function headlineOf(library: ArticleLibrary, id: string): Promise<string | undefined> {
  const read = await library.get(id);
  return read.ok ? read.value.headline : undefined;
}

describe('desk sync through a CouchDB-compatible server', () => {
  it('creates on A, edits on B, shows it on C; a deletion on A reaches C’s trash', async () => {
    const [a, b, c] = [await machine('desk-one'), await machine('desk-one'), await machine('desk-one')];
    try {
      const created = await a.library.create({ headline: 'خبر من جنيف', body: paragraph('وصل الوزير إلى جنيف.') });
      if (!created.ok) throw new Error(created.error.message);
      const id = created.value.id;
      expect(await a.sync.once()).toMatchObject({ sent: 1, errors: [] });
      expect(await b.sync.once()).toMatchObject({ received: 1, errors: [] });
      const onB = await b.library.get(id);
      if (!onB.ok) throw new Error(onB.error.message);
      await b.library.save(id, onB.value.revision, { headline: 'خبر من جنيف: الاجتماع انتهى' });
      await b.sync.once();
      await c.sync.once();
      expect(await headlineOf(c.library, id)).toBe('خبر من جنيف: الاجتماع انتهى');
      expect((await a.sync.once()).received).toBe(1);
      expect(await headlineOf(a.library, id)).toBe('خبر من جنيف: الاجتماع انتهى');
      // Syncing again with nothing new sends and receives nothing: no echo between machines.
      expect(await a.sync.once()).toMatchObject({ sent: 0, received: 0 });

      await a.library.delete(id);
      await a.sync.once();
      await c.sync.once();
      expect((await c.library.get(id)).ok).toBe(false);
      const trash = await c.library.listTrash();
      expect(trash.ok && trash.value.map((entry) => entry.id)).toEqual([id]);
    } finally {
      for (const each of [a, b, c]) await each.remove();
    }
  });

  it('keeps both texts when two machines edited the same story apart: one current, the other in History, the same on both', async () => {
    const [a, b] = [await machine('desk-two'), await machine('desk-two')];
    try {
      const created = await a.library.create({ headline: 'الأصل', body: paragraph('النص الأول.') });
      if (!created.ok) throw new Error(created.error.message);
      const id = created.value.id;
      await a.sync.once();
      await b.sync.once();
      // The server is out of reach for both while they edit.
      const onA = await a.library.get(id);
      const onB = await b.library.get(id);
      if (!onA.ok || !onB.ok) throw new Error('not synced');
      await a.library.save(id, onA.value.revision, { headline: 'نسخة أ' });
      await b.library.save(id, onB.value.revision, { headline: 'نسخة ب' });
      await a.sync.once();
      const report = await b.sync.once();
      expect(report.conflicts).toEqual([id]);
      await a.sync.once();

      const current = await headlineOf(b.library, id);
      expect(await headlineOf(a.library, id)).toBe(current);
      expect(['نسخة أ', 'نسخة ب']).toContain(current);
      const other = current === 'نسخة أ' ? 'نسخة ب' : 'نسخة أ';
      const history = await b.library.listRevisions(id);
      expect(history.ok && history.value.find((entry) => entry.headline === other)?.reason).toBe('conflict');
    } finally {
      for (const each of [a, b]) await each.remove();
    }
  });

  it('sharing only stories in review and later keeps drafts on this machine, and sends one once it goes to review', async () => {
    const folder = await temporaryDirectory();
    const reader = await machine('desk-share');
    try {
      const library = new ArticleLibrary({ directory: path.join(folder.path, 'library') });
      await library.open();
      const sharing = new DeskSync(library, new InMemory(`share-${Date.now()}`) as unknown as DeskDatabase<DeskDocument>, overHttp('desk-share'), { share: { share: 'in-review-and-later', sections: [], tags: [] } });
      const draft = await library.create({ headline: 'مسودة لم تكتمل' });
      const ready = await library.create({ headline: 'جاهز للمراجعة' });
      if (!draft.ok || !ready.ok) throw new Error('not created');
      const moved = await library.changeStatus(ready.value.id, ready.value.revision, 'in-review', 'ليلى');
      if (!moved.ok) throw new Error(moved.error.message);
      expect(await sharing.once()).toMatchObject({ sent: 1, waiting: 0, errors: [] });
      await reader.sync.once();
      expect(await headlineOf(reader.library, ready.value.id)).toBe('جاهز للمراجعة');
      expect(await headlineOf(reader.library, draft.value.id)).toBeUndefined();

      const sent = await library.changeStatus(draft.value.id, draft.value.revision, 'in-review', 'ليلى');
      if (!sent.ok) throw new Error(sent.error.message);
      expect(await sharing.once()).toMatchObject({ sent: 1, errors: [] });
      await reader.sync.once();
      expect(await headlineOf(reader.library, draft.value.id)).toBe('مسودة لم تكتمل');
    } finally {
      await reader.remove();
      await folder.remove();
    }
  });

  for (const database of ['mango-follow', 'plain-follow']) {
    it(`follows only the sections and tags it is set to, both ways, deletions too (${database.startsWith('mango') ? 'filtered by the desk with a Mango selector' : 'the server cannot: filtered here'})`, async () => {
      const folders = [await temporaryDirectory(), await temporaryDirectory(), await temporaryDirectory()];
      const before = selectorRequests;
      try {
        const open = async (index: number, sections: string[], tags: string[]) => {
          const library = new ArticleLibrary({ directory: path.join(folders[index]!.path, 'library') });
          await library.open();
          const local = new InMemory(`follow-${index}-${database}`) as unknown as DeskDatabase<DeskRecord>;
          return { library, sync: (rule = { sections, tags }) => new DeskSync(library, local, overHttp(database), { share: { share: 'all', ...rule } }) };
        };
        const [a, b, c] = [await open(0, [], []), await open(1, ['رياضة'], []), await open(2, [], ['الانتخابات'])];
        const made = async (machine: typeof a, headline: string, section: string, tags: string[] = []) => {
          const created = await machine.library.create({ headline, section, tags });
          if (!created.ok) throw new Error(created.error.message);
          return created.value.id;
        };
        const sports = await made(a, 'نهائي الكأس', 'رياضة');
        const politics = await made(a, 'جلسة البرلمان', 'سياسة');
        const elections = await made(a, 'موعد الانتخابات', 'سياسة', ['الانتخابات']);
        expect(await a.sync().once()).toMatchObject({ sent: 3, errors: [] });
        // Something at the desk that is no story at all is not followed (and breaks no filter).
        await (overHttp(database) as unknown as { put(document: object): Promise<unknown> }).put({ _id: 'article:broken', article: null });

        expect(await b.sync().once()).toMatchObject({ received: 1, errors: [] });
        expect(await headlineOf(b.library, sports)).toBe('نهائي الكأس');
        expect(await headlineOf(b.library, politics)).toBeUndefined();
        expect(await c.sync().once()).toMatchObject({ received: 1, errors: [] });
        expect(await headlineOf(c.library, elections)).toBe('موعد الانتخابات');
        expect(await headlineOf(c.library, sports)).toBeUndefined();

        // B's own story outside its sections stays on B.
        const local = await made(b, 'خبر سياسي كتبه محرر الرياضة', 'سياسة');
        expect(await b.sync().once()).toMatchObject({ sent: 0, errors: [] });
        await a.sync().once();
        expect(await headlineOf(a.library, local)).toBeUndefined();

        // A deletion reaches the machine that follows the section.
        expect((await a.library.delete(sports)).ok).toBe(true);
        await a.sync().once();
        await b.sync().once();
        expect(await headlineOf(b.library, sports)).toBeUndefined();
        const trash = await b.library.listTrash();
        expect(trash.ok && trash.value.map((entry) => entry.id)).toContain(sports);

        // Following one more section brings its stories from the start, and sends B's own.
        expect(await b.sync({ sections: ['رياضة', 'سياسة'], tags: [] }).once()).toMatchObject({ received: 2, sent: 1, errors: [] });
        expect(await headlineOf(b.library, politics)).toBe('جلسة البرلمان');
        expect(selectorRequests > before).toBe(database.startsWith('mango'));
      } finally {
        for (const folder of folders) await folder.remove();
      }
    });
  }

  it('sends the images a story shows with it, each once by its content hash, and refuses an image whose bytes are not what its name says', async () => {
    const folders = [await temporaryDirectory(), await temporaryDirectory()];
    try {
      const open = async (index: number) => {
        const directory = path.join(folders[index]!.path, 'library');
        const library = new ArticleLibrary({ directory });
        await library.open();
        const media = new MediaStore(path.join(directory, 'media'));
        const local = new InMemory(`media-${index}-${Date.now()}`) as unknown as DeskDatabase<DeskRecord>;
        return { library, media, sync: new DeskSync(library, local, overHttp('media-desk'), { media }) };
      };
      const [a, b] = [await open(0), await open(1)];
      const stored = await a.media.storeBytes('pixel.png', onePixelPng);
      if (!stored.ok) throw new Error(stored.error.message);
      const figure = { type: 'doc' as const, content: [{ type: 'figureImage', attrs: { src: stored.value.src, alt: 'صورة', caption: '' } }] };
      const first = await a.library.create({ headline: 'خبر بصورة', body: figure });
      const second = await a.library.create({ headline: 'خبر آخر بالصورة نفسها', body: figure });
      if (!first.ok || !second.ok) throw new Error('not created');
      expect(await a.sync.once()).toMatchObject({ errors: [] });
      const desk = overHttp('media-desk') as unknown as DeskDatabase<DeskRecord> & { put(document: object): Promise<unknown> };
      const images = await desk.allDocs({ include_docs: true, startkey: 'media:', endkey: 'media:\uffff' });
      expect(images.rows.map((row) => row.id)).toEqual([`media:${stored.value.src.slice('media/'.length)}`]);

      expect(await b.sync.once()).toMatchObject({ received: 2, errors: [] });
      expect(await readFile(path.join(b.media.directory, stored.value.src.slice('media/'.length)))).toEqual(onePixelPng);

      // A desk document that names one image and carries other bytes (or none that are an image) is refused.
      const forged = `${'0'.repeat(64)}.png`;
      await desk.put({ _id: `media:${forged}`, media: { name: forged }, _attachments: { file: { content_type: 'image/png', data: onePixelPng } } });
      const report = await b.sync.once();
      expect(report.errors).toEqual([expect.stringContaining(`${forged}: refused from the desk`)]);
      await expect(readFile(path.join(b.media.directory, forged))).rejects.toThrow();
    } finally {
      for (const folder of folders) await folder.remove();
    }
  });

  it('refuses a document from the server that is not a valid article (a script, nested past any story), keeps it in quarantine, and writes nothing for it', async () => {
    const b = await machine('desk-three');
    try {
      const desk = new PouchDB(`${serverUrl}/desk-three`);
      await desk.put({ _id: 'article:7b0e4c4e-1111-4222-8333-944445555666', article: { headline: '<script>alert(1)</script>', body: { type: 'doc', content: [{ type: 'script' }] } } });
      // Nested far past any story (the schema would recurse through it), under an id that is a path.
      let nested: object = { type: 'text', text: 'عميق' };
      for (let level = 0; level < 1000; level += 1) nested = { type: 'blockquote', content: [nested] };
      await desk.put({ _id: 'article:../../escape', article: { ...seedArticle({ id: 'escape' }), body: { type: 'doc', content: [nested] } } });
      const report = await b.sync.once();
      expect(report.received).toBe(0);
      expect(report.errors.join('\n')).toContain('7b0e4c4e-1111-4222-8333-944445555666: refused from the desk (kept in quarantine)');
      expect(report.errors.join('\n')).toContain('../../escape: refused from the desk (kept in quarantine): The document nests deeper than 64 levels');
      const listed = await b.library.list();
      expect(listed.ok && listed.value.articles).toEqual([]);
      // Both kept in the library's quarantine with their reasons, where the window shows them; once.
      expect(listed.ok && listed.value.quarantine.map((entry) => [entry.originalName, entry.reason.startsWith('Refused from the desk: '), entry.reasonCode])).toEqual(
        expect.arrayContaining([['desk-7b0e4c4e-1111-4222-8333-944445555666.json', true, 'refused-from-desk'], [expect.stringMatching(/^desk-[0-9a-f]{32}\.json$/), true, 'refused-from-desk']]),
      );
      expect(await b.sync.once()).toMatchObject({ errors: [] });
      const again = await b.library.list();
      expect(again.ok && again.value.quarantine).toHaveLength(2);
    } finally {
      await b.remove();
    }
  });

  it('says so when the server cannot be reached, and the library stays as it was', async () => {
    const folder = await temporaryDirectory();
    try {
      const library = new ArticleLibrary({ directory: folder.path });
      await library.open();
      await library.create({ headline: 'محلي' });
      const local = new InMemory(`offline-${Date.now()}`) as unknown as DeskDatabase<DeskDocument>;
      const report = await new DeskSync(library, local, new PouchDB('http://127.0.0.1:9/desk') as unknown as DeskDatabase<DeskDocument>).once();
      expect(report.errors.join('\n')).toContain('could not be reached');
      const listed = await library.list();
      expect(listed.ok && listed.value.articles.map((article) => article.headline)).toEqual(['محلي']);
    } finally {
      await folder.remove();
    }
  });
});

describe('desk sync when the desk is not there', () => {
  it('tells a refused user name or password apart from an unreachable server, and syncs with the right ones', async () => {
    const a = await machine('unused');
    try {
      await a.library.create({ headline: 'خبر محمي' });
      const wrong = new PouchDB(`${serverUrl}/locked-desk`, { auth: { username: 'desk', password: 'wrong' } }) as unknown as DeskDatabase<DeskDocument>;
      const refused = await new DeskSync(a.library, new InMemory(`locked-${Date.now()}`) as unknown as DeskDatabase<DeskDocument>, wrong).once();
      expect(refused).toMatchObject({ reached: false, refused: true });
      expect(refused.errors.join('\n')).toContain('refused the user name or password (HTTP 401)');
      const right = new PouchDB(`${serverUrl}/locked-desk`, { auth: { username: 'desk', password: 'secret' } }) as unknown as DeskDatabase<DeskDocument>;
      const synced = await new DeskSync(a.library, new InMemory(`unlocked-${Date.now()}`) as unknown as DeskDatabase<DeskDocument>, right).once();
      expect(synced).toMatchObject({ reached: true, sent: 1, errors: [] });
    } finally {
      await a.remove();
    }
  });

  it('loses nothing when the server dies in the middle of a replication, and finishes on the next round once it is back', async () => {
    // A server of its own, so it can be killed and started again on the same port with the same databases.
    const app = express();
    let bulkWrites = 0;
    let killing = true;
    let running: ReturnType<typeof app.listen> | undefined;
    app.use((request, _response, next) => {
      if (request.method === 'POST' && request.path.endsWith('/_bulk_docs') && killing && (bulkWrites += 1) === 2) {
        // The second batch of documents never arrives: the machine the server runs on goes away.
        request.socket.destroy();
        running?.close();
        running?.closeAllConnections();
        return;
      }
      next();
    });
    app.use('/', expressPouchdb(InMemory, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
    running = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => running!.once('listening', resolve));
    const port = (running.address() as AddressInfo).port;
    const desk = () => new PouchDB(`http://127.0.0.1:${port}/dying-desk`) as unknown as DeskDatabase<DeskDocument>;
    const folders = [await temporaryDirectory(), await temporaryDirectory()];
    try {
      const [libraryA, libraryB] = await Promise.all(folders.map(async (folder) => {
        const library = new ArticleLibrary({ directory: folder.path });
        await library.open();
        return library;
      }));
      for (let number = 0; number < 150; number += 1) await libraryA!.create({ headline: `خبر رقم ${number}` });
      const syncA = new DeskSync(libraryA!, new InMemory(`dying-a-${Date.now()}`) as unknown as DeskDatabase<DeskDocument>, desk());
      const broken = await syncA.once();
      expect(broken.reached).toBe(false);
      expect(broken.errors.join('\n')).toContain('could not be reached');
      expect(bulkWrites).toBe(2);
      const listedA = await libraryA!.list();
      expect(listedA.ok && listedA.value.articles).toHaveLength(150);

      killing = false;
      running = app.listen(port, '127.0.0.1');
      await new Promise((resolve) => running!.once('listening', resolve));
      expect(await syncA.once()).toMatchObject({ reached: true, errors: [] });
      const syncB = new DeskSync(libraryB!, new InMemory(`dying-b-${Date.now()}`) as unknown as DeskDatabase<DeskDocument>, desk());
      expect(await syncB.once()).toMatchObject({ reached: true, received: 150, errors: [] });
      const listedB = await libraryB!.list();
      expect(listedB.ok && listedB.value.articles.map((article) => article.headline).sort()).toEqual(listedA.ok && listedA.value.articles.map((article) => article.headline).sort());
    } finally {
      running?.close();
      running?.closeAllConnections();
      await Promise.all(folders.map((folder) => folder.remove()));
    }
  }, 60_000);

  it('watching, counts the time offline, waits longer between tries, and catches up when the desk is back', async () => {
    const a = await machine('unused');
    const app = express();
    app.use('/', expressPouchdb(InMemory, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
    // A port that is free now and refuses connections until the server starts on it.
    const probe = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => probe.once('listening', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    let running: ReturnType<typeof app.listen> | undefined;
    try {
      await a.library.create({ headline: 'كتب دون اتصال' });
      const states: SyncState[] = [];
      const sync = new DeskSync(a.library, new InMemory(`watch-${Date.now()}`) as unknown as DeskDatabase<DeskDocument>, new PouchDB(`http://127.0.0.1:${port}/watched-desk`) as unknown as DeskDatabase<DeskDocument>);
      const watcher = sync.watch({ everySeconds: 0.05, longestWaitSeconds: 0.2, onRound: (state) => states.push(state) });
      await expect.poll(() => states.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      const offline = states.slice(0, 3);
      expect(offline.every((state) => !state.report.reached && state.offlineSince === offline[0]!.offlineSince && state.syncedAt === undefined)).toBe(true);
      expect(offline.map((state) => state.nextRoundInSeconds)).toEqual([0.1, 0.2, 0.2]);
      // The story written offline waits here, and says so.
      expect(offline.map((state) => state.report.waiting)).toEqual([1, 1, 1]);
      running = app.listen(port, '127.0.0.1');
      await expect.poll(() => states.at(-1)?.report.reached, { timeout: 10_000 }).toBe(true);
      await watcher.stop();
      const back = states.find((state) => state.report.reached)!;
      expect(back).toMatchObject({ nextRoundInSeconds: 0.05, report: { sent: 1, errors: [], waiting: 0 } });
      expect(back.offlineSince).toBeUndefined();
      expect(back.syncedAt).toEqual(expect.any(String));
      const roundsAfterStop = states.length;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(states).toHaveLength(roundsAfterStop);
    } finally {
      running?.close();
      running?.closeAllConnections();
      await a.remove();
    }
  }, 30_000);
});

describe('desk sync in the app', () => {
  it('starts when a desk database is set, syncs now on request, tests the connection, and tells the window what arrived', async () => {
    const folder = await temporaryDirectory();
    const other = await machine('app-desk');
    const opened = await createNewsroomBackend({ settingsDirectory: folder.path, transport: 'http', version: '0.0.0-test', openStore: openConfStore, tasks: inProcessTaskRunner, syncPasswords: sessionPasswordStore() });
    if (!opened.ok) throw new Error(opened.error.message);
    const backend = opened.value;
    const stopWatching = backend.watchForChanges();
    const changes: string[] = [];
    backend.events.subscribe('libraryChanged', ({ reason }) => changes.push(reason));
    try {
      expect(await backend.api.getDeskSync({})).toMatchObject({ ok: true, value: { configured: false, running: false, hasPassword: false, passwordKept: 'session' } });
      const desk = { url: `${serverUrl}/app-desk`, user: '', allowPlainHttp: false, share: 'all' as const, sections: [], tags: [] };
      expect(await backend.api.testDeskSync({ server: desk })).toMatchObject({ ok: false, error: { code: 'not-found' } });
      // The desk's administrator creates the database (here: a first visit over HTTP does).
      await (overHttp('app-desk') as unknown as { info(): Promise<unknown> }).info();
      expect(await backend.api.testDeskSync({ server: desk })).toMatchObject({ ok: true, value: { database: 'app-desk', documents: 0 } });
      expect(await backend.api.testDeskSync({ server: { ...desk, url: `${serverUrl}/locked-app`, user: 'desk' }, password: 'wrong' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      expect(await backend.api.testDeskSync({ server: { ...desk, url: 'http://127.0.0.1:9/nowhere' } })).toMatchObject({ ok: false, error: { code: 'transport' } });
      expect(await backend.api.testDeskSync({ server: { ...desk, url: 'http://desk.example.org/newsroom' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

      await backend.api.updateSettings({ changes: { deskSync: desk } });
      const first = await backend.api.syncDeskNow({});
      // The untouched sample story of a new library stays on this machine.
      expect(first).toMatchObject({ ok: true, value: { configured: true, running: true, state: { report: { reached: true, sent: 0, errors: [] } } } });
      expect(first.ok && first.value.state?.syncedAt).toEqual(expect.any(String));

      const written = await other.library.create({ headline: 'من زميل في المكتب' });
      await other.sync.once();
      const second = await backend.api.syncDeskNow({});
      expect(second).toMatchObject({ ok: true, value: { state: { report: { received: 1 } } } });
      expect(changes).toContain('external');
      const listed = await backend.api.listArticles({});
      expect(listed.ok && listed.value.articles.map((article) => article.id)).toContain(written.ok ? written.value.id : '');

      // A wrong password turns into a refused round, said as such; no server set stops it.
      await backend.api.updateSettings({ changes: { deskSync: { ...desk, url: `${serverUrl}/locked-app`, user: 'desk' } } });
      await backend.api.changeDeskSyncPassword({ password: 'wrong' });
      expect(await backend.api.syncDeskNow({})).toMatchObject({ ok: true, value: { hasPassword: true, state: { report: { reached: false, refused: true } } } });
      // The kept password goes only to the server it was kept for: with the right one kept, the same
      // server by another name (localhost for 127.0.0.1) gets no password and refuses.
      await backend.api.changeDeskSyncPassword({ password: 'secret' });
      const locked = { ...desk, url: `${serverUrl}/locked-app`, user: 'desk' };
      const allowed = await backend.api.testDeskSync({ server: locked });
      expect(allowed.ok ? 'answered' : allowed.error.code).not.toBe('unauthorized');
      expect(await backend.api.testDeskSync({ server: { ...locked, url: locked.url.replace('127.0.0.1', 'localhost') } })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      await backend.api.updateSettings({ changes: { deskSync: { ...desk, url: '' } } });
      expect(await backend.api.getDeskSync({})).toMatchObject({ ok: true, value: { configured: false, running: false } });
      // Turning sync off leaves every article where it is, the colleague's too.
      const afterwards = await backend.api.listArticles({});
      expect(afterwards.ok && afterwards.value.articles.map((article) => article.id)).toEqual(listed.ok ? listed.value.articles.map((article) => article.id) : []);
    } finally {
      stopWatching();
      await backend.close();
      await other.remove();
      await folder.remove();
    }
  }, 60_000);
});

describe('who edits what, across the desk', () => {
  it('signs every edit with the author and the machine, shows it on the others, and says which stories are open elsewhere while that machine’s heartbeat is fresh', async () => {
    let clock = Date.parse('2026-11-30T09:00:00.000Z');
    const now = () => new Date(clock);
    const later = (seconds: number) => (clock += seconds * 1000);
    const desk = { url: `${serverUrl}/presence-desk`, user: '', allowPlainHttp: false, share: 'all' as const, sections: [], tags: [] };
    await (overHttp('presence-desk') as unknown as { info(): Promise<unknown> }).info();
    const open = async (machineName: string, authorName: string) => {
      const folder = await temporaryDirectory();
      const opened = await createNewsroomBackend({ settingsDirectory: folder.path, transport: 'http', version: '0.0.0-test', openStore: openConfStore, tasks: inProcessTaskRunner, syncPasswords: sessionPasswordStore(), now, machineName });
      if (!opened.ok) throw new Error(opened.error.message);
      const stop = opened.value.watchForChanges();
      await opened.value.api.updateSettings({ changes: { authorName, deskSync: desk } });
      return { api: opened.value.api, close: async () => (stop(), await opened.value.close(), await folder.remove()) };
    };
    const [a, b] = [await open('desk-a', 'سارة'), await open('laptop-b', 'كريم')];
    const summaryOn = async (machine: typeof a, id: string) => {
      const listed = await machine.api.listArticles({});
      return listed.ok ? listed.value.articles.find((summary) => summary.id === id) : undefined;
    };
    const editingOn = async (machine: typeof a) => {
      const status = await machine.api.getDeskSync({});
      return status.ok ? status.value.editing : undefined;
    };
    try {
      const created = await a.api.createArticle({ headline: 'لقاء في سوتشي' });
      if (!created.ok) throw new Error(created.error.message);
      const id = created.value.id;
      expect(created.value.editedBy).toEqual({ name: 'سارة', machine: 'desk-a' });
      // A's window has the story open and says so.
      await a.api.getDeskSync({ open: id });
      await a.api.syncDeskNow({});
      later(5);
      await b.api.syncDeskNow({});
      expect((await summaryOn(b, id))?.editedBy).toEqual({ name: 'سارة', machine: 'desk-a' });
      expect(await editingOn(b)).toEqual([{ id, name: 'سارة', machine: 'desk-a', at: '2026-11-30T09:00:00.000Z' }]);
      // Nobody has it open on B: A is told of no one.
      expect(await editingOn(a)).toEqual([]);

      // B edits it all the same (a warning, not a lock): signed by B; the version it replaced keeps A's name in B's History.
      later(5);
      const onB = await b.api.getArticle({ id });
      if (!onB.ok) throw new Error(onB.error.message);
      const saved = await b.api.saveArticle({ id, baseRevision: onB.value.revision, changes: { headline: 'لقاء في سوتشي: اتفاق' } });
      expect(saved.ok && saved.value.editedBy).toEqual({ name: 'كريم', machine: 'laptop-b' });
      const history = await b.api.listRevisions({ id });
      expect(history.ok && history.value[0]?.editedBy).toEqual({ name: 'سارة', machine: 'desk-a' });
      await b.api.syncDeskNow({});
      later(5);
      await a.api.syncDeskNow({});
      expect((await summaryOn(a, id))?.editedBy).toEqual({ name: 'كريم', machine: 'laptop-b' });

      // A's window closes the story: once it has not said so for a while, A's next heartbeat names nothing.
      later(40);
      await a.api.syncDeskNow({});
      later(5);
      await b.api.syncDeskNow({});
      expect(await editingOn(b)).toEqual([]);

      // Open again, then A goes quiet (closed, offline): its heartbeat goes stale on B without another word.
      await a.api.getDeskSync({ open: id });
      await a.api.syncDeskNow({});
      await b.api.syncDeskNow({});
      expect((await editingOn(b))?.map((editing) => editing.id)).toEqual([id]);
      later(150);
      expect(await editingOn(b)).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  }, 60_000);
});

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the real CLI in a child process; asynchronously, so the server in this process keeps answering. */
async function newsroom(argumentList: string[], environment: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(root, 'cli', 'newsroom.ts'), ...argumentList], {
      cwd: root,
      env: { ...process.env, NEWSROOM_DATA_DIR: '', ...environment },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('newsroom sync', () => {
  it('marks a story in conflict in the app’s listing until the journalist resolves it, by keeping this version or restoring the other', async () => {
    const folder = await temporaryDirectory();
    const other = await machine('conflict-desk');
    await (overHttp('conflict-desk') as unknown as { info(): Promise<unknown> }).info();
    const opened = await createNewsroomBackend({ settingsDirectory: folder.path, transport: 'http', version: '0.0.0-test', openStore: openConfStore, tasks: inProcessTaskRunner, syncPasswords: sessionPasswordStore() });
    if (!opened.ok) throw new Error(opened.error.message);
    const backend = opened.value;
    const stopWatching = backend.watchForChanges();
    const conflictsOf = async () => {
      const listed = await backend.api.listArticles({ limit: 1 });
      if (!listed.ok) throw new Error(listed.error.message);
      return listed.value.conflicts;
    };
    try {
      await backend.api.updateSettings({ changes: { deskSync: { url: `${serverUrl}/conflict-desk`, user: '', allowPlainHttp: false, share: 'all' as const, sections: [], tags: [] } } });
      const created = await other.library.create({ headline: 'الأصل' });
      if (!created.ok) throw new Error(created.error.message);
      const id = created.value.id;
      await other.sync.once();
      await backend.api.syncDeskNow({});
      // Edited on both machines before either synced again.
      const there = await other.library.get(id);
      const here = await backend.api.getArticle({ id });
      if (!there.ok || !here.ok) throw new Error('not synced');
      await other.library.save(id, there.value.revision, { headline: 'نسخة الزميل' });
      await backend.api.saveArticle({ id, baseRevision: here.value.revision, changes: { headline: 'نسختي' } });
      expect(await conflictsOf()).toEqual([]);
      await other.sync.once();
      const round = await backend.api.syncDeskNow({});
      expect(round.ok && round.value.state?.report.conflicts).toEqual([id]);

      // Marked, in the data folder (where a restarted app, or another process, finds it).
      expect(await conflictsOf()).toEqual([id]);
      expect(await new ConflictMarks(folder.path).list()).toEqual([id]);
      // Restoring the other version from History resolves it.
      const current = await backend.api.getArticle({ id });
      const history = await backend.api.listRevisions({ id });
      const conflicting = history.ok ? history.value.find((entry) => entry.reason === 'conflict') : undefined;
      if (!current.ok || !conflicting) throw new Error('no conflicting copy in History');
      const restored = await backend.api.restoreRevision({ id, revision: conflicting.revision, baseRevision: current.value.revision });
      expect(restored.ok && restored.value.headline).toBe(conflicting.headline);
      expect(await conflictsOf()).toEqual([]);

      // A mark from a CLI sync of the same folder shows too, and "resolved" clears it.
      await new ConflictMarks(folder.path).mark([id], new Date());
      expect(await conflictsOf()).toEqual([id]);
      expect(await backend.api.resolveConflict({ id })).toEqual({ ok: true, value: { id, resolved: true } });
      expect(await conflictsOf()).toEqual([]);
      expect(await backend.api.resolveConflict({ id })).toEqual({ ok: true, value: { id, resolved: false } });
    } finally {
      stopWatching();
      await backend.close();
      await other.remove();
      await folder.remove();
    }
  });

  it('sends one data folder’s stories to the desk and brings them into another, reporting as JSON', async () => {
    const [first, second] = [await temporaryDirectory(), await temporaryDirectory()];
    try {
      const remote = `${serverUrl}/desk-cli`;
      const story = path.join(first.path, 'story.txt');
      await writeFile(story, 'خبر من سطر الأوامر\n\nعمّان - نص الخبر.');
      expect((await newsroom(['--data', first.path, 'import', story])).status).toBe(0);
      // The new library's untouched sample story stays home: only the imported story goes.
      const sent = await newsroom(['--data', first.path, 'sync', '--remote', remote, '--json']);
      expect(sent.status, sent.stderr).toBe(0);
      expect(JSON.parse(sent.stdout)).toEqual({ sent: 1, received: 0, conflicts: [], errors: [], reached: true, refused: false, waiting: 0 });
      // The second machine has the desk database in its settings: no --remote needed.
      await writeFile(path.join(second.path, 'settings.json'), JSON.stringify({ schemaVersion: 5, deskSync: { url: remote, user: '', allowPlainHttp: false } }));
      const received = await newsroom(['--data', second.path, 'sync', '--json']);
      expect(JSON.parse(received.stdout)).toMatchObject({ received: 1, conflicts: [], errors: [] });
      const listed = JSON.parse((await newsroom(['--data', second.path, 'list', '--json'])).stdout) as Array<{ headline: string }>;
      expect(listed.map((row) => row.headline).sort()).toEqual(['خبر من سطر الأوامر', 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا']);
    } finally {
      await first.remove();
      await second.remove();
    }
  }, 60_000);

  it('killed in the middle of sending, loses nothing, duplicates nothing, and the next run resumes from its checkpoint', async () => {
    const folder = await temporaryDirectory();
    const app = express();
    let phase: 'first run' | 'second run' = 'first run';
    let bulkWrites = 0;
    const compared = { 'first run': 0, 'second run': 0 };
    let child: ReturnType<typeof spawn> | undefined;
    // What the replicator asks the desk about (one id per story it has not checkpointed as sent).
    app.post('/:database/_revs_diff', (request, response, next) => {
      express.json({ limit: '50mb' })(request, response, () => {
        compared[phase] += Object.keys(request.body as object).length;
        next();
      });
    });
    app.use((request, _response, next) => {
      if (phase === 'first run' && request.method === 'POST' && request.path.endsWith('/_bulk_docs') && (bulkWrites += 1) === 2) {
        // The second batch is on its way when the process is killed (a crash, a power cut): no goodbye.
        child?.kill('SIGKILL');
        request.socket.destroy();
        return;
      }
      next();
    });
    app.use('/', expressPouchdb(InMemory, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
    const running = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => running.once('listening', resolve));
    const remote = `http://127.0.0.1:${(running.address() as AddressInfo).port}/killed-desk`;
    try {
      const library = new ArticleLibrary({ directory: folder.path });
      await library.open();
      const stories = 250;
      for (let number = 0; number < stories; number += 1) await library.create({ headline: `خبر رقم ${number}` });

      child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'cli', 'newsroom.ts'), '--data', folder.path, 'sync', '--remote', remote, '--json'], { cwd: root, env: { ...process.env, NEWSROOM_DATA_DIR: '' }, stdio: 'ignore' });
      const [, signal] = (await new Promise((resolve) => child!.once('exit', (...ended) => resolve(ended)))) as [number | null, string | null];
      expect(signal).toBe('SIGKILL');
      expect(bulkWrites).toBe(2);

      // Edited while no sync ran.
      const listed = await library.list();
      const edited = listed.ok ? listed.value.articles.find((summary) => summary.headline === 'خبر رقم 7') : undefined;
      if (!edited) throw new Error('story 7 not listed');
      expect((await library.save(edited.id, edited.revision, { headline: 'خبر رقم 7: تعديل بعد الانقطاع' })).ok).toBe(true);

      phase = 'second run';
      const resumed = await newsroom(['--data', folder.path, 'sync', '--remote', remote, '--json']);
      expect(resumed.status, resumed.stderr).toBe(0);
      expect(JSON.parse(resumed.stdout)).toMatchObject({ reached: true, errors: [], waiting: 0 });
      // The first batch (100 stories) was checkpointed before the kill: it is not compared with the
      // desk again, only the rest and the story edited since.
      expect(compared['first run']).toBeGreaterThanOrEqual(100);
      expect(compared['second run']).toBeGreaterThan(0);
      expect(compared['second run']).toBeLessThanOrEqual(stories - 100 + 1);

      // Another machine gets every story once, the edit included.
      const reader = new ArticleLibrary({ directory: path.join(folder.path, 'reader') });
      await reader.open();
      const readerSync = new DeskSync(reader, new InMemory(`killed-reader-${Date.now()}`) as unknown as DeskDatabase<DeskRecord>, new PouchDB(remote) as unknown as DeskDatabase<DeskRecord>);
      expect(await readerSync.once()).toMatchObject({ received: stories, errors: [] });
      const arrived = await reader.list();
      const headlines = arrived.ok ? arrived.value.articles.map((summary) => summary.headline) : [];
      expect(headlines).toHaveLength(stories);
      expect(new Set(headlines).size).toBe(stories);
      expect(headlines).toContain('خبر رقم 7: تعديل بعد الانقطاع');
    } finally {
      child?.kill('SIGKILL');
      running.close();
      running.closeAllConnections();
      await folder.remove();
    }
  }, 90_000);

  it('with --watch, reports a line per round until interrupted, then closes and exits 0', async () => {
    const folder = await temporaryDirectory();
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'cli', 'newsroom.ts'), '--data', folder.path, 'sync', '--remote', `${serverUrl}/desk-watch`, '--watch', '--every', '1', '--json'], {
        cwd: root,
        env: { ...process.env, NEWSROOM_DATA_DIR: '' },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      await expect.poll(() => output.split('\n').filter(Boolean).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      const rounds = output.split('\n').filter(Boolean).map((line) => JSON.parse(line) as SyncState);
      expect(rounds[0]).toMatchObject({ report: { reached: true, errors: [] }, nextRoundInSeconds: 1, syncedAt: expect.any(String) });
      expect(rounds[1]).toMatchObject({ report: { reached: true, sent: 0, received: 0 } });
    } finally {
      await folder.remove();
    }
  }, 60_000);

  it('while a CLI sync holds the folder, the app says its sync database could not be opened, and goes on', async () => {
    const folder = await temporaryDirectory();
    const remote = `${serverUrl}/taken-desk`;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'cli', 'newsroom.ts'), '--data', folder.path, 'sync', '--remote', remote, '--watch', '--every', '60'], {
      cwd: root,
      env: { ...process.env, NEWSROOM_DATA_DIR: '' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      await expect.poll(() => output, { timeout: 30_000 }).toContain('sent');
      await writeFile(path.join(folder.path, 'settings.json'), JSON.stringify({ schemaVersion: 5, deskSync: { url: remote, user: '', allowPlainHttp: false } }));
      const opened = await createNewsroomBackend({ settingsDirectory: folder.path, transport: 'http', version: '0.0.0-test', openStore: openConfStore, tasks: inProcessTaskRunner, syncPasswords: sessionPasswordStore() });
      if (!opened.ok) throw new Error(opened.error.message);
      const stopWatching = opened.value.watchForChanges();
      try {
        const problem = async () => {
          const status = await opened.value.api.getDeskSync({});
          return status.ok ? (status.value.problem?.message ?? '') : '';
        };
        await expect.poll(problem, { timeout: 10_000 }).toContain('could not be opened');
        expect(await opened.value.api.getDeskSync({})).toMatchObject({ ok: true, value: { configured: true, running: false, problem: { kind: 'local-database' } } });
        expect((await opened.value.api.listArticles({})).ok).toBe(true);
      } finally {
        stopWatching();
        await opened.value.close();
      }
    } finally {
      child.kill('SIGINT');
      await exited;
      await folder.remove();
    }
  }, 60_000);

  it('refuses plain http to another machine, and a missing server, with one line each', async () => {
    const folder = await temporaryDirectory();
    try {
      const plain = await newsroom(['--data', folder.path, 'sync', '--remote', 'http://desk.example.org/newsroom']);
      expect(plain.status).toBe(1);
      expect(plain.stderr).toContain('would send the password unencrypted');
      const missing = await newsroom(['--data', folder.path, 'sync']);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('--remote');
    } finally {
      await folder.remove();
    }
  }, 60_000);
});
