import path from 'node:path';
import type { ImportOutcome } from '../../core/api/api-contract';
import type { EditedBy } from '../../core/article/article-schema';
import { success, type ApiResult } from '../../core/api/api-error';
import { ExportService, type ExportRequest, type ExportResult } from '../export/export-service';
import { ImportService } from '../import/import-service';
import { ArticleLibrary, type CachedSummary } from '../library/article-library';
import { MediaStore } from '../library/media-store';

/** What a running task can see of its caller: the cancel request, a way to report progress, and leave to write. */
export interface TaskContext {
  readonly signal: AbortSignal;
  readonly progress: (done: number, total: number) => void;
  /**
   * Asked once before the task first writes: false when the job was cancelled. Until then a cancel may
   * stop the thread outright (parsing is pure); from then on the task finishes what it writes.
   */
  readonly mayWrite: () => Promise<boolean>;
}

/** An imported file's outcome, with the new article's listing entry so the caller's library need not read it back. */
export interface LandedImport {
  readonly outcome: ImportOutcome;
  readonly summary?: CachedSummary;
}

export type ExportTaskRequest = Omit<ExportRequest, 'signal' | 'onProgress' | 'markExported' | 'publish' | 'now'>;

// One library per data folder and thread, opened by the back end that owns the folder; this one only reads and adds.
const libraries = new Map<string, ArticleLibrary>();
// What the owning back end signs its changes with, as its latest task said (the author name can change between tasks).
const editors = new Map<string, EditedBy>();
function libraryAt(directory: string): ArticleLibrary {
  let library = libraries.get(directory);
  if (!library) {
    library = new ArticleLibrary({ directory, editor: () => editors.get(directory) ?? { name: '', machine: '' } });
    libraries.set(directory, library);
  }
  return library;
}

function importerAt(directory: string, editedBy: EditedBy): { readonly library: ArticleLibrary; readonly importer: ImportService } {
  editors.set(directory, editedBy);
  const library = libraryAt(directory);
  return { library, importer: new ImportService(library, new MediaStore(path.join(directory, 'media'))) };
}

function landed(library: ArticleLibrary, outcome: ImportOutcome): LandedImport {
  const summary = outcome.ok ? library.writtenSummary(outcome.id) : undefined;
  return summary ? { outcome, summary } : { outcome };
}

/**
 * The heavy work the back end hands to a worker thread, by name: parsing and landing an import, and a
 * whole batch export. Inputs and outputs are plain data that survive structured cloning.
 */
export const workerTasks = {
  async importFile(
    input: { readonly dataDirectory: string; readonly editedBy: EditedBy; readonly fileName: string; readonly bytes: Uint8Array; readonly takenSlugs: readonly string[] },
    context: TaskContext,
  ): Promise<LandedImport> {
    const { library, importer } = importerAt(input.dataDirectory, input.editedBy);
    return landed(library, await importer.importBytes(input.fileName, input.bytes, { takenSlugs: input.takenSlugs, mayWrite: context.mayWrite }));
  },
  async importPasted(
    input: { readonly dataDirectory: string; readonly editedBy: EditedBy; readonly html?: string; readonly text: string; readonly takenSlugs: readonly string[] },
    context: TaskContext,
  ): Promise<LandedImport> {
    const { library, importer } = importerAt(input.dataDirectory, input.editedBy);
    return landed(library, await importer.importPasted(input.html, input.text, { takenSlugs: input.takenSlugs, mayWrite: context.mayWrite }));
  },
  async exportArticles(input: { readonly dataDirectory: string; readonly request: ExportTaskRequest }, context: TaskContext): Promise<ApiResult<ExportResult>> {
    const exporter = new ExportService(libraryAt(input.dataDirectory), path.join(input.dataDirectory, 'media'));
    if (!(await context.mayWrite())) return success({ files: [], cancelled: true });
    return exporter.export({ ...input.request, markExported: false, signal: context.signal, onProgress: context.progress });
  },
} as const;

export type WorkerTasks = typeof workerTasks;
export type TaskName = keyof WorkerTasks;
export type TaskInput<Name extends TaskName> = Parameters<WorkerTasks[Name]>[0];
export type TaskOutput<Name extends TaskName> = Awaited<ReturnType<WorkerTasks[Name]>>;
