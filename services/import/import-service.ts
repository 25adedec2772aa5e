import path from 'node:path';
import type { ImportResult } from '../../core/import/import-plain-text';
import { importPlainText } from '../../core/import/import-plain-text';
import { documentDepth, maximumDocumentDepth } from '../../core/document/document-depth';
import { slugify } from '../../core/text/slugify';
import { uniqueSlug } from '../../core/text/unique-slug';
import type { ArticleLibrary } from '../library/article-library';
import type { MediaStore } from '../library/media-store';

export type ImportOutcome =
  | { readonly file: string; readonly ok: true; readonly id: string; readonly headline: string }
  | { readonly file: string; readonly ok: false; readonly error: string };

/** Imports files and pasted copy as new drafts; one bad file never stops the rest. */
export class ImportService {
  constructor(
    private readonly library: ArticleLibrary,
    private readonly media: MediaStore,
  ) {}

  async importBytes(file: string, bytes: Buffer): Promise<ImportOutcome> {
    return this.isolated(file, async () => {
      // The parsers (happy-dom, mammoth, marked) load on first import, not at every start.
      const { importFile } = await import('./import-file');
      return importFile(path.basename(file), bytes, this.media);
    });
  }

  /** Copied web text: the HTML when the clipboard has it, else the plain text. */
  async importPasted(html: string | undefined, text: string): Promise<ImportOutcome> {
    return this.isolated('clipboard', async () => {
      const { htmlToArticle } = await import('./html-to-article');
      const result: ImportResult = html?.trim() ? { ok: true, content: htmlToArticle(html, { headlineFrom: 'first-heading' }) } : importPlainText(text);
      if (result.ok && !result.content.headline) {
        const firstLine = text.trim().split('\n')[0]?.trim() ?? '';
        return { ok: true, content: { ...result.content, headline: firstLine.slice(0, 200) } };
      }
      return result;
    });
  }

  /** Every step of one file (decode, parse, clean, validate, land) inside that file's own result. */
  private async isolated(file: string, parse: () => Promise<ImportResult>): Promise<ImportOutcome> {
    try {
      return await this.land(file, await parse());
    } catch (error) {
      return { file, ok: false, error: `The file could not be imported: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  private async land(file: string, result: ImportResult): Promise<ImportOutcome> {
    if (!result.ok) return { file, ok: false, error: result.reason };
    if (documentDepth(result.content.body) > maximumDocumentDepth) {
      return { file, ok: false, error: `The document nests deeper than ${maximumDocumentDepth} levels (quotes or lists inside each other), more than any story needs.` };
    }
    const listed = await this.library.list();
    const taken = new Set(listed.ok ? listed.value.articles.map((article) => article.slug) : []);
    const slug = uniqueSlug(result.content.slug || slugify(result.content.headline), taken);
    const created = await this.library.create({ ...result.content, slug, status: 'draft', editorialNote: '' });
    if (!created.ok) return { file, ok: false, error: created.error.message };
    return { file, ok: true, id: created.value.id, headline: created.value.headline };
  }
}
