import path from 'node:path';
import * as z from 'zod';
import { failure, success, type ApiResult } from '../../core/api/api-error';
import type { RevisionEntry, RevisionReason } from '../../core/api/api-contract';
import { ArticleSchema, type Article, type ArticleId } from '../../core/article/article-schema';
import { countDocument } from '../../core/document/count-document';
import { atomicWriteFile } from '../storage/atomic-write-file';
import type { FileSystem } from '../storage/file-system';
import { isErrorCode } from '../storage/is-error-code';
import { storageFailure } from '../storage/storage-failure';

const SnapshotFileSchema = z.object({ savedAt: z.string(), reason: z.string(), article: z.unknown() });

/** While a journalist keeps typing, at most one snapshot per this many minutes. */
export const coalesceMilliseconds = 5 * 60 * 1000;
const hour = 60 * 60 * 1000;
const day = 24 * hour;

export interface RetentionPolicy {
  /** Everything younger than this is kept. */
  readonly keepAllFor: number;
  /** Then one per hour up to this age, then one per day. */
  readonly hourlyUntil: number;
  readonly maximum: number;
  /** The newest ones are never pruned. */
  readonly alwaysKeep: number;
}

export const defaultRetention: RetentionPolicy = { keepAllFor: 7 * day, hourlyUntil: 30 * day, maximum: 200, alwaysKeep: 20 };

/** Which snapshots a retention policy keeps, given their save times (any order); returns the times to keep. */
export function retainedSnapshots(savedTimes: readonly number[], now: number, policy: RetentionPolicy = defaultRetention): ReadonlySet<number> {
  const newestFirst = [...savedTimes].sort((first, second) => second - first);
  const kept = new Set<number>();
  const buckets = new Set<string>();
  newestFirst.forEach((time, index) => {
    const age = now - time;
    const bucket = age < policy.hourlyUntil ? `h${Math.floor(time / hour)}` : `d${Math.floor(time / day)}`;
    if (index < policy.alwaysKeep || age < policy.keepAllFor || !buckets.has(bucket)) {
      buckets.add(bucket);
      kept.add(time);
    }
  });
  const ordered = newestFirst.filter((time) => kept.has(time));
  return new Set(ordered.slice(0, Math.max(policy.maximum, policy.alwaysKeep)));
}

/** Earlier versions of each article in revisions/<id>/<revision>.json, coalesced while typing and pruned by age. */
export class RevisionStore {
  constructor(
    private readonly directory: string,
    private readonly fileSystem: FileSystem,
    private readonly now: () => Date,
    private readonly retention: RetentionPolicy = defaultRetention,
  ) {}

  /** Keeps a version before it is replaced; while typing ('edit'), only if the newest snapshot is older than the coalescing window. */
  async keep(article: Article, reason: RevisionReason, options: { readonly syncFolder?: boolean } = {}): Promise<void> {
    const folder = this.folderOf(article.id);
    await this.fileSystem.mkdir(folder, { recursive: true });
    const savedAt = this.now();
    const names = await this.snapshotNames(article.id);
    if (reason === 'edit') {
      // Only the newest snapshot decides, so only it is read.
      const newestName = names.reduce<string | undefined>((newest, name) => (newest === undefined || parseInt(name, 10) > parseInt(newest, 10) ? name : newest), undefined);
      const newest = newestName ? await this.read(path.join(folder, newestName)).catch(() => undefined) : undefined;
      if (newest && savedAt.getTime() - Date.parse(newest.savedAt) < coalesceMilliseconds) return;
    }
    await atomicWriteFile(this.fileSystem, path.join(folder, `${article.revision}.json`), `${JSON.stringify({ savedAt: savedAt.toISOString(), reason, article })}\n`, options);
    // The newest ones are always kept: until there are more than those, there is nothing to prune.
    if (names.length + 1 > this.retention.alwaysKeep) await this.prune(article.id);
  }

  /** The kept versions, newest first. */
  async list(id: ArticleId): Promise<ApiResult<RevisionEntry[]>> {
    try {
      return success(
        (await this.readAll(id)).map(({ savedAt, reason, article }) => ({
          revision: article.revision,
          savedAt,
          author: article.byline,
          status: article.status,
          headline: article.headline,
          words: countDocument(article.body).words,
          reason,
          ...(article.editedBy ? { editedBy: article.editedBy } : {}),
        })),
      );
    } catch (error) {
      return storageFailure(error, 'list the article history');
    }
  }

  /** One kept version. */
  async get(id: ArticleId, revision: number): Promise<ApiResult<Article>> {
    try {
      const snapshot = await this.read(path.join(this.folderOf(id), `${revision}.json`));
      return snapshot ? success(snapshot.article) : failure('not-found', `Article ${id} has no kept revision ${revision}.`);
    } catch (error) {
      if (isErrorCode(error, ['ENOENT'])) return failure('not-found', `Article ${id} has no kept revision ${revision}.`);
      return storageFailure(error, 'read the article history');
    }
  }

  /** Forgets an article's history (when it is deleted for good). */
  async removeAll(id: ArticleId): Promise<void> {
    for (const name of await this.fileSystem.readdir(this.folderOf(id)).catch(() => [] as string[])) {
      await this.fileSystem.unlink(path.join(this.folderOf(id), name));
    }
    await this.fileSystem.rmdir(this.folderOf(id)).catch(() => undefined);
  }

  private async snapshotNames(id: ArticleId): Promise<string[]> {
    try {
      return (await this.fileSystem.readdir(this.folderOf(id))).filter((candidate) => /^\d+\.json$/.test(candidate));
    } catch (error) {
      if (isErrorCode(error, ['ENOENT'])) return [];
      throw error;
    }
  }

  private async readAll(id: ArticleId): Promise<Array<{ savedAt: string; reason: RevisionReason; article: Article; file: string }>> {
    const names = await this.snapshotNames(id);
    const snapshots = [];
    for (const name of names) {
      const file = path.join(this.folderOf(id), name);
      const snapshot = await this.read(file).catch(() => undefined);
      if (snapshot) snapshots.push({ ...snapshot, file });
    }
    return snapshots.sort((first, second) => second.article.revision - first.article.revision);
  }

  private async read(file: string): Promise<{ savedAt: string; reason: RevisionReason; article: Article } | undefined> {
    const parsed = SnapshotFileSchema.safeParse(JSON.parse(await this.fileSystem.readFile(file, 'utf8')));
    const article = parsed.success ? ArticleSchema.safeParse(parsed.data.article) : undefined;
    if (!parsed.success || !article?.success) return undefined;
    return { savedAt: parsed.data.savedAt, reason: parsed.data.reason as RevisionReason, article: article.data };
  }

  private async prune(id: ArticleId): Promise<void> {
    const snapshots = await this.readAll(id);
    const kept = retainedSnapshots(snapshots.map((snapshot) => Date.parse(snapshot.savedAt)), this.now().getTime(), this.retention);
    for (const snapshot of snapshots) {
      if (!kept.has(Date.parse(snapshot.savedAt))) await this.fileSystem.unlink(snapshot.file).catch(() => undefined);
    }
  }

  private folderOf(id: ArticleId): string {
    return path.join(this.directory, id);
  }
}
