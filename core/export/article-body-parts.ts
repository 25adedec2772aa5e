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

/** The body as the CMS receives it: HTML with direction, plain text, and counts. */
export function articleBodyParts(article: Article): ArticleBodyParts {
  const direction = directionOfLanguage(article.language);
  const html = `<div class="article-body" lang="${escapeHtml(article.language)}" dir="${direction}">${renderBodyHtml(article.body, { direction })}</div>`;
  const text = documentText(article.body);
  const counts = countText(text);
  return { html, text, wordCount: counts.words, characterCount: counts.characters };
}
