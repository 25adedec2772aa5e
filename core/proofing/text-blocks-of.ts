import type { ArticleBody, DocumentNode } from '../article/article-schema';

const textBlockTypes = new Set(['paragraph', 'heading']);

/**
 * The text of each paragraph and heading of a body, in document order, as the editor counts it:
 * a hard break is one character ("\n"), so an offset here is an offset in the editor's block.
 */
export function textBlocksOf(body: ArticleBody): string[] {
  const blocks: string[] = [];
  const visit = (node: DocumentNode) => {
    if (textBlockTypes.has(node.type)) {
      blocks.push((node.content ?? []).map((child) => (child.type === 'text' ? (child.text ?? '') : '\n')).join(''));
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(body);
  return blocks;
}
