import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { failure, success, type ApiResult } from '../../core/api/api-error';
import type { QuarantineEntry, TagUsage, TrashEntry } from '../../core/api/api-contract';
import { tagUsage } from '../../core/article/tag-usage';
import { QuarantineEntrySchema } from '../../core/api/api-contract';
import {
  ArticleIdSchema,
  ArticleSchema,
  ArticleSummarySchema,
  type Article,
  type ArticleChanges,
  type ArticleContent,
  type ArticleId,
  type ArticleSummary,
} from '../../core/article/article-schema';
import { createArticle } from '../../core/article/create-article';
import { migrateArticle } from '../../core/article/migrate-article';
import { atomicWriteFile } from '../storage/atomic-write-file';
import { isErrorCode } from '../storage/is-error-code';
import { realFileSystem, type FileSystem } from '../storage/file-system';
import { storageFailure } from '../storage/storage-failure';

const TrashFileSchema = z.object({ deletedAt: z.string(), article: z.unknown() });

export interface ArticleLibraryOptions {
  readonly directory: string;
  readonly fileSystem?: FileSystem;
  readonly now?: () => Date;
  readonly createId?: () => ArticleId;
}

interface CachedSummary {
  readonly modifiedAt: number;
  readonly size: number;
  readonly summary: ArticleSummary;
}

type ReadResult =
  | { readonly kind: 'article'; readonly article: Article }
  | { readonly kind: 'missing' }
  | { readonly kind: 'quarantined'; readonly entry: QuarantineEntry };

/** The article library on disk: one JSON file per article, atomic writes, trash and quarantine. */
export class ArticleLibrary {
  private readonly fileSystem: FileSystem;
  private readonly now: () => Date;
  private readonly createId: () => ArticleId;
  private readonly summaries = new Map<string, CachedSummary>();
  private readonly locks = new Map<ArticleId, Promise<unknown>>();

  constructor(private readonly options: ArticleLibraryOptions) {
    this.fileSystem = options.fileSystem ?? realFileSystem;
    this.now = options.now ?? (() => new Date());
    this.createId = options.createId ?? randomUUID;
  }

  get directory(): string {
    return this.options.directory;
  }

  /** Creates the library folders; reports whether the library is new, so the caller can seed it. */
  async open(): Promise<ApiResult<{ readonly created: boolean }>> {
    try {
      const created = !(await this.exists(this.folder('articles')));
      for (const folder of ['articles', 'trash', 'quarantine'] as const) {
        await this.fileSystem.mkdir(this.folder(folder), { recursive: true });
      }
      return success({ created });
    } catch (error) {
      return storageFailure(error, 'open the data folder');
    }
  }

  /** Lists every readable article, re-reading only files that changed since the last listing. */
  async list(): Promise<ApiResult<{ articles: ArticleSummary[]; quarantine: QuarantineEntry[] }>> {
    let names: string[];
    try {
      names = (await this.fileSystem.readdir(this.folder('articles'))).filter(isArticleFileName);
    } catch (error) {
      return storageFailure(error, 'list the articles');
    }
    const articles: ArticleSummary[] = [];
    const present = new Set(names);
    for (const name of names) {
      const summary = await this.summaryOf(name);
      if (summary) articles.push(summary);
    }
    for (const name of this.summaries.keys()) if (!present.has(name)) this.summaries.delete(name);
    articles.sort((first, second) => second.updatedAt.localeCompare(first.updatedAt));
    const quarantine = await this.listQuarantine();
    if (!quarantine.ok) return quarantine;
    return success({ articles, quarantine: quarantine.value });
  }

  /** Reads one article; a file that cannot be read is quarantined and reported. */
  async get(id: ArticleId): Promise<ApiResult<Article>> {
    if (!ArticleIdSchema.safeParse(id).success) return failure('invalid-input', `"${id}" is not an article id.`);
    const result = await this.read(this.articlePath(id));
    if (!result.ok) return result;
    return this.foundOrFailure(id, result.value);
  }

  /** Creates and stores a new article. */
  async create(content: Partial<ArticleContent> = {}): Promise<ApiResult<Article>> {
    const article = createArticle(this.createId(), this.now(), content);
    const checked = ArticleSchema.safeParse(article);
    if (!checked.success) return failure('invalid-input', z.prettifyError(checked.error));
    return this.write(checked.data, 'create the article');
  }

  /** Saves changes made on top of baseRevision; a save based on an older revision is a conflict. */
  save(id: ArticleId, baseRevision: number, changes: ArticleChanges): Promise<ApiResult<Article>> {
    return this.exclusively(id, async () => {
      const current = await this.get(id);
      if (!current.ok) return current;
      // Autosave sends the slug with every save; only a changed one needs the library listed.
      if (changes.slug && changes.slug !== current.value.slug) {
        const listed = await this.list();
        const owner = listed.ok ? listed.value.articles.find((summary) => summary.slug === changes.slug && summary.id !== id) : undefined;
        if (owner) return failure('invalid-input', `The slug "${changes.slug}" is already used by another article.`);
      }
      if (current.value.revision !== baseRevision) {
        return failure('conflict', `Article ${id} is at revision ${current.value.revision}, not ${baseRevision}.`, {
          currentRevision: current.value.revision,
        });
      }
      const next = ArticleSchema.safeParse({
        ...current.value,
        ...changes,
        revision: current.value.revision + 1,
        updatedAt: this.now().toISOString(),
      });
      if (!next.success) return failure('invalid-input', z.prettifyError(next.error));
      return this.write(next.data, 'save the article');
    });
  }

  /** Records that an article was exported: status "exported" with the time, as a new revision. */
  markExported(id: ArticleId): Promise<ApiResult<Article>> {
    return this.exclusively(id, async () => {
      const current = await this.get(id);
      if (!current.ok) return current;
      const now = this.now().toISOString();
      return this.write({ ...current.value, status: 'exported', exportedAt: now, updatedAt: now, revision: current.value.revision + 1 }, 'mark the article as exported');
    });
  }

  /** Moves an article to the trash, from where it can be restored. */
  delete(id: ArticleId): Promise<ApiResult<TrashEntry>> {
    return this.exclusively(id, async () => {
      const current = await this.get(id);
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

  private async summaryOf(name: string): Promise<ArticleSummary | undefined> {
    const filePath = path.join(this.folder('articles'), name);
    let stats;
    try {
      stats = await this.fileSystem.stat(filePath);
    } catch {
      return undefined;
    }
    const cached = this.summaries.get(name);
    if (cached && cached.modifiedAt === stats.mtimeMs && cached.size === stats.size) return cached.summary;
    const result = await this.read(filePath);
    if (!result.ok || result.value.kind !== 'article') return undefined;
    const summary = ArticleSummarySchema.parse(result.value.article);
    this.summaries.set(name, { modifiedAt: stats.mtimeMs, size: stats.size, summary });
    return summary;
  }

  private async read(filePath: string): Promise<ApiResult<ReadResult>> {
    let text: string;
    try {
      text = await this.fileSystem.readFile(filePath, 'utf8');
    } catch (error) {
      if (isErrorCode(error, ['ENOENT'])) return success({ kind: 'missing' });
      return storageFailure(error, `read ${path.basename(filePath)}`);
    }
    const parsed = parseArticleFile(text, path.basename(filePath));
    if (parsed.ok) return success({ kind: 'article', article: parsed.article });
    return this.quarantine(filePath, parsed.reason);
  }

  private async quarantine(filePath: string, reason: string): Promise<ApiResult<ReadResult>> {
    const quarantinedAt = this.now().toISOString();
    const originalName = path.basename(filePath);
    const file = `${quarantinedAt.replace(/[:.]/g, '-')}-${originalName}`;
    const entry: QuarantineEntry = { file, originalName, reason, quarantinedAt };
    try {
      await this.fileSystem.rename(filePath, path.join(this.folder('quarantine'), file));
      await atomicWriteFile(
        this.fileSystem,
        path.join(this.folder('quarantine'), `${file}.reason.json`),
        JSON.stringify(entry, null, 2),
      );
    } catch (error) {
      return storageFailure(error, `move the unreadable file ${originalName} to quarantine`);
    }
    this.summaries.delete(originalName);
    return success({ kind: 'quarantined', entry });
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
    }
  }

  private async write(article: Article, action: string): Promise<ApiResult<Article>> {
    try {
      await atomicWriteFile(this.fileSystem, this.articlePath(article.id), `${JSON.stringify(article, null, 2)}\n`);
      return success(article);
    } catch (error) {
      return storageFailure(error, action);
    }
  }

  private async exclusively<Value>(id: ArticleId, work: () => Promise<Value>): Promise<Value> {
    const previous = this.locks.get(id) ?? Promise.resolve();
    const next = previous.then(work, work);
    this.locks.set(id, next);
    try {
      return await next;
    } finally {
      if (this.locks.get(id) === next) this.locks.delete(id);
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

  private folder(name: 'articles' | 'trash' | 'quarantine'): string {
    return path.join(this.options.directory, name);
  }

  private articlePath(id: ArticleId): string {
    return path.join(this.folder('articles'), `${id}.json`);
  }

  private trashPath(id: ArticleId): string {
    return path.join(this.folder('trash'), `${id}.json`);
  }
}

const invalidJson = Symbol('invalid JSON');

type ParsedArticleFile =
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly reason: string };

function parseArticleFile(text: string, name: string): ParsedArticleFile {
  const json = parseJson(text);
  if (json === invalidJson) return { ok: false, reason: 'The file is not valid JSON.' };
  const migrated = migrateArticle(json);
  if (!migrated.ok) return migrated;
  const article = ArticleSchema.safeParse(migrated.value);
  if (!article.success) {
    return { ok: false, reason: `The file does not match the article schema: ${z.prettifyError(article.error)}` };
  }
  if (`${article.data.id}.json` !== name) {
    return { ok: false, reason: `The file name does not match the article id ${article.data.id}.` };
  }
  return { ok: true, article: article.data };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return invalidJson;
  }
}

function isArticleFileName(name: string): boolean {
  return name.endsWith('.json') && !name.startsWith('.');
}
