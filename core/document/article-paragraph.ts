import Paragraph from '@tiptap/extension-paragraph';
import { Fragment, type Schema } from '@tiptap/pm/model';

/** What a parse rule sees of a table row; structural, so this file needs no DOM library. */
interface RowElement {
  readonly children: ArrayLike<{ readonly tagName: string; readonly textContent: string | null }>;
}

/** The cells of a table row as one line of text, kept apart by " | ". */
function rowText(row: RowElement, schema: Schema): Fragment {
  const cells = Array.from(row.children)
    .filter((cell) => /^t[dh]$/i.test(cell.tagName))
    .map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return cells.length > 0 ? Fragment.from(schema.text(cells.join(' | '))) : Fragment.empty;
}

/**
 * Paragraphs, plus each row of a pasted or imported table as a paragraph of its cells (the schema has
 * no tables yet): the cells' text stays apart instead of running together.
 */
export const ArticleParagraph = Paragraph.extend({
  parseHTML() {
    return [{ tag: 'p' }, { tag: 'tr', getContent: (node, schema) => rowText(node as unknown as RowElement, schema) }];
  },
});
