import { getSchema } from '@tiptap/core';
import { DOMParser as ProseMirrorParser } from '@tiptap/pm/model';
import { Window } from 'happy-dom';
import type { ArticleBody, DocumentNode } from '../../core/article/article-schema';
import { documentExtensions } from '../../core/document/document-extensions';
import { detectLanguage } from '../../core/import/detect-language';
import type { ImportedContent } from '../../core/import/import-plain-text';
import { splitDateline } from '../../core/import/split-dateline';
import { isBlankParagraph } from '../../core/document/is-blank-paragraph';

const schema = getSchema(documentExtensions());
const parser = ProseMirrorParser.fromSchema(schema);
const removed = 'script, style, noscript, template, iframe, frame, object, embed, form, input, button, select, textarea, nav, svg, math, canvas, video, audio, link, meta';

export interface HtmlImportOptions {
  /** Where the headline comes from when there is no <h1>: the page <title>, or the first heading (Word). */
  readonly headlineFrom: 'title' | 'first-heading';
}

/**
 * Finds the story in an HTML page and turns it into a clean article: the page is parsed with
 * scripts, frames and loading off, and only what the document schema knows survives.
 */
export function htmlToArticle(html: string, options: HtmlImportOptions = { headlineFrom: 'title' }): ImportedContent {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    const root =
      document.querySelector('[itemprop="articleBody"]')?.closest('article') ??
      document.querySelector('article') ??
      document.querySelector('[itemprop="articleBody"]') ??
      document.querySelector('main') ??
      document.body;
    for (const element of root.querySelectorAll(removed)) element.remove();
    for (const element of root.querySelectorAll('header nav, footer, aside:not(.pull-quote), .share, .social, .related, .advert, .ad')) element.remove();

    const heading = root.querySelector('h1') ?? document.querySelector('h1') ?? (options.headlineFrom === 'first-heading' ? root.querySelector('h2, h3') : null);
    const title = document.querySelector('title')?.textContent?.trim() ?? '';
    const headline = (heading?.textContent ?? (options.headlineFrom === 'title' ? title : '')).replace(/\s+/g, ' ').trim();
    heading?.remove();

    // Word and web pages are full of empty paragraphs used as spacing (Word's hold a &nbsp;); the story has none.
    const blocks: DocumentNode[] = [];
    parser.parse(root as unknown as Node).forEach((node) => {
      if (!isBlankParagraph(node)) blocks.push(node.toJSON() as DocumentNode);
    });
    const body: ArticleBody = { type: 'doc', content: blocks };
    const language = document.documentElement.getAttribute('lang')?.split('-')[0]?.toLowerCase();
    const text = root.textContent ?? '';
    const { body: withoutDateline, place } = takeDateline(body);
    return {
      headline: headline.slice(0, 1000),
      language: language && /^[a-z]{2,3}$/.test(language) ? language : detectLanguage(`${headline}\n${text}`),
      dateline: { place, date: '' },
      body: withoutDateline.content && withoutDateline.content.length > 0 ? withoutDateline : { type: 'doc', content: [{ type: 'paragraph' }] },
    };
  } finally {
    void window.happyDOM.close();
  }
}

/**
 * Moves a leading dateline out of the first paragraph, also when the copy wrapped it in inline
 * markup (<b>دمشق</b> - …, a linked place name): the paragraph's leading text is read as one string
 * and the dateline's characters are taken off the text nodes they span.
 */
function takeDateline(body: ArticleBody): { body: ArticleBody; place: string } {
  const content = [...(body.content ?? [])];
  const index = content.findIndex((node) => node.type === 'paragraph' && (node.content?.length ?? 0) > 0);
  const first = index === -1 ? undefined : content[index];
  if (!first || index > 1) return { body, place: '' };
  const inline = first.content ?? [];
  const leading: DocumentNode[] = [];
  for (const node of inline) {
    if (node.type !== 'text') break;
    leading.push(node);
  }
  const split = splitDateline(leading.map((node) => node.text ?? '').join(''));
  if (!split) return { body, place: '' };
  let remove = leading.reduce((length, node) => length + (node.text?.length ?? 0), 0) - split.rest.length;
  const kept: DocumentNode[] = [];
  for (const node of inline) {
    const text = node.type === 'text' ? (node.text ?? '') : undefined;
    if (remove > 0 && text !== undefined) {
      const cut = Math.min(remove, text.length);
      remove -= cut;
      if (cut < text.length) kept.push({ ...node, text: text.slice(cut) });
      continue;
    }
    kept.push(node);
  }
  content[index] = { ...first, content: kept };
  return { body: { type: 'doc', content }, place: split.place };
}
