import type { ArticleContent, DocumentNode } from '../article/article-schema';
import { detectLanguage } from './detect-language';
import { isBoilerplateLine } from './is-boilerplate-line';
import { listMarker } from './list-marker';
import { splitDateline } from './split-dateline';

export type ImportedContent = Pick<ArticleContent, 'headline' | 'language' | 'dateline' | 'body'> & Partial<ArticleContent>;

export type ImportResult = { readonly ok: true; readonly content: ImportedContent } | { readonly ok: false; readonly reason: string };


/** Whether a line is only the headline, repeated or glued to itself as scrapers leave it. */
function isHeadlineCopy(line: string, headline: string): boolean {
  return line.split(headline).join('').trim() === '';
}

function paragraph(text: string): DocumentNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

/**
 * Turns plain text or scraped page copy into a structured article: the headline once, a leading
 * dateline split off, paragraphs in order, "-"/"•"/"*" lines as a list, trailing site boilerplate
 * dropped. No character of the story itself is changed.
 */
export function importPlainText(source: string): ImportResult {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map((line) => line.trim());
  const nonEmpty = lines.filter((line) => line !== '');
  const headline = nonEmpty[0];
  if (!headline) return { ok: false, reason: 'The file has no text.' };
  let body = nonEmpty.slice(1).filter((line) => !isHeadlineCopy(line, headline));

  let lastStoryLine = body.length - 1;
  while (lastStoryLine >= 0 && isBoilerplateLine(body[lastStoryLine] ?? '')) lastStoryLine -= 1;
  body = body.slice(0, lastStoryLine + 1);

  let place = '';
  const first = body[0];
  const dateline = first !== undefined && !listMarker.test(first) ? splitDateline(first) : undefined;
  if (dateline) {
    place = dateline.place;
    body = [dateline.rest, ...body.slice(1)];
  }

  const content: DocumentNode[] = [];
  for (const line of body) {
    if (listMarker.test(line)) {
      const item: DocumentNode = { type: 'listItem', content: [paragraph(line.replace(listMarker, ''))] };
      const previous = content[content.length - 1];
      if (previous?.type === 'bulletList') content[content.length - 1] = { ...previous, content: [...(previous.content ?? []), item] };
      else content.push({ type: 'bulletList', content: [item] });
    } else {
      content.push(paragraph(line));
    }
  }
  return {
    ok: true,
    content: {
      headline: headline.slice(0, 1000),
      language: detectLanguage(source),
      dateline: { place, date: '' },
      body: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] },
    },
  };
}
