import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import path from 'node:path';
import express from 'express';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleLibrary } from '../../services/library/article-library';
import type { DeskDatabase } from '../../services/sync/desk-database';
import { DeskSync, type DeskDocument } from '../../services/sync/desk-sync';
import { temporaryDirectory } from '../support/temporary-directory';

PouchDB.plugin(memoryAdapter);
const InMemory = PouchDB.defaults({ adapter: 'memory' });

// A CouchDB-compatible server on this machine: express-pouchdb on the in-memory adapter, on Express 4.
let server: ReturnType<ReturnType<typeof express>['listen']>;
let serverUrl: string;
beforeAll(async () => {
  const app = express();
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

  it('refuses a document from the server that is not a valid article, and writes nothing for it', async () => {
    const b = await machine('desk-three');
    try {
      const desk = new PouchDB(`${serverUrl}/desk-three`);
      await desk.put({ _id: 'article:7b0e4c4e-1111-4222-8333-944445555666', article: { headline: '<script>alert(1)</script>', body: { type: 'doc', content: [{ type: 'script' }] } } });
      const report = await b.sync.once();
      expect(report.received).toBe(0);
      expect(report.errors.join('\n')).toContain('7b0e4c4e-1111-4222-8333-944445555666: refused from the desk');
      const listed = await b.library.list();
      expect(listed.ok && listed.value.articles).toEqual([]);
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
  it('sends one data folder’s stories to the desk and brings them into another, reporting as JSON', async () => {
    const [first, second] = [await temporaryDirectory(), await temporaryDirectory()];
    try {
      const remote = `${serverUrl}/desk-cli`;
      const sent = await newsroom(['--data', first.path, 'sync', '--remote', remote, '--json']);
      expect(sent.status, sent.stderr).toBe(0);
      expect(JSON.parse(sent.stdout)).toEqual({ sent: 1, received: 0, conflicts: [], errors: [] });
      const received = await newsroom(['--data', second.path, 'sync', '--remote', remote, '--json']);
      expect(JSON.parse(received.stdout)).toMatchObject({ received: 1, conflicts: [], errors: [] });
      const listed = JSON.parse((await newsroom(['--data', second.path, 'list', '--json'])).stdout) as unknown[];
      expect(listed).toHaveLength(2);
    } finally {
      await first.remove();
      await second.remove();
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
