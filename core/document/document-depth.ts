import type { DocumentNode } from '../article/article-schema';

/** Deeper than any story needs (a list in a quote in a list…); deeper documents are refused before validation recurses through them. */
export const maximumDocumentDepth = 64;

/** How deeply a document's nodes nest, counted without recursion so a hostile depth cannot overflow the stack. */
export function documentDepth(root: DocumentNode): number {
  let deepest = 0;
  const pending: Array<readonly [DocumentNode, number]> = [[root, 1]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of node.content ?? []) pending.push([child, depth + 1]);
  }
  return deepest;
}
