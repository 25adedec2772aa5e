import { apiClientOf } from '../core/api/api-client-of';
import type { NewsroomApi } from '../core/api/api-contract';
import { failure, success, type ApiResult } from '../core/api/api-error';
import { seedArticleContent } from '../core/sample/seed-article-content';
import type { Settings } from '../core/settings/settings-schema';
import { createApiRouter, type ApiImplementation, type ApiRouter } from './api/api-router';
import { EventHub } from './api/event-hub';
import { FlushCoordinator } from './api/flush-coordinator';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bundledFontFaces } from './export/bundled-font-faces';
import { ExportService } from './export/export-service';
import { ImportService } from './import/import-service';
import { ArticleLibrary } from './library/article-library';
import { MediaStore } from './library/media-store';
import type { FileSystem } from './storage/file-system';
import { SettingsService, type SettingsStore } from './settings/settings-service';

export interface NewsroomBackendOptions {
  /** Folder of settings.json. */
  readonly settingsDirectory: string;
  /** Overrides the data folder from the settings (--data, NEWSROOM_DATA_DIR). */
  readonly dataDirectory?: string;
  readonly transport: 'ipc' | 'http';
  readonly version: string;
  readonly openStore: (directory: string, defaults: Settings) => SettingsStore;
  readonly fileSystem?: FileSystem;
  /** The desktop's native folder picker; browser mode has none. */
  readonly chooseFolder?: (defaultPath: string) => Promise<string | undefined>;
  readonly now?: () => Date;
}

export interface NewsroomBackend {
  readonly router: ApiRouter;
  /** The router as a typed client: what the CLI and the desktop shell call, contract validation included. */
  readonly api: NewsroomApi;
  readonly events: EventHub;
  /** Asks open editors to save pending typing before a window closes or the process stops. */
  readonly flush: FlushCoordinator;
  readonly library: ArticleLibrary;
  readonly media: MediaStore;
  readonly importer: ImportService;
  readonly settings: SettingsService;
  /** The export folder from the settings, or Documents/Newsroom. */
  readonly exportDirectory: () => string;
  /** For long-running hosts (the desktop app, browser mode): reports other processes' changes as libraryChanged 'external'. */
  readonly watchForChanges: () => () => void;
}

/** Opens settings and the library, seeds a new library with the sample story, and wires the API. */
export async function createNewsroomBackend(options: NewsroomBackendOptions): Promise<ApiResult<NewsroomBackend>> {
  const settings = new SettingsService({ directory: options.settingsDirectory, openStore: options.openStore, now: options.now });
  const directory = options.dataDirectory ?? (settings.get().dataDirectory || options.settingsDirectory);
  const library = new ArticleLibrary({ directory, fileSystem: options.fileSystem, now: options.now });
  const opened = await library.open();
  if (!opened.ok) return opened;
  if (opened.value.created) {
    const seeded = await library.create(seedArticleContent);
    if (!seeded.ok) return seeded;
  }
  const media = new MediaStore(path.join(directory, 'media'), options.fileSystem);
  const events = new EventHub();
  const flush = new FlushCoordinator();
  const exporter = new ExportService(library, media.directory, options.fileSystem);
  const exportJobs = new Map<string, AbortController>();
  const importer = new ImportService(library, media);
  const exportDirectory = () => settings.get().exportDirectory || path.join(os.homedir(), 'Documents', 'Newsroom');
  const implementation: ApiImplementation = {
    getAppInfo: async () =>
      success({
        version: options.version,
        transport: options.transport,
        dataDirectory: library.directory,
        settingsFile: settings.filePath,
        exportDirectory: exportDirectory(),
      }),
    listArticles: () => library.list(),
    getArticle: ({ id }) => library.get(id),
    createArticle: async ({ language, headline }) => {
      const created = await library.create({
        ...(language ? { language } : {}),
        ...(headline ? { headline } : {}),
        byline: settings.get().authorName,
      });
      if (created.ok) events.emit('libraryChanged', { reason: 'created', id: created.value.id });
      return created;
    },
    saveArticle: async ({ id, baseRevision, changes, keepMine }) => {
      const saved = await library.save(id, baseRevision, changes, { keepMine });
      if (saved.ok) events.emit('libraryChanged', { reason: 'saved', id, revision: saved.value.revision });
      return saved;
    },
    deleteArticle: async ({ id }) => {
      const deleted = await library.delete(id);
      if (deleted.ok) events.emit('libraryChanged', { reason: 'deleted', id });
      return deleted;
    },
    listTrash: () => library.listTrash(),
    emptyTrash: async () => {
      const emptied = await library.emptyTrash();
      if (emptied.ok && emptied.value.removed > 0) events.emit('libraryChanged', { reason: 'deleted' });
      return emptied;
    },
    restoreArticle: async ({ id }) => {
      const restored = await library.restore(id);
      if (restored.ok) events.emit('libraryChanged', { reason: 'restored', id });
      return restored;
    },
    listTags: () => library.listTags(),
    storeMedia: ({ fileName, dataBase64 }) => media.store(fileName, dataBase64),
    exportArticles: async ({ jobId, directory, embedFonts, ...request }) => {
      if (directory === exportDirectory()) await mkdir(directory, { recursive: true }).catch(() => undefined);
      const controller = new AbortController();
      exportJobs.set(jobId, controller);
      try {
        const exported = await exporter.export({
          ...request,
          directory,
          siteUrl: settings.get().site.url,
          siteName: settings.get().site.name,
          siteLogo: settings.get().site.logo,
          ...(embedFonts && !request.fragment ? { fontFaceCss: await bundledFontFaces() } : {}),
          signal: controller.signal,
          onProgress: (done, total) => events.emit('exportProgress', { jobId, done, total }),
        });
        if (exported.ok && !exported.value.cancelled) events.emit('libraryChanged', { reason: 'exported' });
        return exported;
      } finally {
        exportJobs.delete(jobId);
      }
    },
    importFiles: async ({ files }) => {
      const outcomes = [];
      for (const file of files) outcomes.push(await importer.importBytes(file.name, Buffer.from(file.dataBase64, 'base64')));
      if (outcomes.some((outcome) => outcome.ok)) events.emit('libraryChanged', { reason: 'imported' });
      return success(outcomes);
    },
    importPasted: async ({ html, text }) => {
      const outcome = await importer.importPasted(html, text);
      if (outcome.ok) events.emit('libraryChanged', { reason: 'imported', id: outcome.id });
      return success(outcome);
    },
    chooseFolder: async ({ defaultPath }) => {
      if (!options.chooseFolder) return failure('unsupported', 'Choosing a folder needs the desktop app; type the path instead.');
      return success({ path: (await options.chooseFolder(defaultPath)) ?? null });
    },
    cancelExport: async ({ jobId }) => {
      const job = exportJobs.get(jobId);
      job?.abort();
      return success({ cancelled: job !== undefined });
    },
    getSettings: async () => success({ settings: settings.get(), notices: [...settings.notices] }),
    updateSettings: async ({ changes }) => settings.update(changes),
    listRevisions: ({ id }) => library.listRevisions(id),
    getRevision: ({ id, revision }) => library.getRevision(id, revision),
    restoreRevision: async ({ id, revision, baseRevision }) => {
      const restored = await library.restoreRevision(id, revision, baseRevision);
      if (restored.ok) events.emit('libraryChanged', { reason: 'restored', id, revision: restored.value.revision });
      return restored;
    },
    reportFlushed: async ({ requestId }) => success({ acknowledged: flush.acknowledge(requestId) }),
  };
  const router = createApiRouter(implementation);
  const watchForChanges = () => library.watchOthers((id, revision) => events.emit('libraryChanged', { reason: 'external', id, ...(revision === undefined ? {} : { revision }) }));
  return success({ router, api: apiClientOf(router), events, flush, exportDirectory, watchForChanges, library, media, importer, settings });
}
