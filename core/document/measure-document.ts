import type { DocumentNode } from '../article/article-schema';

export interface DocumentMeasure {
  /** How deeply nodes nest; the document itself is level 1. */
  readonly depth: number;
  readonly nodes: number;
  readonly textCharacters: number;
}

/** A document's depth, node count and text length, walked without recursion so a hostile depth cannot overflow the stack. */
export function measureDocument(root: DocumentNode): DocumentMeasure {
  let depth = 0;
  let nodes = 0;
  let textCharacters = 0;
  const pending: Array<readonly [DocumentNode, number]> = [[root, 1]];
  while (pending.length > 0) {
    const [node, level] = pending.pop()!;
    nodes += 1;
    depth = Math.max(depth, level);
    if (typeof node.text === 'string') textCharacters += node.text.length;
    if (Array.isArray(node.content)) for (const child of node.content) pending.push([child, level + 1]);
  }
  return { depth, nodes, textCharacters };
}
