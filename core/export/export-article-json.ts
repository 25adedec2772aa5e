import type { Article } from '../article/article-schema';
import { articleBodyParts } from './article-body-parts';

export type ArticleJsonExport = Article & {
  readonly bodyHtml: string;
  readonly bodyText: string;
  readonly wordCount: number;
  readonly characterCount: number;
};

/** The article in our documented format plus the body as HTML and text with counts; the desk's own workflow (note, assignee, status history, proofing's ignored words, who last edited it on which machine) stays home. */
export function exportArticleJson({ ignoredWords: _ignoredWords, editedBy: _editedBy, ...article }: Article): ArticleJsonExport {
  const body = articleBodyParts(article);
  return {
    ...article,
    editorialNote: '',
    assignee: '',
    statusHistory: [],
    bodyHtml: body.html,
    bodyText: body.text,
    wordCount: body.wordCount,
    characterCount: body.characterCount,
  };
}
