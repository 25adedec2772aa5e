import { importPlainText, type ImportResult } from '../../core/import/import-plain-text';
import { htmlToArticle } from './html-to-article';

/** Copied web text as an article's content: the HTML when the clipboard has it, else the plain text; the first line is the headline when nothing else is. */
export function parsePasted(html: string | undefined, text: string): ImportResult {
  const result: ImportResult = html?.trim() ? { ok: true, content: htmlToArticle(html, { headlineFrom: 'first-heading' }) } : importPlainText(text);
  if (result.ok && !result.content.headline) {
    const firstLine = text.trim().split('\n')[0]?.trim() ?? '';
    return { ok: true, content: { ...result.content, headline: firstLine.slice(0, 200) } };
  }
  return result;
}
