import { createHash } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ArticleIdSchema, type Article } from '../../core/article/article-schema';
import { sameExceptRevision } from '../../core/article/same-except-revision';
import { isMediaSource } from '../../core/document/media-source';
import { mediaSourcesOf } from '../../core/document/media-sources-of';
import { isUntouchedSample } from '../../core/sample/is-untouched-sample';
import type { DeskShareRule } from '../../core/settings/settings-schema';
import { deskPullSelector } from '../../core/sync/desk-pull-selector';
import { isInDeskSubscription, isSharedWithDesk } from '../../core/sync/is-shared-with-desk';
import type { ArticleLibrary } from '../library/article-library';
import type { MediaStore } from '../library/media-store';
import type { ConflictMarks } from './conflict-marks';
import type { DeskDatabase } from './desk-database';
import { HeartbeatSchema } from './heartbeat-schema';
import { syncFailure } from './sync-failure';
import { contentTypeOf } from '../static/content-type-of';

/** An article as the desk database holds it: the article without this machine's revision counter. */
export interface DeskDocument {
  readonly article: Omit<Article, 'revision'>;
}

/** A machine's heartbeat at the desk: who works there and which stories are open in its windows, as of when. */
export interface Heartbeat {
  readonly name: string;
  readonly machine: string;
  readonly articles: readonly string[];
  readonly at: string;
}

/** What a deleted story leaves in the desk database: its section and tags, so that machines following those get the deletion. */
export interface DeskTombstone {
  readonly _deleted: true;
  readonly article: Pick<Article, 'section' | 'tags'>;
}

/** An image the desk's stories show, once per content hash (media:<sha256>.<ext>), its bytes as the attachment "file". */
export interface DeskMedia {
  readonly media: { readonly name: string };
  readonly _attachments?: Readonly<Record<string, { readonly content_type: string; readonly data: Buffer } | { readonly stub: true }>>;
}

/** What the desk database holds: articles (article:<id>), their tombstones, images (media:<name>), and each machine's heartbeat (presence:<machine id>). */
export type DeskRecord = DeskDocument | DeskTombstone | DeskMedia | { readonly presence: Heartbeat };

/** Whether a record from the database is a story (not a heartbeat, not a deletion). */
function isStory(record: DeskRecord): record is DeskDocument {
  return 'article' in record && !('_deleted' in record && record._deleted);
}

/** This machine's presence at the desk: its id (one per data folder), who it signs as, and the stories open here now. */
export interface PresenceSource {
  readonly machineId: string;
  readonly heartbeat: () => Omit<Heartbeat, 'at'>;
}

/** What one sync did, for the CLI's --json and the app's sync state. */
export interface SyncReport {
  readonly sent: number;
  readonly received: number;
  readonly conflicts: readonly string[];
  readonly errors: readonly string[];
  /** Whether the desk server answered (false: offline, unreachable or refusing the credentials). */
  readonly reached: boolean;
  /** Whether it answered by refusing the user name or password. */
  readonly refused: boolean;
  /** This machine's changes not yet at the desk after the round (they go with the next one that reaches it). */
  readonly waiting: number;
}

/** Where a watching sync stands after each round: when it last completed, since when the desk has been out of reach, when it tries next. */
export interface SyncState {
  readonly report: SyncReport;
  readonly syncedAt?: string;
  readonly offlineSince?: string;
  readonly nextRoundInSeconds: number;
}

export interface DeskSyncOptions {
  /** Where stories found in conflict are marked until resolved; none, nothing is marked. */
  readonly marks?: ConflictMarks;
  /** Which stories go to the desk (by status, section and tag) and which come from it (by section and tag); all when absent. */
  readonly share?: DeskShareRule;
  /** Sends this machine's heartbeat with each round and keeps the other machines'; none, presence is neither sent nor read. */
  readonly presence?: PresenceSource;
  /** Where the library's images are (media/); none, images neither go nor come. */
  readonly media?: MediaStore;
  readonly now?: () => Date;
}

/** A sync going on round after round. */
export interface SyncWatcher {
  /** Starts a round now (after the one running, if any) and answers with its outcome (after stop: the last round's, if any). */
  readonly roundNow: () => Promise<SyncState | undefined>;
  readonly stop: () => Promise<void>;
}

export interface WatchOptions {
  /** Seconds between rounds while the desk answers. */
  readonly everySeconds: number;
  /** The longest wait between retries while it does not (each failure doubles the wait up to this). */
  readonly longestWaitSeconds?: number;
  readonly onRound: (state: SyncState) => void;
  readonly now?: () => Date;
}

const documentPrefix = 'article:';
const presencePrefix = 'presence:';
const mediaPrefix = 'media:';
/** A heartbeat naming open stories is sent again after this long, so that it stays fresh at the desk. */
const heartbeatRenewMilliseconds = 45_000;
const pullCheckpoint = '_local/newsroom-pull';
/** Each article's updatedAt as last mirrored: a round reads only the article files that changed since. */
const mirrorCheckpoint = '_local/newsroom-mirrored';
/** Where the local database stood when a round last replicated with the desk: what changed after it waits to be sent. */
const pushCheckpoint = '_local/newsroom-pushed';

interface MirrorCheckpoint {
  readonly updated: Record<string, string>;
}

interface PullCheckpoint {
  readonly seq: number | string;
}

type PushCheckpoint = PullCheckpoint;

/**
 * The bridge between the article files and the desk: the files stay the source of truth; a local
 * PouchDB database mirrors them and replicates with the desk's CouchDB. What arrives is written back
 * through the library (locks, History, index) like any save; when two machines changed the same
 * article, CouchDB's winner becomes the text and the other version is kept in History.
 */
export class DeskSync {
  constructor(
    private readonly library: ArticleLibrary,
    private readonly local: DeskDatabase<DeskRecord>,
    // A database object, not an address: a string would be opened with the local database's adapter.
    private readonly remote: DeskDatabase<DeskRecord>,
    private readonly options: DeskSyncOptions = {},
  ) {}

  private heartbeats: readonly Heartbeat[] = [];
  /** Whether the desk filters what it sends by a Mango selector (CouchDB 2 and later); false once it said it cannot, and the filtering is done here. */
  private selectorsWork = true;

  private get rule(): DeskShareRule {
    return this.options.share ?? { share: 'all', sections: [], tags: [] };
  }

  /** The other machines' heartbeats as the last round found them (whether each is still fresh is the reader's call). */
  otherMachines(): readonly Heartbeat[] {
    return this.heartbeats;
  }

  /** Sends local changes, replicates both ways once, and writes what arrived into the library. */
  async once(): Promise<SyncReport> {
    const errors: string[] = [];
    await this.mirrorLibrary(errors);
    const beat = await this.writeHeartbeat().catch(() => false);
    let sent = 0;
    let reached = true;
    let refused = false;
    try {
      const replicated = await this.replicate();
      // A heartbeat is not a story sent.
      sent = Math.max(0, (replicated.push?.docs_written ?? 0) - (beat ? 1 : 0));
      await this.recordPushed();
    } catch (error) {
      const failed = syncFailure(error);
      reached = false;
      refused = failed.refused;
      errors.push(failed.message);
    }
    // What arrived before a connection broke is written too: replication keeps its place and goes on from there next time.
    const pulled = await this.applyArrivals(errors);
    this.heartbeats = await this.readHeartbeats().catch(() => this.heartbeats);
    await this.options.marks?.mark(pulled.conflicts, new Date()).catch((error: unknown) => errors.push(`The conflicts could not be marked: ${error instanceof Error ? error.message : String(error)}`));
    return { sent, received: pulled.received, conflicts: pulled.conflicts, errors, reached, refused, waiting: await this.countWaiting() };
  }

  /**
   * Syncs round after round until stopped: every everySeconds while the desk answers, and while it
   * does not, again after a wait that doubles up to longestWaitSeconds — a laptop offline for a day
   * costs nothing and catches up on its first round back.
   */
  watch(options: WatchOptions): SyncWatcher {
    const now = options.now ?? (() => new Date());
    const longest = options.longestWaitSeconds ?? 300;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wake: (() => void) | undefined;
    let failures = 0;
    let waiting: Array<(state: SyncState | undefined) => void> = [];
    // Asked for during a round: that round may have read the library before the change that prompted the ask, so they wait for the next.
    let afterThisRound: Array<(state: SyncState | undefined) => void> = [];
    let inRound = false;
    let syncedAt: string | undefined;
    let offlineSince: string | undefined;
    let last: SyncState | undefined;
    const running = (async () => {
      while (!stopped) {
        inRound = true;
        // A round that fails outright (the local database unreadable, a disk full) is reported like any failed round; the watch goes on.
        const report = await this.once().catch(
          (error: unknown): SyncReport => ({ sent: 0, received: 0, conflicts: [], errors: [`The sync round failed: ${error instanceof Error ? error.message : String(error)}`], reached: false, refused: false, waiting: 0 }),
        );
        if (report.reached) {
          failures = 0;
          syncedAt = now().toISOString();
          offlineSince = undefined;
        } else {
          failures += 1;
          offlineSince ??= now().toISOString();
        }
        const wait = report.reached ? options.everySeconds : Math.min(longest, options.everySeconds * 2 ** failures);
        const state: SyncState = { report, nextRoundInSeconds: wait, ...(syncedAt ? { syncedAt } : {}), ...(offlineSince ? { offlineSince } : {}) };
        last = state;
        options.onRound(state);
        inRound = false;
        for (const resolve of waiting) resolve(state);
        waiting = afterThisRound;
        afterThisRound = [];
        if (stopped) break;
        if (waiting.length > 0) continue;
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, wait * 1000);
        });
      }
    })();
    return {
      roundNow: () =>
        new Promise<SyncState | undefined>((resolve) => {
          // Once stopped there is no next round: the last one answers.
          if (stopped) return resolve(last);
          (inRound ? afterThisRound : waiting).push(resolve);
          wake?.();
        }),
      stop: async () => {
        stopped = true;
        clearTimeout(timer);
        wake?.();
        await running;
        for (const resolve of [...waiting, ...afterThisRound]) resolve(last);
        waiting = [];
        afterThisRound = [];
      },
    };
  }

  /**
   * Replicates both ways once. What comes from the desk is what this machine follows: filtered by the
   * desk's server with a Mango selector, or here when the server cannot (an older or other server).
   * The rule is part of the pull's checkpoint: following a new section fetches its stories from the start.
   */
  private async replicate(): Promise<Awaited<ReturnType<DeskDatabase<DeskRecord>['sync']>>> {
    const rule = this.rule;
    const selector = deskPullSelector(rule);
    if (!selector) return this.local.sync(this.remote);
    const filteredHere = () =>
      this.local.sync(this.remote, {
        pull: {
          // Whatever the server holds reaches this function, a record without an article object too.
          filter: (record) => record._id.startsWith(presencePrefix) || record._id.startsWith(mediaPrefix) || ('article' in record && typeof record.article === 'object' && record.article !== null && isInDeskSubscription(record.article, rule)),
          query_params: { sections: rule.sections.join('\n'), tags: rule.tags.join('\n') },
        },
      });
    if (!this.selectorsWork) return filteredHere();
    try {
      return await this.local.sync(this.remote, { pull: { selector } });
    } catch (error) {
      // A server without selectors answers "not found" or "bad request"; so does a missing
      // database, which the same replication filtered here then reports.
      if (!isNotFoundOrBadRequest(error)) throw error;
      const replicated = await filteredHere();
      this.selectorsWork = false;
      return replicated;
    }
  }

  /** Puts every article changed since it was last mirrored into the local database (when its text differs from its desk document), and marks trashed ones deleted. */
  private async mirrorLibrary(errors: string[]): Promise<void> {
    const listed = await this.library.list();
    if (!listed.ok) {
      errors.push(listed.error.message);
      return;
    }
    const checkpoint = await this.readLocal<MirrorCheckpoint>(mirrorCheckpoint);
    const mirrored: Record<string, string> = { ...checkpoint?.updated };
    let changed = false;
    for (const summary of listed.value.articles) {
      // Not recorded as mirrored: shared once the rule or the story (its status, section, tags) changes.
      if (!isSharedWithDesk(summary, this.rule)) continue;
      if (mirrored[summary.id] === summary.updatedAt) continue;
      const read = await this.library.get(summary.id);
      if (!read.ok) continue;
      mirrored[summary.id] = summary.updatedAt;
      changed = true;
      if (isUntouchedSample(read.value)) continue;
      const { revision: _revision, ...article } = read.value;
      const current = await this.local.get(`${documentPrefix}${summary.id}`).catch(() => undefined);
      if (!current || !isStory(current) || !sameExceptRevision(current.article, article)) {
        await this.mirrorMedia(article.body, errors);
        await this.local.put({ _id: `${documentPrefix}${summary.id}`, ...(current ? { _rev: current._rev } : {}), article });
      }
    }
    const trashed = await this.library.listTrash();
    if (trashed.ok) {
      const listedIds = new Set(listed.value.articles.map((summary) => summary.id));
      for (const entry of trashed.value) {
        if (listedIds.has(entry.id) || mirrored[entry.id] === undefined) continue;
        const current = await this.local.get(`${documentPrefix}${entry.id}`).catch(() => undefined);
        // The tombstone keeps the section and tags: machines following only those are told too.
        const article = current && isStory(current) ? { section: current.article.section, tags: current.article.tags } : { section: '', tags: [] };
        if (current) await this.local.put({ _id: current._id, _rev: current._rev, _deleted: true, article });
        delete mirrored[entry.id];
        changed = true;
      }
    }
    if (changed) await this.writeLocal<MirrorCheckpoint>(mirrorCheckpoint, checkpoint, { updated: mirrored });
  }

  /** Writes into the library what replication brought since the last time: new and changed articles, deletions, and each conflict's losing version into History. */
  private async applyArrivals(errors: string[]): Promise<{ received: number; conflicts: string[] }> {
    let received = 0;
    const conflicts: string[] = [];
    const arrived: Record<string, string> = {};
    const mirror = await this.readLocal<MirrorCheckpoint>(mirrorCheckpoint);
    const checkpoint = await this.readLocal<PullCheckpoint>(pullCheckpoint);
    const changes = await this.local.changes({ since: checkpoint?.seq ?? 0, include_docs: true, conflicts: true });
    for (const change of changes.results) {
      if (change.id.startsWith(mediaPrefix) && !change.deleted) await this.receiveMedia(change.id.slice(mediaPrefix.length), errors);
      if (!change.id.startsWith(documentPrefix)) continue;
      const id = change.id.slice(documentPrefix.length);
      if (change.deleted) {
        const here = await this.library.get(id);
        if (here.ok && (await this.library.delete(id)).ok) received += 1;
        continue;
      }
      const document = change.doc;
      if (!document || !isStory(document)) continue;
      // A conflict: each losing version becomes the text for a moment, so that writing the winner
      // keeps it in History as the conflicting copy; the losing revisions then leave the database.
      const losers = document._conflicts ?? [];
      // This machine's own change, mirrored in this round: the file already says it.
      const stamp: unknown = (document.article as Partial<DeskDocument['article']> | undefined)?.updatedAt;
      if (losers.length === 0 && typeof stamp === 'string' && mirror?.updated[id] === stamp) continue;
      for (const losing of losers) {
        const loser = await this.local.get(change.id, { rev: losing }).catch(() => undefined);
        if (loser && isStory(loser)) await this.library.receive({ ...loser.article, revision: 1 }, 'sync');
        await this.local.remove(change.id, losing).catch(() => undefined);
      }
      if (losers.length > 0) conflicts.push(id);
      // The library compares it with the file and writes only what differs.
      const written = await this.library.receive({ ...document.article, revision: 1 }, losers.length > 0 ? 'conflict' : 'sync');
      if (!written.ok) {
        // Kept where the journalist sees it (the library's quarantine), never as an article.
        const fileName = ArticleIdSchema.safeParse(id).success ? id : createHash('sha256').update(id).digest('hex').slice(0, 32);
        const kept = await this.library.quarantineReceived(`desk-${fileName}.json`, JSON.stringify(document.article), `Refused from the desk: ${written.error.message}`);
        errors.push(`${id}: refused from the desk${kept.ok ? ' (kept in quarantine)' : ''}: ${written.error.message}`);
        continue;
      }
      if (!written.value.written) continue;
      received += 1;
      arrived[id] = written.value.article.updatedAt;
    }
    // What arrived is what the desk holds: the next round need not read those files to compare them.
    if (Object.keys(arrived).length > 0) await this.writeLocal<MirrorCheckpoint>(mirrorCheckpoint, mirror, { updated: { ...mirror?.updated, ...arrived } });
    await this.writeLocal<PullCheckpoint>(pullCheckpoint, checkpoint, { seq: changes.last_seq });
    return { received, conflicts: [...new Set(conflicts)] };
  }

  /** Puts the library images a story shows into the local database, each once: its content hash is its name, so an image already there is the same image. */
  private async mirrorMedia(body: Article['body'], errors: string[]): Promise<void> {
    const media = this.options.media;
    if (!media) return;
    for (const source of new Set(mediaSourcesOf(body))) {
      const name = source.slice('media/'.length);
      const id = `${mediaPrefix}${name}`;
      if (await this.local.get(id).then(() => true, () => false)) continue;
      try {
        const data = await readFile(path.join(media.directory, name));
        await this.local.put({ _id: id, media: { name }, _attachments: { file: { content_type: contentTypeOf(name) ?? 'application/octet-stream', data } } });
      } catch (error) {
        // A story whose image file is gone still goes; the image is reported.
        errors.push(`${name}: the image could not be sent to the desk: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  /** Writes an image that arrived from the desk into the library, unless it is there already; bytes that are not the image its name says (another hash, not an image) are refused and reported. */
  private async receiveMedia(name: string, errors: string[]): Promise<void> {
    const media = this.options.media;
    if (!media || !isMediaSource(`media/${name}`)) return;
    if (await access(path.join(media.directory, name)).then(() => true, () => false)) return;
    const bytes = await this.local.getAttachment(`${mediaPrefix}${name}`, 'file').catch(() => undefined);
    if (!bytes) return;
    const stored = await media.storeNamed(name, Buffer.from(bytes));
    if (!stored.ok) errors.push(`${name}: refused from the desk: ${stored.error.message}`);
  }

  /**
   * Puts this machine's heartbeat in the local database for the round to carry: when the open stories
   * changed, and while any is open, again once it is getting old. Says whether it wrote one.
   */
  private async writeHeartbeat(): Promise<boolean> {
    const presence = this.options.presence;
    if (!presence) return false;
    const now = (this.options.now ?? (() => new Date()))();
    const id = `${presencePrefix}${presence.machineId}`;
    const current = await this.local.get(id).catch(() => undefined);
    const previous = current && 'presence' in current ? current.presence : undefined;
    const next = presence.heartbeat();
    const same = previous !== undefined && previous.name === next.name && previous.machine === next.machine && previous.articles.join() === next.articles.join();
    if (same && (next.articles.length === 0 || now.getTime() - Date.parse(previous.at) < heartbeatRenewMilliseconds)) return false;
    await this.local.put({ _id: id, ...(current ? { _rev: current._rev } : {}), presence: { ...next, articles: [...next.articles], at: now.toISOString() } });
    return true;
  }

  /** The other machines' heartbeats in the local database (arrived from the desk); a malformed one is left out. */
  private async readHeartbeats(): Promise<Heartbeat[]> {
    const own = this.options.presence ? `${presencePrefix}${this.options.presence.machineId}` : undefined;
    const { rows } = await this.local.allDocs({ include_docs: true, startkey: presencePrefix, endkey: `${presencePrefix}\uffff` });
    return rows.flatMap(({ id, doc }) => {
      if (id === own || !doc || !('presence' in doc)) return [];
      const beat = HeartbeatSchema.safeParse(doc.presence);
      return beat.success ? [beat.data] : [];
    });
  }

  /** Notes where the local database stands after a round that reached the desk: everything in it up to here is at the desk. */
  private async recordPushed(): Promise<void> {
    const { update_seq: seq } = await this.local.info();
    const pushed = await this.readLocal<PushCheckpoint>(pushCheckpoint);
    if (pushed?.seq !== seq) await this.writeLocal<PushCheckpoint>(pushCheckpoint, pushed, { seq });
  }

  /** How many stories changed in the local database since the desk last took everything it held: this machine's changes still to send. */
  private async countWaiting(): Promise<number> {
    const pushed = await this.readLocal<PushCheckpoint>(pushCheckpoint);
    const changes = await this.local.changes({ since: pushed?.seq ?? 0 }).catch(() => undefined);
    return changes?.results.filter((change) => change.id.startsWith(documentPrefix)).length ?? 0;
  }

  /** One of this machine's own bookkeeping documents (`_local`: never replicated, kept across restarts), with the revision to write it back under. */
  private async readLocal<Body extends object>(id: string): Promise<(Body & { readonly _rev: string }) | undefined> {
    return (await this.local.get(id).catch(() => undefined)) as unknown as (Body & { readonly _rev: string }) | undefined;
  }

  /** Writes a bookkeeping document over the version read before (none: a first one). */
  private async writeLocal<Body extends object>(id: string, previous: { readonly _rev: string } | undefined, body: Body): Promise<void> {
    await this.local.put({ _id: id, ...(previous ? { _rev: previous._rev } : {}), ...body } as unknown as DeskRecord & { readonly _id: string });
  }
}

/** Whether a replication failed with the server's "not found" or "bad request". */
function isNotFoundOrBadRequest(error: unknown): boolean {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return status === 404 || status === 400;
}
