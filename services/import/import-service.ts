import path from 'node:path';
import type { ImportResult } from '../../core/import/import-plain-text';
import { importPlainText } from '../../core/import/import-plain-text';
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
    let result: ImportResult;
    try {
      // The parsers (happy-dom, mammoth, marked) load on first import, not at every start.
      const { importFile } = await import('./import-file');
      result = await importFile(path.basename(file), bytes, this.media);
    } catch (error) {
      result = { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    return this.land(file, result);
  }

  /** Copied web text: the HTML when the clipboard has it, else the plain text. */
  async importPasted(html: string | undefined, text: string): Promise<ImportOutcome> {
    const { htmlToArticle } = await import('./html-to-article');
    const result: ImportResult = html?.trim() ? { ok: true, content: htmlToArticle(html, { headlineFrom: 'first-heading' }) } : importPlainText(text);
    if (result.ok && !result.content.headline) {
      const firstLine = text.trim().split('\n')[0]?.trim() ?? '';
      return this.land('clipboard', { ok: true, content: { ...result.content, headline: firstLine.slice(0, 200) } });
    }
    return this.land('clipboard', result);
  }

  private async land(file: string, result: ImportResult): Promise<ImportOutcome> {
    if (!result.ok) return { file, ok: false, error: result.reason };
    const listed = await this.library.list();
    const taken = new Set(listed.ok ? listed.value.articles.map((article) => article.slug) : []);
    const slug = uniqueSlug(result.content.slug || slugify(result.content.headline), taken);
    const created = await this.library.create({ ...result.content, slug, status: 'draft', editorialNote: '' });
    if (!created.ok) return { file, ok: false, error: created.error.message };
    return { file, ok: true, id: created.value.id, headline: created.value.headline };
  }
}
