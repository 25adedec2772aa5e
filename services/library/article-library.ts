import path from 'node:path';
import lockfile from 'proper-lockfile';
import { randomUUID } from 'node:crypto';
import { crc32 } from 'node:zlib';
import * as z from 'zod';
import { failure, success, type ApiResult } from '../../core/api/api-error';
import type { HeldBackEntry, QuarantineEntry, QuarantineReasonCode, RevisionEntry, RevisionReason, TagUsage, TrashEntry } from '../../core/api/api-contract';
import { assertNever } from '../../core/assert-never';
import { tagUsage } from '../../core/article/tag-usage';
import { sameExceptRevision } from '../../core/article/same-except-revision';
import { QuarantineEntrySchema } from '../../core/api/api-contract';
import {
  ArticleIdSchema,
  ArticleSchema,
  ArticleSummarySchema,
  type Article,
  type ArticleChanges,
  type ArticleContent,
  type ArticleId,
  type ArticleStatus,
  type StatusChange,
  type ArticleSummary,
  type EditedBy,
  type DocumentNode,
} from '../../core/article/article-schema';
import { canMoveStatus } from '../../core/workflow/can-move-status';
import { changesCopy } from '../../core/workflow/changes-copy';
import { statusAfterEdit } from '../../core/workflow/status-after-edit';
import { createArticle } from '../../core/article/create-article';
import { documentLimitProblem } from '../../core/document/document-limit-problem';
import { applyBodyPatch } from '../../core/document/apply-body-patch';
import type { BodyPatch } from '../../core/document/body-patch';
import { repairUnicode } from '../../core/text/repair-unicode';
import { migrateArticle } from '../../core/article/migrate-article';
import { atomicWriteFile } from '../storage/atomic-write-file';
import { syncDirectory } from '../storage/sync-directory';
import { maximumArticleFileBytes, parseArticleFile } from './parse-article-file';
import { RevisionStore } from './revision-store';
import { watchLibrary } from './watch-library';
import { isErrorCode } from '../storage/is-error-code';
import { realFileSystem, type FileSystem } from '../storage/file-system';
import { storageFailure } from '../storage/storage-failure';
import { mapConcurrently } from '../../core/map-concurrently';
import { keepListingOnly, readKeptListing, restampKeptListing, type KeptListing } from './library-index-file';
import { statSync } from 'node:fs';

const lockStaleMilliseconds = 10_000;
/**
 * How long an unreadable article file must have been left alone before it is quarantined: a tool
 * writing it in place (a copy, a sync client) may still be at work, and under load a file can sit
 * empty or half-written for more than a moment between its creation and its last write.
 */
const stillMilliseconds = 2_000;
/** How often a file waiting to be still is looked at again. */
const stillCheckMilliseconds = 100;
/** A file that keeps changing yet never reads whole for this long is left out of listings, not quarantined. */
const stillGiveUpMilliseconds = 30_000;
/** Even while watching, every file is stat'ed again this often, in case the watcher missed a change. */
const fullScanInterval = 60_000;
const deletedHere = 0;

const TrashFileSchema = z.object({ deletedAt: z.string(), article: z.unknown() });

export interface ArticleLibraryOptions {
  readonly directory: string;
  readonly fileSystem?: FileSystem;
  readonly now?: () => Date;
  readonly createId?: () => ArticleId;
  /**
   * Start from the listing kept in the library's one index (<data>/index/library-index.bin, written
   * by the search index), so opening a large library stats its files instead of reading them.
   */
  readonly keepsIndex?: boolean;
  /** Who this library's changes are signed with (the author name and this machine); unsigned when absent. */
  readonly editor?: () => EditedBy;
  /**
   * A one-shot command may block its thread: an unwatched listing then stats every file with
   * node:fs's synchronous stat, three times faster at 10,000 files than one promise each.
   */
  readonly blockingStats?: boolean;
}

export interface CachedSummary {
  readonly modifiedAt: number;
  readonly size: number;
  /** CRC-32 of the file's text: a file found with another time but this checksum still holds this summary. */
  readonly checksum: number;
  readonly summary: ArticleSummary;
}

interface FileStamp {
  readonly size: number;
  readonly modifiedAt: number;
}

type ReadResult =
  | { readonly kind: 'article'; readonly article: Article; readonly checksum: number; readonly size: number; readonly modifiedAt: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'newer'; readonly entry: HeldBackEntry; readonly article?: Article }
  | { readonly kind: 'quarantined'; readonly entry: QuarantineEntry };

/** The article library on disk: one JSON file per article, atomic writes, trash and quarantine. */
export class ArticleLibrary {
  private readonly fileSystem: FileSystem;
  private readonly now: () => Date;
  private readonly createId: () => ArticleId;
  private readonly summaries = new Map<string, CachedSummary>();
  private readonly locks = new Map<ArticleId, Promise<unknown>>();
  private readonly revisions: RevisionStore;
  /** The revision this process last wrote of each article, to tell its own writes from others'. */
  private readonly written = new Map<ArticleId, number>();
  private indexLoaded: Promise<void> | undefined;
  /** While the folder is watched: files changed since the last listing, the only ones a listing must stat. */
  private readonly unsettled = new Set<string>();
  private watching = false;
  /** Whether the kept listing was there when this library started (undefined until it looked). */
  private keptListingFound: boolean | undefined;
  /** The kept listing as read, and the files found since with other times but the same text. */
  private keptListing: KeptListing | undefined;
  private readonly restamped = new Map<string, CachedSummary>();
  /** Whether a listing has gone through every article file, so the summaries known are the whole library. */
  private listedEverything = false;
  /** Unreadable files being moved to quarantine now. */
  private readonly quarantining = new Set<Promise<unknown>>();
  /** When a listing last stat'ed every file, or started a check of every file's stamp (0: not since watching began). */
  private lastFullScan = 0;
  /** While watching: reports a file changed behind this library's back, as the watcher does. */
  private reportChange: ((id: string) => Promise<void>) | undefined;
  private stampCheck: Promise<void> | undefined;

  constructor(private readonly options: ArticleLibraryOptions) {
    this.fileSystem = options.fileSystem ?? realFileSystem;
    this.now = options.now ?? (() => new Date());
    this.createId = options.createId ?? randomUUID;
    this.revisions = new RevisionStore(path.join(options.directory, 'revisions'), this.fileSystem, this.now);
  }

  get directory(): string {
    return this.options.directory;
  }

  /** Creates the library folders; reports whether the library is new, so the caller can seed it. */
  async open(): Promise<ApiResult<{ readonly created: boolean }>> {
    try {
      const created = !(await this.exists(this.folder('articles')));
      for (const folder of ['articles', 'trash', 'quarantine', 'locks', 'revisions'] as const) {
        await this.fileSystem.mkdir(this.folder(folder), { recursive: true });
      }
      for (const folder of ['articles', 'trash', 'quarantine'] as const) await this.removeLeftoverTemporaryFiles(this.folder(folder));
      await this.resolveArticlesInTwoPlaces();
      return success({ created });
    } catch (error) {
      return storageFailure(error, 'open the data folder');
    }
  }

  /**
   * Lists every readable article, newest first, re-reading only files whose time or size changed
   * since they were last listed (in this run, or in the kept index); one bad file never fails the list.
   */
  async list(): Promise<ApiResult<{ articles: ArticleSummary[]; quarantine: QuarantineEntry[]; heldBack: HeldBackEntry[] }>> {
    if (this.options.keepsIndex) await (this.indexLoaded ??= this.loadIndex());
    let names: string[];
    try {
      names = (await this.fileSystem.readdir(this.folder('articles'))).filter(isArticleFileName);
    } catch (error) {
      return storageFailure(error, 'list the articles');
    }
    const articles: ArticleSummary[] = [];
    const heldBack: HeldBackEntry[] = [];
    const present = new Set(names);
    // While the folder is watched, what is known (this run's listings, the kept index) and the
    // watcher's news are trusted: only files changed since are stat'ed, and the full check of every
    // file's stamp — at start against the kept index, then now and then in case the watcher missed
    // something — runs after this listing is answered and announces what it finds like the watcher.
    // Otherwise every file is stat'ed now, side by side (one after another, 10,000 take half a second).
    const scanStarted = Date.now();
    const scanDue = scanStarted - this.lastFullScan >= fullScanInterval;
    const trusted = this.watching && (!scanDue || this.summaries.size > 0);
    if (this.watching && scanDue) {
      this.lastFullScan = scanStarted;
      if (trusted) this.checkStamps(names);
    }
    const unsettled = new Set(this.unsettled);
    this.unsettled.clear();
    const unchanged = !trusted && this.options.blockingStats ? this.unchangedSince(names) : undefined;
    // What is known and unchanged is listed at once; only the rest is read, side by side (a promise
    // for each of 10,000 known files cost a one-shot command tens of milliseconds).
    const unknown: string[] = [];
    for (const name of names) {
      const cached = (trusted && !unsettled.has(name)) || unchanged?.has(name) ? this.summaries.get(name) : undefined;
      if (cached) articles.push(cached.summary);
      else unknown.push(name);
    }
    const answers = await mapConcurrently(unknown, 64, (name) => this.summaryOf(name));
    for (const listed of answers) {
      if (listed?.kind === 'summary') articles.push(listed.summary);
      else if (listed?.kind === 'newer') {
        heldBack.push(listed.entry);
        if (listed.summary) articles.push(listed.summary);
      }
    }
    for (const name of this.summaries.keys()) {
      if (!present.has(name)) this.summaries.delete(name);
    }
    articles.sort((first, second) => (first.updatedAt < second.updatedAt ? 1 : first.updatedAt > second.updatedAt ? -1 : 0));
    this.listedEverything = true;
    // A file this listing found gone because another read (the watcher's) was moving it to quarantine is listed there.
    await Promise.all(this.quarantining);
    const quarantine = await this.listQuarantine();
    if (!quarantine.ok) return quarantine;
    return success({ articles, quarantine: quarantine.value, heldBack });
  }

  /** Reads one article; a file that cannot be read is quarantined and reported. */
  async get(id: ArticleId): Promise<ApiResult<Article>> {
    if (!ArticleIdSchema.safeParse(id).success) return failure('invalid-input', `"${id}" is not an article id.`);
    const result = await this.readSettled(id);
    if (!result.ok) return result;
    return this.foundOrFailure(id, result.value);
  }

  /** Reads an article's file once a save of it still being written in this process (one sent as a page reloads) has landed. */
  private async readSettled(id: ArticleId): Promise<ApiResult<ReadResult>> {
    await this.locks.get(id)?.catch(() => undefined);
    return this.read(this.articlePath(id));
  }

  /** Creates and stores a new article. */
  async create(content: Partial<ArticleContent> = {}): Promise<ApiResult<Article>> {
    // Measured before the schema recurses through a hostile depth.
    const oversized = content.body ? documentLimitProblem(content.body) : undefined;
    if (oversized) return failure('invalid-input', oversized);
    const article = createArticle(this.createId(), this.now(), repairUnicode(content));
    const checked = ArticleSchema.safeParse(article);
    if (!checked.success) return failure('invalid-input', z.prettifyError(checked.error));
    const misfit = await checkBody(checked.data.body);
    if (misfit) return failure('invalid-input', misfit);
    return this.write(checked.data, 'create the article');
  }

  /**
   * Saves changes made on top of baseRevision; a save based on an older revision is a conflict. The
   * version it replaces goes to History (while typing, at most one every few minutes); keepMine marks
   * a deliberate replacement after a conflict, whose replaced text is always kept.
   */
  save(
    id: ArticleId,
    baseRevision: number,
    givenChanges: ArticleChanges,
    options: { readonly keepMine?: boolean; readonly by?: string; readonly bodyPatch?: BodyPatch } = {},
  ): Promise<ApiResult<Article>> {
    if (options.bodyPatch && givenChanges.body) return Promise.resolve(failure('invalid-input', 'A save sends the body whole or as a patch, not both.'));
    const oversized = givenChanges.body ? documentLimitProblem(givenChanges.body) : options.bodyPatch ? documentLimitProblem({ type: 'doc', content: options.bodyPatch.blocks }) : undefined;
    if (oversized) return Promise.resolve(failure('invalid-input', oversized));
    if ('status' in givenChanges || 'statusHistory' in givenChanges) return Promise.resolve(failure('invalid-input', 'The status changes only through the workflow (changeStatus), never with a save.'));
    return this.exclusively(id, async () => {
      const current = await this.getForWriting(id);
      if (!current.ok) return current;
      let changes = givenChanges;
      if (options.bodyPatch && current.value.revision === baseRevision) {
        const body = applyBodyPatch(current.value.body, options.bodyPatch);
        if (!body) return failure('invalid-input', `The changed blocks were meant for a body of ${options.bodyPatch.baseBlocks} blocks; revision ${baseRevision} has ${current.value.body.content?.length ?? 0}.`);
        const tooLarge = documentLimitProblem(body);
        if (tooLarge) return failure('invalid-input', tooLarge);
        changes = { ...givenChanges, body };
      }
      // Autosave sends the slug with every save; only a changed one needs the library listed.
      if (changes.slug && changes.slug !== current.value.slug) {
        const listed = await this.list();
        const owner = listed.ok ? listed.value.articles.find((summary) => summary.slug === changes.slug && summary.id !== id) : undefined;
        if (owner) return failure('invalid-input', `The slug "${changes.slug}" is already used by another article.`);
      }
      if (current.value.revision !== baseRevision) {
        return failure('conflict', `Article ${id} is at revision ${current.value.revision}, not ${baseRevision}.`, {
          currentRevision: current.value.revision,
          current: current.value,
        });
      }
      const updatedAt = this.now().toISOString();
      const next = ArticleSchema.safeParse({
        ...current.value,
        ...repairUnicode(changes),
        revision: current.value.revision + 1,
        updatedAt,
      });
      if (!next.success) return failure('invalid-input', z.prettifyError(next.error));
      const misfit = changes.body ? await checkBody(next.data.body) : undefined;
      if (misfit) return failure('invalid-input', misfit);
      let saved = next.data;
      // Approved or published copy that is edited needs another look before it goes out.
      const reopened = statusAfterEdit(saved.status);
      if (reopened !== saved.status && changesCopy(current.value, saved)) {
        saved = withStatus(saved, reopened, options.by ?? '', updatedAt, 'edited');
      }
      if (changesContent(current.value, saved)) {
        await this.keepRevision(current.value, options.keepMine ? 'keep-mine' : current.value.status !== saved.status ? 'status' : 'edit');
      }
      return this.write(saved, 'save the article');
    });
  }

  /**
   * Moves an article through the workflow (see statusMoves) on top of baseRevision, recording who
   * moved it and when; a move the workflow does not allow is refused.
   */
  changeStatus(id: ArticleId, baseRevision: number, status: ArticleStatus, by: string): Promise<ApiResult<Article>> {
    return this.exclusively(id, async () => {
      const current = await this.getForWriting(id);
      if (!current.ok) return current;
      if (current.value.revision !== baseRevision) {
        return failure('conflict', `Article ${id} is at revision ${current.value.revision}, not ${baseRevision}.`, { currentRevision: current.value.revision, current: current.value });
      }
      if (!canMoveStatus(current.value.status, status)) {
        return failure('status-move-refused', `An article cannot move from ${current.value.status} to ${status}.`);
      }
      const at = this.now().toISOString();
      await this.keepRevision(current.value, 'status');
      return this.write({ ...withStatus(current.value, status, by, at, 'moved'), updatedAt: at, revision: current.value.revision + 1 }, 'change the status');
    });
  }

  /**
   * Records that articles were exported (the time; each slug is then a published address). A status
   * changes only when asked to publish, and only from approved. One answer per id, in order; the
   * articles folder is synced once for the batch, not once per article.
   */
  async markExported(ids: readonly ArticleId[], options: { readonly publish?: boolean; readonly by?: string } = {}): Promise<ReadonlyArray<ApiResult<Article>>> {
    // A few articles at a time, each under its own lock: the disk settles their writes together.
    const answers = await mapConcurrently(ids, 32, (id) =>
      this.exclusively(id, async () => {
        const current = await this.getForWriting(id);
        if (!current.ok) return current;
        const exportedAt = this.now().toISOString();
        // History is a convenience over the files: its folder is not synced for each article of a batch.
        await this.keepRevision(current.value, 'export', { syncFolder: false });
        const published = options.publish && canMoveStatus(current.value.status, 'exported') ? withStatus(current.value, 'exported', options.by ?? '', exportedAt, 'moved') : current.value;
        return this.write({ ...published, exportedAt, updatedAt: exportedAt, revision: current.value.revision + 1 }, 'record the export', { syncFolder: false });
      }),
    );
    try {
      await syncDirectory(this.fileSystem, this.folder('articles'));
    } catch (error) {
      return answers.map((answer) => (answer.ok ? storageFailure(error, 'record the export') : answer));
    }
    return answers;
  }

  /**
   * Writes an article as another machine has it (desk sync): its content and workflow replace
   * this machine's, as a new local revision, with the replaced version kept in History. An article
   * this machine does not have is created under the same id. Refused, and nothing written, when it
   * is not a valid article. Says whether anything was written (not when this machine already has it).
   */
  receive(received: unknown, reason: RevisionReason = 'sync'): Promise<ApiResult<{ readonly article: Article; readonly written: boolean }>> {
    // Measured before the schema recurses through a hostile depth.
    const body: unknown = typeof received === 'object' && received !== null ? (received as { body?: unknown }).body : undefined;
    const oversized = typeof body === 'object' && body !== null ? documentLimitProblem(body as DocumentNode) : undefined;
    if (oversized) return Promise.resolve(failure('invalid-input', oversized));
    const parsed = ArticleSchema.safeParse(received);
    if (!parsed.success) return Promise.resolve(failure('invalid-input', z.prettifyError(parsed.error)));
    const incoming = parsed.data;
    return this.exclusively(incoming.id, async () => {
      const misfit = await checkBody(incoming.body);
      if (misfit) return failure('invalid-input', misfit);
      const current = await this.getForWriting(incoming.id);
      if (!current.ok && current.error.code !== 'not-found') return current;
      if (current.ok && sameExceptRevision(current.value, incoming)) return success({ article: current.value, written: false });
      const revision = current.ok ? current.value.revision + 1 : 1;
      if (current.ok) await this.keepRevision(current.value, reason);
      const written = await this.write({ ...repairUnicode(incoming), revision, updatedAt: incoming.updatedAt }, 'write the article from the desk', { asReceived: true });
      return written.ok ? success({ article: written.value, written: true }) : written;
    });
  }

  /** Moves an article to the trash, from where it can be restored. */
  delete(id: ArticleId): Promise<ApiResult<TrashEntry>> {
    return this.exclusively(id, async () => {
      const current = await this.getForWriting(id);
      if (!current.ok) return current;
      const deletedAt = this.now().toISOString();
      try {
        await atomicWriteFile(
          this.fileSystem,
          this.trashPath(id),
          JSON.stringify({ deletedAt, article: current.value }, null, 2),
        );
        await this.fileSystem.unlink(this.articlePath(id));
      } catch (error) {
        return storageFailure(error, 'move the article to the trash');
      }
      this.summaries.delete(`${id}.json`);
      this.written.set(id, deletedHere);
      return success({ id, headline: current.value.headline, deletedAt });
    });
  }

  /** Lists the trash, newest first. */
  async listTrash(): Promise<ApiResult<TrashEntry[]>> {
    let names: string[];
    try {
      names = (await this.fileSystem.readdir(this.folder('trash'))).filter(isArticleFileName);
    } catch (error) {
      return storageFailure(error, 'list the trash');
    }
    const entries: TrashEntry[] = [];
    for (const name of names) {
      const trashed = await this.readTrash(path.join(this.folder('trash'), name));
      if (trashed.ok && trashed.value) {
        entries.push({ id: trashed.value.article.id, headline: trashed.value.article.headline, deletedAt: trashed.value.deletedAt });
      }
    }
    return success(entries.sort((first, second) => second.deletedAt.localeCompare(first.deletedAt)));
  }

  /** Deletes every trashed article for good, with its History; returns how many were removed. */
  async emptyTrash(): Promise<ApiResult<{ removed: number }>> {
    const listed = await this.listTrash();
    if (!listed.ok) return listed;
    let removed = 0;
    for (const entry of listed.value) {
      const gone = await this.deleteForever(entry.id);
      if (!gone.ok) return gone;
      removed += 1;
    }
    return success({ removed });
  }

  /** Deletes one trashed article for good, with its History. */
  deleteForever(id: ArticleId): Promise<ApiResult<{ removed: number }>> {
    return this.exclusively(id, async () => {
      if (!ArticleIdSchema.safeParse(id).success) return failure('invalid-input', `"${id}" is not an article id.`);
      try {
        await this.fileSystem.unlink(this.trashPath(id));
      } catch (error) {
        if (isErrorCode(error, ['ENOENT'])) return failure('not-found', `Article ${id} is not in the trash.`);
        return storageFailure(error, 'delete the article for good');
      }
      try {
        await this.revisions.removeAll(id);
      } catch (error) {
        return storageFailure(error, 'delete the article for good');
      }
      return success({ removed: 1 });
    });
  }

  /** Puts a trashed article back into the library as it was. */
  restore(id: ArticleId): Promise<ApiResult<Article>> {
    return this.exclusively(id, async () => {
      if (!ArticleIdSchema.safeParse(id).success) return failure('invalid-input', `"${id}" is not an article id.`);
      const trashed = await this.readTrash(this.trashPath(id));
      if (!trashed.ok) return trashed;
      if (!trashed.value) return failure('not-found', `Article ${id} is not in the trash.`);
      if (await this.exists(this.articlePath(id))) {
        return failure('conflict', `An article with id ${id} is already in the library.`);
      }
      const written = await this.write(trashed.value.article, 'restore the article');
      if (!written.ok) return written;
      try {
        await this.fileSystem.unlink(this.trashPath(id));
      } catch (error) {
        return storageFailure(error, 'remove the restored article from the trash');
      }
      return written;
    });
  }

  /**
   * Watches the folder for changes other processes make (another window, browser mode, the CLI, a
   * sync); calls onChange with the article's id and its revision now (undefined once it is gone).
   */
  watchOthers(onChange: (id: ArticleId, revision: number | undefined) => void): () => void {
    this.watching = true;
    this.lastFullScan = 0;
    const report = async (id: string) => {
      const name = `${id}.json`;
      this.unsettled.add(name);
      if (!ArticleIdSchema.safeParse(id).success) return;
      const read = await this.readSettled(id);
      const known = this.summaries.get(name);
      // The same text with another time (a copied or restored folder) is no news; the next listing only stats it.
      if (known && read.ok && read.value.kind === 'article' && read.value.checksum === known.checksum) {
        this.summaries.set(name, { ...known, size: read.value.size, modifiedAt: read.value.modifiedAt });
        return;
      }
      const current = read.ok ? this.foundOrFailure(id, read.value) : read;
      const revision = current.ok ? current.value.revision : undefined;
      // Our own writes and deletes are not news.
      if (this.written.get(id) === (revision ?? deletedHere)) return;
      onChange(id, revision);
    };
    this.reportChange = report;
    const stop = watchLibrary(this.folder('articles'), (id) => void report(id));
    return () => {
      this.watching = false;
      this.reportChange = undefined;
      stop();
    };
  }

  /** Resolves once the check of every file's stamp that a watched listing started has finished. */
  async stampsChecked(): Promise<void> {
    await this.stampCheck;
  }

  /** Compares every listed file's stamp with what is known, after the listing; each that differs is reported like the watcher's news. */
  private checkStamps(names: readonly string[]): void {
    this.stampCheck ??= (async () => {
      try {
        const changed = await mapConcurrently(names, 64, async (name) => {
          const known = this.summaries.get(name);
          if (!known) return undefined;
          const stats = await this.fileSystem.stat(path.join(this.folder('articles'), name)).catch(() => undefined);
          return stats?.mtimeMs === known.modifiedAt && stats.size === known.size ? undefined : name;
        });
        // A copied folder differs in every file: each is read a few at a time, not all at once.
        await mapConcurrently(changed, 16, async (name) => {
          if (name) await this.reportChange?.(name.slice(0, -'.json'.length));
        });
      } finally {
        this.stampCheck = undefined;
      }
    })();
  }

  /** The kept earlier versions of an article, newest first. */
  listRevisions(id: ArticleId): Promise<ApiResult<RevisionEntry[]>> {
    return this.revisions.list(id);
  }

  /** One kept earlier version. */
  getRevision(id: ArticleId, revision: number): Promise<ApiResult<Article>> {
    return this.revisions.get(id, revision);
  }

  /** Makes a kept version the newest revision again; the version it replaces is kept, so restoring can be undone. */
  restoreRevision(id: ArticleId, revision: number, baseRevision: number): Promise<ApiResult<Article>> {
    return this.exclusively(id, async () => {
      const current = await this.getForWriting(id);
      if (!current.ok) return current;
      if (current.value.revision !== baseRevision) {
        return failure('conflict', `Article ${id} is at revision ${current.value.revision}, not ${baseRevision}.`, { currentRevision: current.value.revision });
      }
      const kept = await this.revisions.get(id, revision);
      if (!kept.ok) return kept;
      await this.keepRevision(current.value, 'restore');
      const { id: _id, createdAt: _createdAt, revision: _revision, updatedAt: _updatedAt, exportedAt: _exportedAt, ...content } = kept.value;
      return this.write({ ...current.value, ...content, revision: current.value.revision + 1, updatedAt: this.now().toISOString() }, 'restore the earlier version');
    });
  }

  /** Every tag in the library with its use count; variants that normalise alike are one tag, spelt as first used. */
  async listTags(): Promise<ApiResult<TagUsage[]>> {
    const listed = await this.list();
    return listed.ok ? success(tagUsage(listed.value.articles)) : listed;
  }

  /** Lists the files moved aside because they could not be read, newest first. */
  async listQuarantine(): Promise<ApiResult<QuarantineEntry[]>> {
    try {
      const names = await this.fileSystem.readdir(this.folder('quarantine'));
      const entries: QuarantineEntry[] = [];
      for (const name of names.filter((candidate) => candidate.endsWith('.reason.json'))) {
        const text = await this.fileSystem.readFile(path.join(this.folder('quarantine'), name), 'utf8');
        const entry = QuarantineEntrySchema.safeParse(parseJson(text));
        if (entry.success) entries.push(entry.data);
      }
      return success(entries.sort((first, second) => second.quarantinedAt.localeCompare(first.quarantinedAt)));
    } catch (error) {
      return storageFailure(error, 'list the quarantine');
    }
  }

  /** The files whose time and size are still what is known of them, stat'ed one after another without yielding (blockingStats). */
  private unchangedSince(names: readonly string[]): Set<string> {
    const unchanged = new Set<string>();
    const folder = this.folder('articles');
    for (const name of names) {
      const known = this.summaries.get(name);
      if (!known) continue;
      const stats = statSync(path.join(folder, name), { throwIfNoEntry: false });
      if (stats && stats.mtimeMs === known.modifiedAt && stats.size === known.size) unchanged.add(name);
    }
    return unchanged;
  }

  private async summaryOf(name: string): Promise<{ readonly kind: 'summary'; readonly summary: ArticleSummary } | { readonly kind: 'newer'; readonly entry: HeldBackEntry; readonly summary?: ArticleSummary } | undefined> {
    const filePath = path.join(this.folder('articles'), name);
    try {
      const stats = await this.fileSystem.stat(filePath);
      const cached = this.summaries.get(name);
      if (cached && cached.modifiedAt === stats.mtimeMs && cached.size === stats.size) return { kind: 'summary', summary: cached.summary };
      const result = await this.read(filePath);
      if (!result.ok) return undefined;
      if (result.value.kind === 'newer') {
        return { kind: 'newer', entry: result.value.entry, ...(result.value.article ? { summary: ArticleSummarySchema.parse(result.value.article) } : {}) };
      }
      if (result.value.kind !== 'article') return undefined;
      const summary = ArticleSummarySchema.parse(result.value.article);
      const found = { modifiedAt: stats.mtimeMs, size: stats.size, checksum: result.value.checksum, summary };
      // Another time, the same text (a copied or restored folder): the kept index need only learn the new time.
      if (cached?.checksum === found.checksum && this.keptListing) this.restamped.set(name, found);
      this.summaries.set(name, found);
      return { kind: 'summary', summary };
    } catch {
      return undefined;
    }
  }

  private async read(filePath: string, waitingSince = Date.now()): Promise<ApiResult<ReadResult>> {
    let text: string;
    let stamp: FileStamp;
    try {
      const { size, mtimeMs } = await this.fileSystem.stat(filePath);
      stamp = { size, modifiedAt: mtimeMs };
      if (size > maximumArticleFileBytes) return this.quarantine(filePath, 'too-large', `The file is ${Math.round(size / 1024 / 1024)} MB, larger than any article (${maximumArticleFileBytes / 1024 / 1024} MB).`);
      text = await this.fileSystem.readFile(filePath, 'utf8');
    } catch (error) {
      if (isErrorCode(error, ['ENOENT'])) return success({ kind: 'missing' });
      return storageFailure(error, `read ${path.basename(filePath)}`);
    }
    const parsed = parseArticleFile(text, path.basename(filePath));
    switch (parsed.kind) {
      case 'article':
        return success({ kind: 'article', article: parsed.article, checksum: crc32(text), ...stamp });
      case 'newer':
        return success({
          kind: 'newer',
          entry: { file: path.basename(filePath), reason: parsed.reason, ...(parsed.article ? { id: parsed.article.id } : {}) },
          ...(parsed.article ? { article: parsed.article } : {}),
        });
      case 'unreadable': {
        const settled = await this.stillOrChanged(filePath, stamp);
        if (settled === 'still') return this.quarantine(filePath, parsed.code, parsed.reason);
        if (Date.now() - waitingSince < stillGiveUpMilliseconds) return this.read(filePath, waitingSince);
        return failure('storage', `${path.basename(filePath)} is still being written by another program.`);
      }
      default:
        return assertNever(parsed);
    }
  }

  /**
   * Waits until an unreadable file has been left alone for a while (by its time, or as watched
   * here when its time is ahead of this clock), or changes: only a file that stays as it is is damaged.
   */
  private async stillOrChanged(filePath: string, stamp: FileStamp): Promise<'still' | 'changed'> {
    const watchedSince = Date.now();
    for (;;) {
      const now = Date.now();
      if (now - stamp.modifiedAt >= stillMilliseconds || now - watchedSince >= stillMilliseconds) return 'still';
      await new Promise((resolve) => setTimeout(resolve, stillCheckMilliseconds));
      try {
        const { size, mtimeMs } = await this.fileSystem.stat(filePath);
        if (size !== stamp.size || mtimeMs !== stamp.modifiedAt) return 'changed';
      } catch {
        return 'changed';
      }
    }
  }

  /** Keeps something that arrived and is not an article (from the desk) in quarantine with its reason, for the journalist to see; never in articles/. */
  quarantineReceived(originalName: string, content: string, reason: string): Promise<ApiResult<QuarantineEntry>> {
    return this.intoQuarantine(originalName, 'refused-from-desk', reason, (target) => atomicWriteFile(this.fileSystem, target, content), `keep ${originalName} in quarantine`);
  }

  /** Moves an unreadable file to quarantine; a listing running meanwhile waits for the move before it lists the quarantine. */
  private quarantine(filePath: string, reasonCode: QuarantineReasonCode, reason: string): Promise<ApiResult<ReadResult>> {
    const moving = this.moveToQuarantine(filePath, reasonCode, reason);
    this.quarantining.add(moving);
    void moving.finally(() => this.quarantining.delete(moving));
    return moving;
  }

  private async moveToQuarantine(filePath: string, reasonCode: QuarantineReasonCode, reason: string): Promise<ApiResult<ReadResult>> {
    const originalName = path.basename(filePath);
    const kept = await this.intoQuarantine(originalName, reasonCode, reason, (target) => this.fileSystem.rename(filePath, target), `move the unreadable file ${originalName} to quarantine`);
    if (!kept.ok) return kept;
    this.summaries.delete(originalName);
    return success({ kind: 'quarantined', entry: kept.value });
  }

  /** Puts a file into quarantine/ (place moves or writes it there) with its reason beside it. */
  private async intoQuarantine(originalName: string, reasonCode: QuarantineReasonCode, reason: string, place: (target: string) => Promise<void>, action: string): Promise<ApiResult<QuarantineEntry>> {
    const quarantinedAt = this.now().toISOString();
    const file = `${quarantinedAt.replace(/[:.]/g, '-')}-${originalName}`;
    const entry: QuarantineEntry = { file, originalName, reason, reasonCode, quarantinedAt };
    try {
      await place(path.join(this.folder('quarantine'), file));
      await atomicWriteFile(this.fileSystem, path.join(this.folder('quarantine'), `${file}.reason.json`), JSON.stringify(entry, null, 2));
    } catch (error) {
      return storageFailure(error, action);
    }
    return success(entry);
  }

  private async readTrash(filePath: string): Promise<ApiResult<{ deletedAt: string; article: Article } | undefined>> {
    let text: string;
    try {
      text = await this.fileSystem.readFile(filePath, 'utf8');
    } catch (error) {
      if (isErrorCode(error, ['ENOENT'])) return success(undefined);
      return storageFailure(error, 'read the trash');
    }
    const trashed = TrashFileSchema.safeParse(parseJson(text));
    const migrated = trashed.success ? migrateArticle(trashed.data.article) : undefined;
    const article = migrated?.ok ? ArticleSchema.safeParse(migrated.value) : undefined;
    if (!trashed.success || !article?.success) {
      return failure('storage', `The trashed file ${path.basename(filePath)} cannot be read.`);
    }
    return success({ deletedAt: trashed.data.deletedAt, article: article.data });
  }

  private foundOrFailure(id: ArticleId, result: ReadResult): ApiResult<Article> {
    switch (result.kind) {
      case 'article':
        return success(result.article);
      case 'missing':
        return failure('not-found', `There is no article ${id}.`);
      case 'quarantined':
        return failure('storage', `Article ${id} could not be read and was moved to quarantine: ${result.entry.reason}`);
      case 'newer':
        return result.article ? success(result.article) : failure('read-only', result.entry.reason);
      default:
        return assertNever(result);
    }
  }

  /** An article about to be changed: one written by a newer Newsroom is read-only. */
  private async getForWriting(id: ArticleId): Promise<ApiResult<Article>> {
    const result = await this.read(this.articlePath(id));
    if (!result.ok) return result;
    if (result.value.kind === 'newer') return failure('read-only', result.value.entry.reason);
    return this.foundOrFailure(id, result.value);
  }

  /** Writes an article signed by this library's editor, or, asReceived, signed as it came (from another machine). */
  private async write(unsigned: Article, action: string, options: { readonly syncFolder?: boolean; readonly asReceived?: boolean } = {}): Promise<ApiResult<Article>> {
    const article = options.asReceived || !this.options.editor ? unsigned : { ...unsigned, editedBy: this.options.editor() };
    let text: string;
    try {
      text = `${JSON.stringify(article, null, 2)}\n`;
      await atomicWriteFile(this.fileSystem, this.articlePath(article.id), text, options);
      this.written.set(article.id, article.revision);
    } catch (error) {
      return storageFailure(error, action);
    }
    // The next listing need not read back (and validate) what was just written.
    try {
      const stats = await this.fileSystem.stat(this.articlePath(article.id));
      this.summaries.set(`${article.id}.json`, { modifiedAt: stats.mtimeMs, size: stats.size, checksum: crc32(text), summary: ArticleSummarySchema.parse(article) });
    } catch {
      this.summaries.delete(`${article.id}.json`);
    }
    return success(article);
  }

  /** What the next listing will show for an article this library wrote, with the file's stamp; for handing to another thread's library. */
  writtenSummary(id: ArticleId): CachedSummary | undefined {
    return this.summaries.get(`${id}.json`);
  }

  /** Takes a summary another thread's library wrote, so the listing here need not read that file back. */
  rememberSummary(id: ArticleId, entry: CachedSummary): void {
    this.summaries.set(`${id}.json`, entry);
    this.written.set(id, entry.summary.revision);
  }

  private async loadIndex(): Promise<void> {
    const kept = await readKeptListing(this.fileSystem, this.options.directory);
    this.keptListingFound = kept.listing.size > 0;
    // Only a one-shot command writes new file times into the kept listing; a long-running host's search index writes the whole index.
    if (this.keptListingFound && this.options.blockingStats) this.keptListing = kept;
    for (const [name, entry] of kept.listing) {
      if (!this.summaries.has(name)) this.summaries.set(name, entry);
    }
  }

  /**
   * When this library started without a kept listing (none, damaged, or an earlier version's) and has
   * listed since, keeps that listing in the one index for the next command; when it found files with
   * new times but the same text, writes their times into it, so the next command need not read them
   * again (the search index, when open, writes the whole index instead). A cache: failing to write
   * it changes nothing.
   */
  async keepListing(): Promise<void> {
    if (!this.options.keepsIndex) return;
    if (this.keptListingFound === false && this.listedEverything && this.summaries.size > 0) {
      await keepListingOnly(this.fileSystem, this.options.directory, this.summaries).catch(() => undefined);
      this.keptListingFound = true;
    } else if (this.keptListing && this.restamped.size > 0) {
      await restampKeptListing(this.fileSystem, this.options.directory, this.keptListing, this.restamped).catch(() => undefined);
      this.keptListing = undefined;
      this.restamped.clear();
    }
  }

  /**
   * Runs work on one article alone: queued behind this process's other work on it, then holding an
   * inter-process lock (locks/<id>.lock, a directory created atomically; a holder that died is
   * presumed gone after ten seconds), so the desktop app, browser mode and the CLI can share a folder.
   */
  private async exclusively<Value>(id: ArticleId, work: () => Promise<ApiResult<Value>>): Promise<ApiResult<Value>> {
    // The id names the lock's path: check it before it touches the disk.
    if (!ArticleIdSchema.safeParse(id).success) return failure('invalid-input', `"${id}" is not an article id.`);
    const locked = () => this.withFileLock(id, work);
    const previous = this.locks.get(id) ?? Promise.resolve();
    const next = previous.then(locked, locked);
    this.locks.set(id, next);
    try {
      return await next;
    } finally {
      if (this.locks.get(id) === next) this.locks.delete(id);
    }
  }

  // History is a convenience over the files, which stay the truth: a snapshot that cannot be
  // written (a full disk) never stops the save itself.
  private async keepRevision(article: Article, reason: RevisionReason, options: { readonly syncFolder?: boolean } = {}): Promise<void> {
    await this.revisions.keep(article, reason, options).catch(() => undefined);
  }

  /** Temporary files of writes a crash interrupted; ones younger than a minute may belong to a write in progress. */
  private async removeLeftoverTemporaryFiles(folder: string): Promise<void> {
    const cutoff = this.now().getTime() - 60_000;
    for (const name of (await this.fileSystem.readdir(folder)).filter((candidate) => /^\..+\.[0-9a-f]{12}\.tmp$/.test(candidate))) {
      const file = path.join(folder, name);
      const stats = await this.fileSystem.stat(file).catch(() => undefined);
      if (stats && stats.mtimeMs < cutoff) await this.fileSystem.unlink(file).catch(() => undefined);
    }
  }

  /**
   * An interrupted delete or restore can leave an article both in articles/ and in trash/. The newer
   * revision wins (at equal revisions, whichever was written last); the other is kept in History.
   */
  private async resolveArticlesInTwoPlaces(): Promise<void> {
    const live = new Set((await this.fileSystem.readdir(this.folder('articles'))).filter(isArticleFileName));
    for (const name of (await this.fileSystem.readdir(this.folder('trash'))).filter((candidate) => live.has(candidate))) {
      const id = name.slice(0, -'.json'.length);
      const trashed = await this.readTrash(this.trashPath(id));
      const current = await this.get(id);
      if (!trashed.ok || !trashed.value || !current.ok) continue;
      const writtenAt = (await this.fileSystem.stat(this.articlePath(id))).mtimeMs;
      const articleWins =
        current.value.revision !== trashed.value.article.revision
          ? current.value.revision > trashed.value.article.revision
          : writtenAt > Date.parse(trashed.value.deletedAt);
      await this.keepRevision(articleWins ? trashed.value.article : current.value, 'conflict');
      await this.fileSystem.unlink(articleWins ? this.trashPath(id) : this.articlePath(id));
      this.summaries.delete(name);
    }
  }

  private async withFileLock<Value>(id: ArticleId, work: () => Promise<ApiResult<Value>>): Promise<ApiResult<Value>> {
    let release: () => Promise<void>;
    try {
      release = await lockfile.lock(path.join(this.folder('locks'), id), {
        realpath: false,
        stale: lockStaleMilliseconds,
        retries: { retries: 60, factor: 1.2, minTimeout: 5, maxTimeout: 250 },
        // A lock found compromised (its folder removed under us) must not crash the app; the
        // revision check under the lock still refuses a stale save.
        onCompromised: () => undefined,
      });
    } catch (error) {
      if (isErrorCode(error, ['ELOCKED'])) return failure('storage', `Article ${id} is being saved by another Newsroom window; try again in a moment.`);
      return storageFailure(error, 'lock the article');
    }
    try {
      return await work();
    } finally {
      await release().catch(() => undefined);
    }
  }

  private async exists(filePath: string): Promise<boolean> {
    try {
      await this.fileSystem.stat(filePath);
      return true;
    } catch (error) {
      if (isErrorCode(error, ['ENOENT'])) return false;
      throw error;
    }
  }

  private folder(name: 'articles' | 'trash' | 'quarantine' | 'locks' | 'revisions'): string {
    return path.join(this.options.directory, name);
  }

  private articlePath(id: ArticleId): string {
    return path.join(this.folder('articles'), `${id}.json`);
  }

  private trashPath(id: ArticleId): string {
    return path.join(this.folder('trash'), `${id}.json`);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Whether a save changes what the journalist wrote or filed, not only the bookkeeping. */
/** The article at a new status, with the change recorded in its status history. */
function withStatus(article: Article, status: ArticleStatus, by: string, at: string, reason: StatusChange['reason']): Article {
  return { ...article, status, statusHistory: [...article.statusHistory, { status, at, by, reason }].slice(-1000) };
}

function changesContent(before: Article, after: Article): boolean {
  const { revision: _beforeRevision, updatedAt: _beforeUpdated, ...beforeContent } = before;
  const { revision: _afterRevision, updatedAt: _afterUpdated, ...afterContent } = after;
  return JSON.stringify(beforeContent) !== JSON.stringify(afterContent);
}

/** Whether a body fits the editor's schema; the schema (all of TipTap) loads on the first write, so a listing never waits for it. */
async function checkBody(body: Article['body']): Promise<string | undefined> {
  const { checkDocument } = await import('../../core/document/check-document');
  return checkDocument(body);
}

function isArticleFileName(name: string): boolean {
  return name.endsWith('.json') && !name.startsWith('.');
}
