import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { isBlankText } from '../text/is-blank-text';

/** A paragraph with nothing to read: no text but spaces, no-break spaces and direction marks, and no node but line breaks. */
export function isBlankParagraph(node: ProseMirrorNode): boolean {
  if (node.type.name !== 'paragraph') return false;
  let blank = true;
  node.forEach((child) => {
    if (child.isText ? !isBlankText(child.text ?? '') : child.type.name !== 'hardBreak') blank = false;
  });
  return blank;
}
