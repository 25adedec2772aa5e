import type { DeskSyncStatus } from '../../core/api/api-contract';
import { serialQueue } from '../../core/serial-queue';
import { failure, success, type ApiResult } from '../../core/api/api-error';
import type { DeskSyncSettings } from '../../core/settings/settings-schema';
import type { ArticleLibrary } from '../library/article-library';
import type { ArticleId } from '../../core/article/article-schema';
import type { DeskSync, SyncState, SyncWatcher } from './desk-sync';
import { machineId } from './machine-id';
import { checkDeskServer, loadPouchDB, openDeskSync, remoteDatabase, type DeskServer } from './open-desk-sync';
import { syncFailure } from './sync-failure';
import type { SyncPasswordStore } from './sync-password-store';

export interface DeskSyncServiceOptions {
  readonly library: ArticleLibrary;
  readonly dataDirectory: string;
  readonly settings: () => DeskSyncSettings;
  readonly passwords: SyncPasswordStore;
  /** Called after each round that wrote articles into the library, so the window and the search index follow. */
  readonly onArrivals: () => void;
  readonly everySeconds?: number;
  /** Who this machine's heartbeat names: the author in the settings and the machine's name. */
  readonly who?: () => { readonly name: string; readonly machine: string };
  readonly now?: () => Date;
}

/** A window that has said an article is open keeps it open here this long without saying so again (windows say so every 10 s). */
const openForMilliseconds = 30_000;
/** Another machine's heartbeat older (or further ahead, for a clock set wrong) than this says nothing any more. */
const heartbeatFreshMilliseconds = 120_000;

/**
 * Desk sync as a long-running app runs it: started when a desk database is set, round after round
 * in the background, restarted when its settings or password change, stopped when the app closes.
 */
export class DeskSyncService {
  private watcher: { readonly sync: SyncWatcher; readonly desk: DeskSync; readonly close: () => Promise<void> } | undefined;
  /** The stories this host's windows have open, with when each window last said so. */
  private readonly openHere = new Map<ArticleId, number>();
  private state: SyncState | undefined;
  private problem: DeskSyncStatus['problem'];
  private readonly queue = serialQueue();
  /** Only a long-running host syncs (start()); a CLI command that opens the back end never does. */
  private active = false;

  constructor(private readonly options: DeskSyncServiceOptions) {}

  /** Starts syncing in the background, now and whenever the settings or the password change. */
  start(): Promise<DeskSyncStatus> {
    this.active = true;
    return this.restart();
  }

  /** Stops any running sync and, in a host that started it, starts again with the current settings and password (not at all when no server is set). */
  restart(): Promise<DeskSyncStatus> {
    return this.queue.run(async () => {
      await this.stopWatching();
      this.state = undefined;
      this.problem = undefined;
      const settings = this.options.settings();
      if (!this.active || !settings.url) return this.status();
      // The local database may be held by another process (a CLI sync) or, in a packaged app, its binding missing: said, never thrown.
      const who = this.options.who;
      // Without an id (the data folder unwritable) the machine syncs without a heartbeat.
      const id = who ? await machineId(this.options.dataDirectory).catch(() => undefined) : undefined;
      const presence = who && id ? { machineId: id, heartbeat: () => ({ ...who(), articles: this.openArticles() }) } : undefined;
      const opened = await openDeskSync(this.options.library, this.options.dataDirectory, await this.serverFrom(settings), { share: settings, ...(presence ? { presence } : {}), ...(this.options.now ? { now: this.options.now } : {}) }).catch(
        (error: unknown) => ({ ok: false, error: { code: 'storage', message: `The local sync database could not be opened: ${error instanceof Error ? error.message : String(error)}` } }) as const,
      );
      if (!opened.ok) {
        this.problem = { kind: opened.error.code === 'invalid-input' ? 'server-address' : 'local-database', message: opened.error.message };
        return this.status();
      }
      const watching = opened.value.sync.watch({
        everySeconds: this.options.everySeconds ?? 30,
        onRound: (state) => {
          this.state = state;
          if (state.report.received > 0) this.options.onArrivals();
        },
      });
      this.watcher = { sync: watching, desk: opened.value.sync, close: opened.value.close };
      return this.status();
    });
  }

  /** Notes that a window has this story open (it says so again while it stays open), for this machine's heartbeat at the desk. */
  noteOpen(id: ArticleId): void {
    this.openHere.set(id, this.now().getTime());
    // Pruned here too: without a desk, no round would ever prune it.
    this.openArticles();
  }

  /** The stories open in this host's windows now. */
  private openArticles(): ArticleId[] {
    const now = this.now().getTime();
    for (const [id, at] of this.openHere) if (now - at > openForMilliseconds) this.openHere.delete(id);
    return [...this.openHere.keys()].sort();
  }

  /** The stories open on other machines whose heartbeat is fresh: who, on which machine, as of when. */
  private editingElsewhere(): DeskSyncStatus['editing'] {
    const now = this.now().getTime();
    const fresh = (this.watcher?.desk.otherMachines() ?? []).filter((beat) => Math.abs(now - Date.parse(beat.at)) <= heartbeatFreshMilliseconds);
    return fresh.flatMap((beat) => beat.articles.map((id) => ({ id, name: beat.name, machine: beat.machine, at: beat.at })));
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  /** Where sync stands now. */
  async status(): Promise<DeskSyncStatus> {
    return {
      editing: this.editingElsewhere(),
      configured: this.options.settings().url !== '',
      running: this.watcher !== undefined,
      hasPassword: (await this.options.passwords.read()) !== undefined,
      passwordKept: this.options.passwords.kept,
      ...(this.state ? { state: { ...this.state, report: { ...this.state.report, conflicts: [...this.state.report.conflicts], errors: [...this.state.report.errors] } } } : {}),
      ...(this.problem ? { problem: this.problem } : {}),
    };
  }

  /** Runs a round now and answers when it is done. */
  async syncNow(): Promise<DeskSyncStatus> {
    await this.queue.idle();
    if (!this.watcher) await this.restart();
    if (this.watcher) await this.watcher.sync.roundNow();
    return this.status();
  }

  /** Keeps a new password and starts over with it. */
  async changePassword(password: string): Promise<DeskSyncStatus> {
    await this.options.passwords.write(password);
    return this.restart();
  }

  /**
   * Whether a desk database answers with these details: its name and how many documents it holds.
   * Without a password given, the kept one goes only to the server it was kept for, never to another address.
   */
  async test(settings: DeskSyncSettings, password?: string): Promise<ApiResult<{ readonly database: string; readonly documents: number }>> {
    const sameServer = sameOrigin(settings.url, this.options.settings().url);
    const server = await this.serverFrom(settings, password ?? (sameServer ? undefined : ''));
    const checked = checkDeskServer(server);
    if (!checked.ok) return checked;
    const remote = remoteDatabase(await loadPouchDB(), checked.value, server, { skipSetup: true });
    try {
      const info = (await remote.info()) as { readonly db_name?: unknown; readonly doc_count?: unknown; readonly error?: unknown };
      // Told not to create the database, PouchDB hands CouchDB's error body back instead of throwing.
      if (info.error === 'unauthorized' || info.error === 'forbidden') return failure('unauthorized', syncFailure({ status: info.error === 'forbidden' ? 403 : 401 }).message);
      if (typeof info.db_name !== 'string' || typeof info.doc_count !== 'number') return missingDatabase(checked.value);
      return success({ database: info.db_name, documents: info.doc_count });
    } catch (error) {
      if (typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404) return missingDatabase(checked.value);
      const failed = syncFailure(error);
      return failure(failed.refused ? 'unauthorized' : 'transport', failed.message);
    } finally {
      await remote.close().catch(() => undefined);
    }
  }

  /** Stops syncing (the app is closing). */
  close(): Promise<void> {
    this.active = false;
    return this.queue.run(() => this.stopWatching());
  }

  private async serverFrom(settings: DeskSyncSettings, password?: string): Promise<DeskServer> {
    return { url: settings.url, user: settings.user || undefined, password: password ?? (await this.options.passwords.read()), allowPlainHttp: settings.allowPlainHttp };
  }

  private async stopWatching(): Promise<void> {
    const watcher = this.watcher;
    this.watcher = undefined;
    if (!watcher) return;
    await watcher.sync.stop();
    await watcher.close();
  }

}

function missingDatabase(address: URL): ApiResult<never> {
  return failure('not-found', `The desk server answered, but it holds no database at ${address.pathname}; the desk's administrator creates it.`);
}

function sameOrigin(first: string, second: string): boolean {
  try {
    return new URL(first).origin === new URL(second).origin;
  } catch {
    return false;
  }
}
