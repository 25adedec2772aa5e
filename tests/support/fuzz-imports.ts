import path from 'node:path';
import { Window } from 'happy-dom';
import { exportFormats, renderExport } from '../../core/export/render-export';
import { ImportService } from '../../services/import/import-service';
import { ArticleLibrary } from '../../services/library/article-library';
import { MediaStore } from '../../services/library/media-store';

export interface FuzzReport {
  readonly inputs: number;
  readonly imported: number;
  readonly uncaught: readonly string[];
  readonly unsafe: readonly string[];
}

/** A small seeded generator (mulberry32), so a failing input can be produced again from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = [
  'دمشق (رويترز) - ', 'سوتشي ـ ', 'WHO قالت ', 'كَتَبَ ', 'ـــ', '٢٠٢٤', '\ud800', '\udc00', '\u202e', '\u0000', '&amp;', '&#0;', '"', "'", '<', '>',
  '<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '<a href="javascript:alert(3)">x</a>', '<iframe src="https://evil.example"></iframe>',
  '<svg onload=alert(4)>', '<style>*{}</style>', '<p>', '</p>', '<b>', '</b>', '<blockquote>', '<ul><li>', '</li></ul>', '<h1>', '</h1>',
  '\n', '\n\n', '- ', '* ', '# ', '[x](javascript:alert(5))', '![i](http://evil.example/a.png)', '{', '}', '[', ']', ',', ':',
];

function fuzzText(next: () => number): string {
  let text = '';
  const length = Math.floor(next() * 40);
  for (let index = 0; index < length; index += 1) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

function fuzzFile(next: () => number): { name: string; bytes: Buffer } {
  const text = fuzzText(next);
  switch (Math.floor(next() * 5)) {
    case 0:
      return { name: 'fuzz.txt', bytes: Buffer.from(`${fuzzText(next)}\n\n${text}`, 'utf8') };
    case 1:
      return { name: 'fuzz.html', bytes: Buffer.from(`<html><body><article><h1>${fuzzText(next)}</h1>${text}</article></body></html>`, 'utf8') };
    case 2:
      return { name: 'fuzz.md', bytes: Buffer.from(`# ${fuzzText(next)}\n\n${text}`, 'utf8') };
    case 3:
      return {
        name: 'fuzz.ninjs.json',
        bytes: Buffer.from(JSON.stringify({ uri: 'urn:fuzz', type: 'text', slugline: fuzzText(next), headlines: [{ role: 'main', value: fuzzText(next) }], bodies: [{ role: 'main', contentType: next() < 0.5 ? 'text/html' : 'text/plain', value: text }] }), 'utf8'),
      };
    default:
      return { name: 'fuzz.txt', bytes: Buffer.from(Array.from({ length: Math.floor(next() * 300) }, () => Math.floor(next() * 256))) };
  }
}

const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true, disableComputedStyleRendering: true },
});

/** What must never come out of an HTML export, judged on the parsed page: a script other than JSON-LD, a handler, a javascript: URL, embedded content. */
export function unsafeMarkupIn(html: string): string | undefined {
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'script' && element.getAttribute('type') !== 'application/ld+json') return 'script';
    if (['iframe', 'svg', 'object', 'embed', 'frame'].includes(tag)) return `<${tag}>`;
    for (const attribute of element.getAttributeNames()) {
      if (attribute.toLowerCase().startsWith('on')) return `${attribute} handler`;
      if (/^\s*javascript:/i.test(element.getAttribute(attribute) ?? '') && ['href', 'src', 'action', 'formaction'].includes(attribute)) return 'javascript: URL';
    }
  }
  return undefined;
}

/** Imports `inputs` seeded random hostile files and exports each result in every format, counting what went wrong. */
export async function fuzzImports(directory: string, inputs: number, seed = 1): Promise<FuzzReport> {
  const library = new ArticleLibrary({ directory });
  await library.open();
  const importer = new ImportService(library, new MediaStore(path.join(directory, 'media')));
  const next = random(seed);
  const uncaught: string[] = [];
  const unsafe: string[] = [];
  let imported = 0;
  for (let index = 0; index < inputs; index += 1) {
    const file = fuzzFile(next);
    try {
      const outcome = await importer.importBytes(file.name, file.bytes);
      if (!outcome.ok) continue;
      imported += 1;
      const article = await library.get(outcome.id);
      if (!article.ok) throw new Error(article.error.message);
      for (const format of exportFormats) {
        const output = renderExport(article.value, format);
        const html = format === 'html' ? output : (JSON.parse(output) as { bodyHtml?: string; bodies?: Array<{ contentType: string; value: string }> });
        const pages = typeof html === 'string' ? [html] : [html.bodyHtml ?? '', ...(html.bodies ?? []).filter((body) => body.contentType === 'text/html').map((body) => body.value)];
        for (const page of pages) {
          const problem = unsafeMarkupIn(page);
          if (problem) unsafe.push(`input ${index} (${file.name}, ${format}): ${problem}`);
        }
      }
    } catch (error) {
      uncaught.push(`input ${index} (${file.name}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { inputs, imported, uncaught, unsafe };
}
