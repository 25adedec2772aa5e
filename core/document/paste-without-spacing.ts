import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { isBlankParagraph } from './is-blank-paragraph';

/**
 * Copy pasted from Word and web pages leaves out the empty paragraphs (a no-break space, a line
 * break) they space their text with, as the import does. A paste of nothing but blank lines is kept,
 * and so are open ends, which join the paragraphs around the caret.
 */
export function withoutSpacingParagraphs(slice: Slice): Slice {
  const kept: ProseMirrorNode[] = [];
  const last = slice.content.childCount - 1;
  slice.content.forEach((node, _offset, index) => {
    const joinsAround = (index === 0 && slice.openStart > 0) || (index === last && slice.openEnd > 0);
    if (joinsAround || !isBlankParagraph(node)) kept.push(node);
  });
  if (kept.length === slice.content.childCount || kept.length === 0) return slice;
  return new Slice(Fragment.fromArray(kept), slice.openStart, slice.openEnd);
}

/** Drops the spacing paragraphs of pasted copy (see withoutSpacingParagraphs). */
export const PasteWithoutSpacing = Extension.create({
  name: 'pasteWithoutSpacing',

  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey('pasteWithoutSpacing'), props: { transformPasted: withoutSpacingParagraphs } })];
  },
});
