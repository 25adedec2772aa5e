import path from 'node:path';
import type { ImportOutcome } from '../../core/api/api-contract';
import type { ImportResult } from '../../core/import/import-plain-text';
import { slugify } from '../../core/text/slugify';
import { uniqueSlug } from '../../core/text/unique-slug';
import type { ArticleLibrary } from '../library/article-library';
import type { MediaStore } from '../library/media-store';

export const importCancelledMessage = 'The import was cancelled before this file.';

/** The outcome of a file the import was cancelled before. */
export function cancelledImport(file: string): ImportOutcome {
  return { file, ok: false, error: importCancelledMessage, cancelled: true };
}

export interface ImportOptions {
  /** Slugs already used in the library, when the caller knows them; otherwise the library is listed. */
  readonly takenSlugs?: readonly string[];
  /** Asked after parsing, before anything is written: false (the import was cancelled) leaves nothing behind. */
  readonly mayWrite?: () => Promise<boolean>;
}

/** Imports files and pasted copy as new drafts; one bad file never stops the rest. Runs in a worker thread in the app. */
export class ImportService {
  constructor(
    private readonly library: ArticleLibrary,
    private readonly media: MediaStore,
  ) {}

  async importBytes(file: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportOutcome> {
    return this.isolated(file, options, async () => {
      // The parsers (happy-dom, mammoth, marked) load on first import, not at every start.
      const { importFile } = await import('./import-file');
      return importFile(path.basename(file), Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), this.media);
    });
  }

  /** Copied web text: the HTML when the clipboard has it, else the plain text. */
  async importPasted(html: string | undefined, text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
    return this.isolated('clipboard', options, async () => {
      const { parsePasted } = await import('./parse-pasted');
      return parsePasted(html, text);
    });
  }

  /** Every step of one file (decode, parse, clean, validate, land) inside that file's own result. */
  private async isolated(file: string, options: ImportOptions, parse: () => Promise<ImportResult>): Promise<ImportOutcome> {
    try {
      const parsed = await parse();
      if (options.mayWrite && !(await options.mayWrite())) return cancelledImport(file);
      return await this.land(file, parsed, options.takenSlugs);
    } catch (error) {
      return { file, ok: false, error: `The file could not be imported: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  private async land(file: string, result: ImportResult, takenSlugs: readonly string[] | undefined): Promise<ImportOutcome> {
    if (!result.ok) return { file, ok: false, error: result.reason };
    const taken = new Set(takenSlugs ?? (await this.takenSlugs()));
    const slug = uniqueSlug(result.content.slug || slugify(result.content.headline), taken);
    const created = await this.library.create({ ...result.content, slug, status: 'draft', editorialNote: '' });
    if (!created.ok) return { file, ok: false, error: created.error.message };
    return { file, ok: true, id: created.value.id, headline: created.value.headline };
  }

  private async takenSlugs(): Promise<string[]> {
    const listed = await this.library.list();
    return listed.ok ? listed.value.articles.map((article) => article.slug) : [];
  }
}
