import type { DocumentNode } from '../article/article-schema';
import { isMediaSource } from './media-source';

/** Every library image a body shows, in document order. */
export function mediaSourcesOf(body: DocumentNode): string[] {
  const sources: string[] = [];
  const visit = (node: DocumentNode) => {
    if (node.type === 'figureImage' && isMediaSource(node.attrs?.src)) sources.push(node.attrs.src);
    node.content?.forEach(visit);
  };
  visit(body);
  return sources;
}
