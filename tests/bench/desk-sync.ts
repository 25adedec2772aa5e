// Desk sync between two machines on this one: articles per second sent to the desk and pulled by a
// fresh machine, through a CouchDB-compatible server (express-pouchdb in memory) over HTTP, each
// machine with its real local LevelDB database and library.
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import express from 'express';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import { ArticleLibrary } from '../../services/library/article-library';
import { openDeskSync } from '../../services/sync/open-desk-sync';
import { recordFigures } from './record-figures';
import { writeBenchLibrary, wordsPerArticle } from './write-bench-library';

const articleCount = Number(process.env.BENCH_SYNC_ARTICLES ?? 10_000);

PouchDB.plugin(memoryAdapter);
const app = express();
app.use('/', expressPouchdb(PouchDB.defaults({ adapter: 'memory' }), { mode: 'minimumForPouchDB', inMemoryConfig: true }));
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const remote = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bench-desk`;

/** One machine's round with the desk, timed. */
async function round(directory: string): Promise<{ seconds: number; sent: number; received: number }> {
  const library = new ArticleLibrary({ directory, keepsIndex: true });
  await library.open();
  const opened = await openDeskSync(library, directory, { url: remote });
  if (!opened.ok) throw new Error(opened.error.message);
  const started = performance.now();
  const report = await opened.value.sync.once();
  const seconds = (performance.now() - started) / 1000;
  await opened.value.close();
  if (report.errors.length > 0) throw new Error(report.errors.join('\n'));
  return { seconds, sent: report.sent, received: report.received };
}

const [sender, receiver] = [await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-sync-a-')), await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-sync-b-'))];
try {
  process.stdout.write(`desk sync: writing ${articleCount.toLocaleString('en')} articles of ~${wordsPerArticle} words…\n`);
  await writeBenchLibrary(sender, articleCount);
  const sent = await round(sender);
  const pulled = await round(receiver);
  // The first round after a pull still sends the pulled documents' revisions back for the desk to confirm; the next is the steady state.
  await round(receiver);
  const again = await round(receiver);
  process.stdout.write(
    `desk sync (${articleCount.toLocaleString('en')} articles): sent to the desk in ${sent.seconds.toFixed(1)} s (${Math.round(sent.sent / sent.seconds)} articles/s), ` +
      `a fresh machine pulled them in ${pulled.seconds.toFixed(1)} s (${Math.round(pulled.received / pulled.seconds)} articles/s), ` +
      `a round with nothing new ${(again.seconds * 1000).toFixed(0)} ms\n`,
  );
  await recordFigures('deskSync', {
    articles: articleCount,
    sendSeconds: sent.seconds,
    sendArticlesPerSecond: sent.sent / sent.seconds,
    pullSeconds: pulled.seconds,
    pullArticlesPerSecond: pulled.received / pulled.seconds,
    idleRoundMs: again.seconds * 1000,
  });
} finally {
  server.close();
  await Promise.all([sender, receiver].map((directory) => rm(directory, { recursive: true, force: true })));
}
