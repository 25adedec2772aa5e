import * as z from 'zod';
import { ArticleSchema } from '../article/article-schema';

export const apiErrorCodes = [
  'invalid-input',
  'not-found',
  'folder-missing',
  'conflict',
  'status-move-refused',
  'embargoed',
  'read-only',
  'storage',
  'unknown-method',
  'unauthorized',
  'unsupported',
  'transport',
  'internal',
] as const;
export const ApiErrorCodeSchema = z.enum(apiErrorCodes);
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;

export const ApiErrorSchema = z.object({
  code: ApiErrorCodeSchema,
  message: z.string().describe('Technical detail in English; the UI shows its own text per code.'),
  currentRevision: z.number().int().optional().describe('Set on a conflict.'),
  current: ArticleSchema.optional().describe('Set on a save conflict: the winning text, as it is on disk now.'),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

// The result type and its two constructors live apart, free of zod, so the page can call its back
// end before the contract's schemas are built; everything else imports them from here.
export { failure, success, type ApiResult } from './api-result';
