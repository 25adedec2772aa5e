import { createHash } from 'node:crypto';
import path from 'node:path';
import { failure, success, type ApiResult } from '../../core/api/api-error';
import type { Article, ArticleId } from '../../core/article/article-schema';
import { mediaSourcesOf } from '../../core/document/media-sources-of';
import { exportExtensions, renderExport, type ExportFormat } from '../../core/export/render-export';
import type { DateStyle } from '../../core/settings/settings-schema';
import { isUnderEmbargo } from '../../core/workflow/is-under-embargo';
import { safeFileStem } from '../../core/export/safe-file-stem';
import type { ArticleLibrary } from '../library/article-library';
import { atomicWriteFile } from '../storage/atomic-write-file';
import { syncDirectory } from '../storage/sync-directory';
import { realFileSystem, type FileSystem } from '../storage/file-system';
import { isErrorCode } from '../storage/is-error-code';
import { storageFailure } from '../storage/storage-failure';

/** How many export files are being written at once. */
const parallelWrites = 32;

export type ExistingFilePolicy = 'ask' | 'replace' | 'keep-both';

export interface ExportRequest {
  readonly ids: readonly ArticleId[];
  readonly formats: readonly ExportFormat[];
  readonly directory: string;
  readonly fragment: boolean;
  readonly onExisting: ExistingFilePolicy;
  /** Write manifest.json listing every file with its checksum. */
  readonly manifest: boolean;
  readonly siteUrl?: string;
  readonly siteName?: string;
  readonly siteLogo?: string;
  readonly dateStyle?: DateStyle;
  readonly fontFaceCss?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
  /** Record the export in each article afterwards (the default); off where the thread that owns the library does it. */
  readonly markExported?: boolean;
  /** Also move approved articles to "published" when recording the export. */
  readonly publish?: boolean;
  /** Export articles under embargo anyway (the journalist confirmed it). */
  readonly overrideEmbargo?: boolean;
  /** The moment embargoes are compared with; now by default. */
  readonly now?: Date;
}

export interface ExportedFile {
  readonly id: ArticleId;
  readonly format: ExportFormat;
  readonly path: string;
}

export interface ExportResult {
  readonly files: ExportedFile[];
  readonly manifestPath?: string;
  readonly cancelled: boolean;
}

interface PlannedArticle {
  readonly article: Article;
  readonly files: Array<{ readonly format: ExportFormat; readonly name: string }>;
}

/** Writes articles as HTML, JSON and ninjs files: atomically, never over an existing file unless told to. */
export class ExportService {
  constructor(
    private readonly library: ArticleLibrary,
    private readonly mediaDirectory: string,
    private readonly fileSystem: FileSystem = realFileSystem,
  ) {}

  async export(request: ExportRequest): Promise<ApiResult<ExportResult>> {
    const directory = path.resolve(request.directory);
    const folder = await this.fileSystem.stat(directory).catch(() => undefined);
    if (!folder?.isDirectory()) return failure('folder-missing', `The export folder ${directory} does not exist.`);

    const articles: Article[] = [];
    for (const id of request.ids) {
      const loaded = await this.library.get(id);
      if (!loaded.ok) return failure(loaded.error.code, `Cannot export ${id}: ${loaded.error.message}`);
      articles.push(loaded.value);
    }
    const embargoed = request.overrideEmbargo ? [] : articles.filter((article) => isUnderEmbargo(article, request.now ?? new Date()));
    if (embargoed.length > 0) {
      return failure('embargoed', `Under embargo: ${embargoed.map((article) => `"${article.headline || article.id}" until ${article.embargo}`).join(', ')}.`);
    }

    const existing = new Set((await this.fileSystem.readdir(directory)).map((name) => name.toLowerCase()));
    const taken = new Set<string>();
    const conflicts: string[] = [];
    // One stem per article for all its formats, so kerry.html and kerry.json stay a pair.
    const claimStem = (wanted: string, extensions: readonly string[]): string => {
      for (let suffix = 1; ; suffix += 1) {
        const stem = suffix === 1 ? wanted : `${wanted}-${suffix}`;
        const names = extensions.map((extension) => `${stem}.${extension}`.toLowerCase());
        if (names.some((name) => taken.has(name))) continue;
        if (request.onExisting === 'keep-both' && names.some((name) => existing.has(name))) continue;
        if (request.onExisting === 'ask') conflicts.push(...names.filter((name) => existing.has(name)));
        for (const name of names) taken.add(name);
        return stem;
      }
    };
    const extensions = request.formats.map((format) => exportExtensions[format]);
    const plan: PlannedArticle[] = articles.map((article) => {
      const stem = claimStem(safeFileStem(article.slug || article.id, article.id), extensions);
      return { article, files: request.formats.map((format) => ({ format, name: `${stem}.${exportExtensions[format]}` })) };
    });
    const manifestName = request.manifest ? `${claimStem('manifest', ['json'])}.json` : undefined;
    if (conflicts.length > 0) {
      return failure('conflict', `These files already exist in ${directory}: ${conflicts.join(', ')}`);
    }

    const written: ExportedFile[] = [];
    const manifestEntries: Array<{ id: string; headline: string; files: Array<{ format: ExportFormat; file: string; sha256: string }> }> = [];
    const media = new Set<string>();
    // Files are written a few at a time: each waits for its own fsync, and the disk settles many
    // at once about as fast as one.
    const writing = new Set<Promise<void>>();
    let writeFailure: ApiResult<never> | undefined;
    const queueWrite = async (target: string, name: string, content: string) => {
      if (writing.size >= parallelWrites) await Promise.race(writing);
      const write: Promise<void> = atomicWriteFile(this.fileSystem, target, content, { syncFolder: false })
        .catch((error: unknown) => {
          writeFailure ??= storageFailure(error, `write ${name}`);
        })
        .finally(() => writing.delete(write));
      writing.add(write);
    };
    let done = 0;
    request.onProgress?.(0, plan.length);
    for (const { article, files } of plan) {
      if (request.signal?.aborted) {
        await Promise.all(writing);
        return writeFailure ?? this.synced(directory, success({ files: written, cancelled: true }));
      }
      if (writeFailure) break;
      const entry = { id: article.id, headline: article.headline, files: [] as Array<{ format: ExportFormat; file: string; sha256: string }> };
      for (const { format, name } of files) {
        const content = renderExport(article, format, {
          fragment: request.fragment,
          siteUrl: request.siteUrl,
          siteName: request.siteName,
          siteLogo: request.siteLogo,
          dateStyle: request.dateStyle,
          fontFaceCss: request.fontFaceCss,
        });
        const target = path.join(directory, name);
        await queueWrite(target, name, content);
        if (format === 'html') for (const source of mediaSourcesOf(article.body)) media.add(source);
        entry.files.push({ format, file: name, sha256: createHash('sha256').update(content).digest('hex') });
        written.push({ id: article.id, format, path: target });
      }
      manifestEntries.push(entry);
      done += 1;
      request.onProgress?.(done, plan.length);
      // Rendering never waits, so a cancel (a message from the thread that started the export)
      // is let in between articles.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(writing);
    if (writeFailure) return writeFailure;

    const copied = await this.copyMedia(media, directory);
    if (!copied.ok) return copied;
    let manifestPath: string | undefined;
    if (manifestName) {
      manifestPath = path.join(directory, manifestName);
      try {
        await atomicWriteFile(this.fileSystem, manifestPath, `${JSON.stringify({ exportedAt: new Date().toISOString(), articles: manifestEntries }, null, 2)}\n`, { syncFolder: false });
      } catch (error) {
        return storageFailure(error, 'write manifest.json');
      }
    }
    const synced = await this.synced(directory, success(undefined));
    if (!synced.ok) return synced;
    if (request.markExported ?? true) await this.library.markExported(plan.map(({ article }) => article.id), { publish: request.publish });
    return success({ files: written, ...(manifestPath ? { manifestPath } : {}), cancelled: false });
  }

  /** Each file was written and renamed on its own; one sync of the folder makes all the renames durable. */
  private async synced<Value>(directory: string, result: ApiResult<Value>): Promise<ApiResult<Value>> {
    try {
      await syncDirectory(this.fileSystem, directory);
      return result;
    } catch (error) {
      return storageFailure(error, 'finish writing the export folder');
    }
  }

  private async copyMedia(sources: ReadonlySet<string>, directory: string): Promise<ApiResult<void>> {
    if (sources.size === 0) return success(undefined);
    try {
      await this.fileSystem.mkdir(path.join(directory, 'media'), { recursive: true });
      for (const source of sources) {
        const name = path.basename(source);
        const bytes = await this.fileSystem.readFile(path.join(this.mediaDirectory, name)).catch((error: unknown) => {
          if (isErrorCode(error, ['ENOENT'])) return undefined;
          throw error;
        });
        if (bytes) await atomicWriteFile(this.fileSystem, path.join(directory, 'media', name), bytes, { syncFolder: false });
      }
      await syncDirectory(this.fileSystem, path.join(directory, 'media'));
      return success(undefined);
    } catch (error) {
      return storageFailure(error, 'copy the images');
    }
  }
}
