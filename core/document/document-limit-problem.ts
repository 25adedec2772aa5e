import type { DocumentNode } from '../article/article-schema';
import { measureDocument } from './measure-document';

/** Deeper than any story needs (a list in a quote in a list…). */
export const maximumDocumentDepth = 64;
/** Paragraphs, text runs, list items…: a 20 MB book of text is about half a million. */
export const maximumDocumentNodes = 1_000_000;
/** Twenty-five million characters: thousands of long stories in one body. */
export const maximumDocumentTextCharacters = 25_000_000;

/** Why a body is too deep or too large to be a story, checked before anything recurses through it; undefined when it is not. */
export function documentLimitProblem(body: DocumentNode): string | undefined {
  const measure = measureDocument(body);
  if (measure.depth > maximumDocumentDepth) {
    return `The document nests deeper than ${maximumDocumentDepth} levels (quotes or lists inside each other), more than any story needs.`;
  }
  if (measure.nodes > maximumDocumentNodes) {
    return `The document has ${measure.nodes.toLocaleString('en')} parts (paragraphs, lists, text runs), more than ${maximumDocumentNodes.toLocaleString('en')}.`;
  }
  if (measure.textCharacters > maximumDocumentTextCharacters) {
    return `The document holds ${measure.textCharacters.toLocaleString('en')} characters of text, more than ${maximumDocumentTextCharacters.toLocaleString('en')}.`;
  }
  return undefined;
}
