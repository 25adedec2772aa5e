import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { DocumentNode } from '../../../core/article/article-schema';
import type { BodyPatch } from '../../../core/document/body-patch';

/**
 * The top-level blocks that differ between two versions of a document. ProseMirror shares every
 * block a change did not touch between the old document and the new, so the same object at the
 * same end means the same block: no block is serialised or compared to find them.
 */
export function bodyPatchBetween(saved: ProseMirrorNode, current: ProseMirrorNode): BodyPatch {
  const shortest = Math.min(saved.childCount, current.childCount);
  let keepStart = 0;
  while (keepStart < shortest && saved.child(keepStart) === current.child(keepStart)) keepStart += 1;
  let keepEnd = 0;
  while (keepEnd < shortest - keepStart && saved.child(saved.childCount - 1 - keepEnd) === current.child(current.childCount - 1 - keepEnd)) keepEnd += 1;
  const blocks: DocumentNode[] = [];
  for (let index = keepStart; index < current.childCount - keepEnd; index += 1) blocks.push(current.child(index).toJSON() as DocumentNode);
  return { baseBlocks: saved.childCount, keepStart, keepEnd, blocks };
}
