import path from 'node:path';
import mammoth from 'mammoth';
import { zipDirectory } from './zip-directory';
import { marked } from 'marked';
import { decodeText } from '../../core/import/decode-text';
import { importPlainText, type ImportResult } from '../../core/import/import-plain-text';
import type { MediaStore } from '../library/media-store';
import { htmlToArticle } from './html-to-article';
import { maximumImportBytes } from '../../core/import/maximum-import-bytes';
import { jsonToArticle } from './json-to-article';

export const importExtensions = ['.txt', '.text', '.html', '.htm', '.md', '.markdown', '.docx', '.json'] as const;

/** Turns one file into an article's content by its extension; refuses what it cannot read, saying why. */
export async function importFile(fileName: string, bytes: Buffer, media: MediaStore): Promise<ImportResult> {
  const extension = path.extname(fileName).toLowerCase();
  if (bytes.length > maximumImportBytes) return { ok: false, reason: `The file is larger than ${maximumImportBytes / 1024 / 1024} MB.` };
  if (extension === '.docx') return importWord(bytes, media);
  if (!(importExtensions as readonly string[]).includes(extension)) {
    return { ok: false, reason: `"${extension || fileName}" files cannot be imported; use ${importExtensions.join(', ')}.` };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  switch (extension) {
    case '.html':
    case '.htm':
      return withHeadline(htmlToArticle(decoded.text, { headlineFrom: 'title' }));
    case '.md':
    case '.markdown':
      return withHeadline(htmlToArticle(await marked.parse(decoded.text, { async: true }), { headlineFrom: 'first-heading' }));
    case '.json':
      return jsonToArticle(decoded.text);
    default:
      return importPlainText(decoded.text);
  }
}

/** The text of a Word document (a very long book is 5 MB of XML); a larger one is a zip bomb or not a story. */
export const maximumWordTextBytes = 20 * 1024 * 1024;
/** Everything inside a .docx, images included. */
export const maximumWordUnpackedBytes = 200 * 1024 * 1024;
const maximumWordEntries = 5000;

/** Why a .docx must not be unpacked, judged from its zip directory before anything is inflated; undefined when it may. */
function wordArchiveProblem(bytes: Buffer): string | undefined {
  const entries = zipDirectory(bytes);
  if (!entries) return 'The Word document cannot be read (its zip directory is missing or damaged).';
  if (entries.length > maximumWordEntries) return `The Word document holds ${entries.length} parts, more than any document (${maximumWordEntries}).`;
  const text = entries.find((entry) => entry.name === 'word/document.xml');
  if (!text) return 'The file is not a Word document (it has no word/document.xml).';
  if (text.uncompressedSize > maximumWordTextBytes) {
    return `The Word document's text unpacks to ${Math.round(text.uncompressedSize / 1024 / 1024)} MB, more than any story (${maximumWordTextBytes / 1024 / 1024} MB).`;
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > maximumWordUnpackedBytes) return `The Word document unpacks to ${Math.round(total / 1024 / 1024)} MB, more than ${maximumWordUnpackedBytes / 1024 / 1024} MB.`;
  return undefined;
}

async function importWord(bytes: Buffer, media: MediaStore): Promise<ImportResult> {
  if (bytes.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') return { ok: false, reason: 'The file is not a Word document (.docx is a zip archive).' };
  const problem = wordArchiveProblem(bytes);
  if (problem) return { ok: false, reason: problem };
  try {
    const converted = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: ["p[style-name='Title'] => h1:fresh"],
        convertImage: mammoth.images.imgElement(async (image) => {
          const stored = await media.storeBytes('image', Buffer.from(await image.readAsBase64String(), 'base64'));
          return stored.ok ? { src: stored.value.src } : { src: '' };
        }),
      },
    );
    return withHeadline(htmlToArticle(converted.value, { headlineFrom: 'first-heading' }));
  } catch (error) {
    return { ok: false, reason: `The Word document cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function withHeadline(content: ReturnType<typeof htmlToArticle>): ImportResult {
  const hasText = JSON.stringify(content.body).includes('"text"');
  if (!content.headline && !hasText) return { ok: false, reason: 'The file has no text.' };
  return { ok: true, content };
}
