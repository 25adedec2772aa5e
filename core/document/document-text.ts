import type { DocumentNode } from '../article/article-schema';

const blockTypes = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'pullQuote', 'figureImage', 'embedCard', 'horizontalRule', 'table']);

/** The plain text of a node: blocks on their own lines, hard breaks as line breaks, a table row per line with its cells kept apart by " | ". */
export function documentText(node: DocumentNode): string {
  if (node.type === 'table') return (node.content ?? []).map(documentText).join('\n');
  if (node.type === 'tableRow') return (node.content ?? []).map((cell) => documentText(cell).replace(/\s*\n+\s*/g, ' ')).join(' | ');
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (node.type === 'figureImage') return [node.attrs?.caption, node.attrs?.credit].filter((part) => typeof part === 'string' && part).join(' ');
  if (node.type === 'embedCard') return typeof node.attrs?.title === 'string' && node.attrs.title ? node.attrs.title : String(node.attrs?.url ?? '');
  const children = node.content ?? [];
  if (children.every((child) => !blockTypes.has(child.type) && !['bulletList', 'orderedList'].includes(child.type))) {
    return children.map(documentText).join('');
  }
  return children.map(documentText).filter((text) => text !== '').join('\n\n');
}
