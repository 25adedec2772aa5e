import type { ArticleBody } from '../article/article-schema';
import type { BodyPatch } from './body-patch';

/** The body with the patch's blocks in place, or undefined when the patch was made for a body with another number of blocks. */
export function applyBodyPatch(body: ArticleBody, patch: BodyPatch): ArticleBody | undefined {
  const blocks = body.content ?? [];
  if (blocks.length !== patch.baseBlocks || patch.keepStart + patch.keepEnd > blocks.length) return undefined;
  return { ...body, content: [...blocks.slice(0, patch.keepStart), ...patch.blocks, ...blocks.slice(blocks.length - patch.keepEnd)] };
}
