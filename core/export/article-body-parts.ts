import type { Article } from '../article/article-schema';
import { countText } from '../text/count-text';
import { directionOfLanguage } from '../text/direction-of-language';
import { documentText } from '../document/document-text';
import { escapeHtml } from './escape-html';
import { renderBodyHtml } from './render-body-html';

export interface ArticleBodyParts {
  /** The body as HTML inside one element that carries the language and direction. */
  readonly html: string;
  readonly text: string;
  readonly wordCount: number;
  readonly characterCount: number;
}

// JSON and ninjs each need the parts of the same article in one export: worked out once.
const known = new WeakMap<Article, ArticleBodyParts>();

/** The body as the CMS receives it: HTML with direction, plain text, and counts. */
export function articleBodyParts(article: Article): ArticleBodyParts {
  let parts = known.get(article);
  if (!parts) known.set(article, (parts = bodyPartsOf(article)));
  return parts;
}

function bodyPartsOf(article: Article): ArticleBodyParts {
  const direction = directionOfLanguage(article.language);
  const html = `<div class="article-body" lang="${escapeHtml(article.language)}" dir="${direction}">${renderBodyHtml(article.body, { direction })}</div>`;
  const text = documentText(article.body);
  const counts = countText(text);
  return { html, text, wordCount: counts.words, characterCount: counts.characters };
}
