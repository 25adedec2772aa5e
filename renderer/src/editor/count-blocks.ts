import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { DocumentNode } from '../../../core/article/article-schema';
import { countDocument } from '../../../core/document/count-document';
import { readingMinutes, type TextCounts } from '../../../core/text/count-text';

// ProseMirror keeps the node of every block the typing did not touch: each is counted once, so a
// pause in a 10,000-word article counts one paragraph, not all of them.
const blockCounts = new WeakMap<ProseMirrorNode, TextCounts>();

/**
 * The document's counts as the exports count them (captions, credits and embed titles included),
 * block by block: blocks are separated by white space, where no word or character spans two.
 */
export function countBlocks(document: ProseMirrorNode): TextCounts {
  let words = 0;
  let characters = 0;
  document.forEach((block) => {
    let counts = blockCounts.get(block);
    if (!counts) blockCounts.set(block, (counts = countDocument({ type: 'doc', content: [block.toJSON() as DocumentNode] })));
    words += counts.words;
    characters += counts.characters;
  });
  return { words, characters, readingMinutes: readingMinutes(words) };
}
