import { apiClientOf } from '../core/api/api-client-of';
import type { ImportOutcome, NewsroomApi } from '../core/api/api-contract';
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
import { ArticleLibrary } from './library/article-library';
import { thisMachineName } from './paths/this-machine-name';
import { SearchIndex } from './search/search-index';
import { ConflictMarks } from './sync/conflict-marks';
import { storageFailure } from './storage/storage-failure';
import { DeskSyncService } from './sync/desk-sync-service';
import { sessionPasswordStore, type SyncPasswordStore } from './sync/sync-password-store';
import { renameTag } from '../core/article/rename-tag';
import { MediaStore } from './library/media-store';
import { WordListStore } from './proofing/word-lists';
import { SettingsService, type SettingsStore } from './settings/settings-service';
import { cancelledImport } from './import/import-service';
import { newsroomWorkerLaunch } from './workers/newsroom-worker-launch';
import type { TaskOutcome, TaskRunner } from './workers/task-runner';
import type { ExportTaskRequest, LandedImport } from './workers/worker-tasks';
import { ThreadTaskRunner } from './workers/thread-task-runner';

export interface NewsroomBackendOptions {
  /** Folder of settings.json. */
  readonly settingsDirectory: string;
  /** Where the desk sync password is kept (the desktop app: the system keychain); default: memory, from NEWSROOM_SYNC_PASSWORD. */
  readonly syncPasswords?: SyncPasswordStore;
  /** Overrides the data folder from the settings (--data, NEWSROOM_DATA_DIR). */
  readonly dataDirectory?: string;
  readonly transport: 'ipc' | 'http';
  readonly version: string;
  readonly openStore: (directory: string, defaults: Settings) => SettingsStore;
  /** The desktop's native folder picker; browser mode has none. */
  readonly chooseFolder?: (defaultPath: string) => Promise<string | undefined>;
  readonly now?: () => Date;
  /** Where imports and batch exports run: worker threads unless told otherwise. */
  readonly tasks?: TaskRunner;
  /** How long, in milliseconds, the window must have asked nothing before a long-running host loads the library's index (5 s). */
  readonly quietBeforeIndexOpens?: number;
  /** The name edits and desk presence are signed with (thisMachineName() when absent). */
  readonly machineName?: string;
  /** A one-shot command (the CLI) may block its thread on file system calls where that is faster. */
  readonly oneShot?: boolean;
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
  readonly settings: SettingsService;
  /** The export folder from the settings, or Documents/Newsroom. */
  readonly exportDirectory: () => string;
  /** For long-running hosts (the desktop app, browser mode): reports other processes' changes as libraryChanged 'external'. */
  readonly watchForChanges: () => () => void;
  /** Writes the search index if it changed and stops the worker threads kept for the next import or export. */
  readonly close: () => Promise<void>;
}

/** How long the window must have asked nothing before a long-running host loads the library's index. */
const quietBeforeIndexOpens = 5000;

/** Opens settings and the library, seeds a new library with the sample story, and wires the API. */
export async function createNewsroomBackend(options: NewsroomBackendOptions): Promise<ApiResult<NewsroomBackend>> {
  const settings = new SettingsService({ directory: options.settingsDirectory, openStore: options.openStore, now: options.now });
  const directory = options.dataDirectory ?? (settings.get().dataDirectory || options.settingsDirectory);
  const machine = options.machineName ?? thisMachineName();
  const editor = () => ({ name: settings.get().authorName, machine });
  const library = new ArticleLibrary({ directory, now: options.now, keepsIndex: true, editor, blockingStats: options.oneShot });
  const opened = await library.open();
  if (!opened.ok) return opened;
  if (opened.value.created) {
    const seeded = await library.create(seedArticleContent);
    if (!seeded.ok) return seeded;
  }
  const media = new MediaStore(path.join(directory, 'media'));
  const conflictMarks = new ConflictMarks(directory);
  const wordLists = new WordListStore(directory);
  const events = new EventHub();
  const searchIndex = new SearchIndex({
    dataDirectory: directory,
    now: options.now,
    readArticle: async (id) => {
      const read = await library.get(id);
      return read.ok ? read.value : undefined;
    },
  });
  // Once the index is in use it follows every change; until then, opening it compares it with the folder.
  events.subscribe('libraryChanged', ({ id }) => {
    if (!searchIndex.isOpen) return;
    void (id ? searchIndex.update(id) : searchIndex.refresh());
  });
  const deskSync = new DeskSyncService({
    library,
    dataDirectory: directory,
    settings: () => settings.get().deskSync,
    passwords: options.syncPasswords ?? sessionPasswordStore(process.env.NEWSROOM_SYNC_PASSWORD),
    // What a round wrote is news to the window and to the search index, like another process's change.
    onArrivals: () => events.emit('libraryChanged', { reason: 'external' }),
    who: editor,
    now: options.now,
  });
  const flush = new FlushCoordinator();
  const tasks = options.tasks ?? new ThreadTaskRunner(newsroomWorkerLaunch());
  const jobs = new Map<string, AbortController>();
  const startJob = (jobId: string | undefined): AbortController => {
    const controller = new AbortController();
    if (jobId) jobs.set(jobId, controller);
    return controller;
  };
  const defaultExportDirectory = path.join(os.homedir(), 'Documents', 'Newsroom');
  const exportDirectory = () => settings.get().exportDirectory || defaultExportDirectory;
  // Slugs must stay unique; the listing cache here makes them cheap, and the worker's library has none of its own.
  const land = async (file: string, run: (takenSlugs: readonly string[]) => Promise<TaskOutcome<LandedImport>>): Promise<ImportOutcome> => {
    const listed = await library.list();
    const ran = await run(listed.ok ? listed.value.articles.map((article) => article.slug) : []);
    if (!ran.ok && ran.cancelled) return cancelledImport(file);
    if (!ran.ok) return { file, ok: false, error: `The file could not be imported: ${ran.message}` };
    if (ran.value.outcome.ok && ran.value.summary) library.rememberSummary(ran.value.outcome.id, ran.value.summary);
    return ran.value.outcome;
  };
  const implementation: ApiImplementation = {
    getAppInfo: async () =>
      success({
        version: options.version,
        transport: options.transport,
        dataDirectory: library.directory,
        settingsFile: settings.filePath,
        exportDirectory: exportDirectory(),
        defaultExportDirectory,
        machine,
      }),
    listArticles: async ({ offset, limit }) => {
      const listed = await library.list();
      if (!listed.ok) return listed;
      const { articles } = listed.value;
      // Marks of stories no longer here are left out; most listings have none to check.
      const marks = await conflictMarks.list();
      const listedIds = marks.length > 0 ? new Set(articles.map((article) => article.id)) : undefined;
      const conflicts = marks.filter((id) => listedIds?.has(id));
      return success({ ...listed.value, articles: articles.slice(offset, limit === undefined ? undefined : offset + limit), total: articles.length, conflicts });
    },
    resolveConflict: ({ id }) =>
      conflictMarks.resolve(id).then(
        (resolved) => success({ id, resolved }),
        (error: unknown) => storageFailure(error, 'mark the conflict resolved'),
      ),
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
    saveArticle: async ({ id, baseRevision, changes, bodyPatch, keepMine }) => {
      const saved = await library.save(id, baseRevision, changes, { keepMine, bodyPatch, by: settings.get().authorName });
      if (!saved.ok) return saved;
      events.emit('libraryChanged', { reason: 'saved', id, revision: saved.value.revision });
      const { body: _sent, ...record } = saved.value;
      return success(record);
    },
    changeStatus: async ({ id, baseRevision, status }) => {
      const moved = await library.changeStatus(id, baseRevision, status, settings.get().authorName);
      if (moved.ok) events.emit('libraryChanged', { reason: 'saved', id, revision: moved.value.revision });
      return moved;
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
    deleteForever: async ({ id }) => {
      const removed = await library.deleteForever(id);
      if (removed.ok) events.emit('libraryChanged', { reason: 'deleted', id });
      return removed;
    },
    restoreArticle: async ({ id }) => {
      const restored = await library.restore(id);
      if (restored.ok) events.emit('libraryChanged', { reason: 'restored', id });
      return restored;
    },
    listTags: () => library.listTags(),
    renameTag: async ({ from, to }) => {
      const listed = await library.list();
      if (!listed.ok) return listed;
      let changed = 0;
      for (const summary of listed.value.articles) {
        const tags = renameTag(summary.tags, from, to);
        if (!tags) continue;
        // The listing has just re-read any file that changed, so its revision is the one on disk.
        const saved = await library.save(summary.id, summary.revision, { tags }, { by: settings.get().authorName });
        if (!saved.ok) return saved;
        events.emit('libraryChanged', { reason: 'saved', id: summary.id, revision: saved.value.revision });
        changed += 1;
      }
      return success({ changed });
    },
    search: async ({ query, ...searchOptions }) => success(await searchIndex.search(query, searchOptions)),
    storeMedia: ({ fileName, dataBase64 }) => media.store(fileName, dataBase64),
    exportArticles: async ({ jobId, directory, embedFonts, markPublished, ...exportRequest }) => {
      if (directory === exportDirectory()) await mkdir(directory, { recursive: true }).catch(() => undefined);
      const controller = startJob(jobId);
      try {
        const request: ExportTaskRequest = {
          ...exportRequest,
          directory,
          siteUrl: settings.get().site.url,
          siteName: settings.get().site.name,
          siteLogo: settings.get().site.logo,
          dateStyle: settings.get().dateStyle,
          ...(embedFonts && !exportRequest.fragment ? { fontFaceCss: await bundledFontFaces() } : {}),
        };
        const ran = await tasks.run('exportArticles', { dataDirectory: library.directory, request }, {
          signal: controller.signal,
          onProgress: (done, total) => events.emit('jobProgress', { jobId, kind: 'export', done, total }),
        });
        if (!ran.ok && ran.cancelled) return success({ files: [], cancelled: true });
        if (!ran.ok) return failure('internal', `The export stopped: ${ran.message}`);
        const exported = ran.value;
        if (!exported.ok || exported.value.cancelled) return exported;
        const recorded = await library.markExported([...new Set(exported.value.files.map((file) => file.id))], { publish: markPublished, by: settings.get().authorName });
        const notPublished = recorded.flatMap((answer) => (markPublished && answer.ok && answer.value.status !== 'exported' ? [answer.value.id] : []));
        events.emit('libraryChanged', { reason: 'exported' });
        return success({ ...exported.value, ...(markPublished ? { notPublished } : {}) });
      } finally {
        jobs.delete(jobId);
      }
    },
    importFiles: async ({ jobId, files }) => {
      const controller = startJob(jobId);
      const progress = (done: number) => jobId && events.emit('jobProgress', { jobId, kind: 'import', done, total: files.length });
      try {
        const outcomes: ImportOutcome[] = [];
        progress(0);
        for (const file of files) {
          const bytes = Buffer.from(file.dataBase64, 'base64');
          outcomes.push(await land(file.name, (takenSlugs) => tasks.run('importFile', { dataDirectory: library.directory, editedBy: editor(), fileName: file.name, bytes, takenSlugs }, { signal: controller.signal })));
          progress(outcomes.length);
        }
        if (outcomes.some((outcome) => outcome.ok)) events.emit('libraryChanged', { reason: 'imported' });
        return success(outcomes);
      } finally {
        if (jobId) jobs.delete(jobId);
      }
    },
    importPasted: async ({ html, text }) => {
      const outcome = await land('clipboard', (takenSlugs) => tasks.run('importPasted', { dataDirectory: library.directory, editedBy: editor(), ...(html === undefined ? {} : { html }), text, takenSlugs }));
      if (outcome.ok) events.emit('libraryChanged', { reason: 'imported', id: outcome.id });
      return success(outcome);
    },
    chooseFolder: async ({ defaultPath }) => {
      if (!options.chooseFolder) return failure('unsupported', 'Choosing a folder needs the desktop app; type the path instead.');
      return success({ path: (await options.chooseFolder(defaultPath)) ?? null });
    },
    cancelJob: async ({ jobId }) => {
      const job = jobs.get(jobId);
      job?.abort();
      return success({ cancelled: job !== undefined });
    },
    getSettings: async () => success({ settings: settings.get(), notices: [...settings.notices] }),
    updateSettings: async ({ changes }) => {
      const before = JSON.stringify(settings.get().deskSync);
      const updated = await settings.update(changes);
      if (updated.ok && JSON.stringify(updated.value.deskSync) !== before) await deskSync.restart();
      return updated;
    },
    getDeskSync: async ({ open }) => {
      if (open) deskSync.noteOpen(open);
      return success(await deskSync.status());
    },
    syncDeskNow: async () => success(await deskSync.syncNow()),
    changeDeskSyncPassword: async ({ password }) => success(await deskSync.changePassword(password)),
    testDeskSync: ({ server, password }) => deskSync.test(server, password),
    listRevisions: ({ id }) => library.listRevisions(id),
    getRevision: ({ id, revision }) => library.getRevision(id, revision),
    restoreRevision: async ({ id, revision, baseRevision }) => {
      const restored = await library.restoreRevision(id, revision, baseRevision);
      if (!restored.ok) return restored;
      // Restoring a version from History is how a journalist keeps the other side of a conflict.
      await conflictMarks.resolve(id).catch(() => false);
      events.emit('libraryChanged', { reason: 'restored', id, revision: restored.value.revision });
      return restored;
    },
    getWordLists: () => wordLists.read(),
    changeWordList: ({ list, add, remove }) => wordLists.change(list, { add, remove }),
    reportFlushed: async ({ requestId }) => success({ acknowledged: flush.acknowledge(requestId) }),
  };
  const routed = createApiRouter(implementation);
  let lastCall = Date.now();
  const router: ApiRouter = (method, input) => {
    lastCall = Date.now();
    return routed(method, input);
  };
  const watchForChanges = () => {
    // The library's one index (listing and search) follows every change only once open, so a
    // long-running host opens it once the window has stopped asking for a while: its first
    // listings come from the index's listing part alone, and loading the postings (a second of a
    // 2-core machine at 10,000 articles) must not compete with them. A search opens it at once.
    const opening = setInterval(() => {
      if (Date.now() - lastCall < (options.quietBeforeIndexOpens ?? quietBeforeIndexOpens)) return;
      clearInterval(opening);
      void searchIndex.open();
    }, Math.min(1000, options.quietBeforeIndexOpens ?? 1000));
    opening.unref?.();
    const stopWatching = library.watchOthers((id, revision) => events.emit('libraryChanged', { reason: 'external', id, ...(revision === undefined ? {} : { revision }) }));
    // Desk sync runs only in a long-running host (the desktop app, browser mode), never in a CLI command.
    void deskSync.start();
    return () => {
      clearInterval(opening);
      stopWatching();
      void deskSync.close();
    };
  };
  const close = async () => {
    await deskSync.close();
    await searchIndex.close();
    // The search index, when it was open, wrote the whole index; otherwise a listing this process had to read file by file is kept.
    if (!searchIndex.isOpen) await library.keepListing();
    await tasks.close();
  };
  return success({ router, api: apiClientOf(router), events, flush, exportDirectory, watchForChanges, library, media, settings, close });
}
