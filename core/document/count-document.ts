import type { DocumentNode } from '../article/article-schema';
import { countText, type TextCounts } from '../text/count-text';
import { documentText } from './document-text';

/** Words and characters of an article body, counted as the exports count them (documentText, then countText). */
export function countDocument(body: DocumentNode): TextCounts {
  return countText(documentText(body));
}
