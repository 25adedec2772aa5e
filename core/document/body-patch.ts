import * as z from 'zod';
import { DocumentNodeSchema } from '../article/article-schema';

/**
 * The blocks of a body that changed since the revision a save is based on: the first keepStart and
 * the last keepEnd top-level blocks of that revision stay, the blocks between are replaced. An
 * autosave of a long article sends the paragraph being typed, not the whole text.
 */
export const BodyPatchSchema = z
  .strictObject({
    baseBlocks: z.number().int().min(0).describe('How many top-level blocks the body of the base revision has; a patch meant for another body is refused.'),
    keepStart: z.number().int().min(0),
    keepEnd: z.number().int().min(0),
    blocks: z.array(DocumentNodeSchema).describe('The top-level blocks that replace those between the kept ones.'),
  })
  .refine((patch) => patch.keepStart + patch.keepEnd <= patch.baseBlocks, { message: 'The kept blocks cannot be more than the body has.' })
  .meta({ id: 'BodyPatch' });
export type BodyPatch = z.infer<typeof BodyPatchSchema>;
