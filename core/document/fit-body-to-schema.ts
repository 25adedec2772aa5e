import type { ArticleBody, DocumentNode } from '../article/article-schema';

export interface DocumentSchemaTypes {
  readonly nodes: ReadonlySet<string>;
  readonly marks: ReadonlySet<string>;
}

const inlineTypes = new Set(['text', 'hardBreak']);

/**
 * Fits a stored body to the editor's schema without losing text: an unknown node gives way to its
 * children (inline ones wrapped in a paragraph) and unknown marks are dropped. The editor would
 * otherwise refuse the whole document and show it empty.
 */
export function fitBodyToSchema(body: ArticleBody, types: DocumentSchemaTypes): ArticleBody {
  const fitMarks = (node: DocumentNode): DocumentNode => {
    const marks = node.marks?.filter((mark) => types.marks.has(mark.type));
    const { marks: _unfitted, ...rest } = node;
    return marks && marks.length > 0 ? { ...rest, marks } : rest;
  };
  const fit = (nodes: readonly DocumentNode[]): DocumentNode[] =>
    nodes.flatMap((node): DocumentNode[] => {
      if (node.type === 'text') return node.text ? [fitMarks(node)] : [];
      const children = fit(node.content ?? []);
      if (types.nodes.has(node.type)) return [{ ...fitMarks(node), ...(node.content ? { content: children } : {}) }];
      if (children.length === 0) return [];
      return children.every((child) => inlineTypes.has(child.type)) ? [{ type: 'paragraph', content: children }] : children;
    });
  return { type: 'doc', content: fit(body.content ?? []) };
}
