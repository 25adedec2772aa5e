import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { failure, success, type ApiResult } from '../../core/api/api-error';
import type { DeskShareRule } from '../../core/settings/settings-schema';
import type PouchDB from 'pouchdb';
import type { ArticleLibrary } from '../library/article-library';
import type { DeskDatabase } from './desk-database';
import { DeskSync, type DeskRecord, type PresenceSource } from './desk-sync';
import { ConflictMarks } from './conflict-marks';
import { MediaStore } from '../library/media-store';

export interface DeskServer {
  /** The desk database's address, e.g. https://desk.example.org/newsroom. */
  readonly url: string;
  readonly user?: string;
  readonly password?: string;
  /** Plain http to another machine sends the password in the clear: only when the journalist says so. */
  readonly allowPlainHttp?: boolean;
}

/** PouchDB and its LevelDB binding load only when a desk is set: the app starts without them, and the desktop bundle keeps the native binding outside. */
export async function loadPouchDB(): Promise<PouchConstructor> {
  return (await import('pouchdb')).default;
}

type PouchConstructor = typeof PouchDB;

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The desk server's address checked: http(s) only, TLS for anything but this machine unless allowed. */
export function checkDeskServer(server: DeskServer): ApiResult<URL> {
  let address: URL;
  try {
    address = new URL(server.url);
  } catch {
    return failure('invalid-input', `"${server.url}" is not a server address; it looks like https://desk.example.org/newsroom.`);
  }
  if (address.protocol !== 'https:' && address.protocol !== 'http:') return failure('invalid-input', 'The desk server is reached over https (or http on this machine).');
  if (address.username || address.password) return failure('invalid-input', 'Give the user separately; a password never goes in the address.');
  if (address.protocol === 'http:' && !localHosts.has(address.hostname) && !server.allowPlainHttp) {
    return failure('invalid-input', `Plain http to ${address.hostname} would send the password unencrypted; use https, or allow it explicitly.`);
  }
  return success(address);
}

/** The desk's database over HTTP, with the user and password when there is a user; skipSetup: never create it. */
export function remoteDatabase(PouchDB: PouchConstructor, address: URL, server: DeskServer, options: { readonly skipSetup?: boolean } = {}): InstanceType<PouchConstructor> {
  return new PouchDB(address.href, { ...(server.user ? { auth: { username: server.user, password: server.password ?? '' } } : {}), ...(options.skipSetup ? { skip_setup: true } : {}) });
}

/** The desk sync of a data folder: its local database in <data>/sync/ (LevelDB) and the desk's over HTTP; with presence, this machine's heartbeat goes with each round. */
export async function openDeskSync(
  library: ArticleLibrary,
  dataDirectory: string,
  server: DeskServer,
  options: { readonly share?: DeskShareRule; readonly presence?: PresenceSource; readonly now?: () => Date } = {},
): Promise<ApiResult<{ readonly sync: DeskSync; readonly close: () => Promise<void> }>> {
  const checked = checkDeskServer(server);
  if (!checked.ok) return checked;
  const folder = path.join(dataDirectory, 'sync');
  await mkdir(folder, { recursive: true });
  const PouchDB = await loadPouchDB();
  const local = new PouchDB(path.join(folder, 'local'));
  try {
    // PouchDB opens lazily: a database another process holds only fails at its first use, so it is used here.
    await local.info();
  } catch (error) {
    return failure('storage', `The local sync database could not be opened (is another Newsroom syncing this folder?): ${error instanceof Error ? error.message : String(error)}`);
  }
  const remote = remoteDatabase(PouchDB, checked.value, server);
  const sync = new DeskSync(library, local as unknown as DeskDatabase<DeskRecord>, remote as unknown as DeskDatabase<DeskRecord>, { marks: new ConflictMarks(dataDirectory), media: new MediaStore(path.join(dataDirectory, 'media')), ...options });
  return success({ sync, close: async () => void (await Promise.all([local.close().catch(() => undefined), remote.close().catch(() => undefined)])) });
}
