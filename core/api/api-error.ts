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

export type ApiResult<Value> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly error: ApiError };

/** Wraps a value as a successful API result. */
export function success<Value>(value: Value): ApiResult<Value> {
  return { ok: true, value };
}

/** Builds a failed API result. */
export function failure<Value = never>(
  code: ApiErrorCode,
  message: string,
  extra: Partial<Omit<ApiError, 'code' | 'message'>> = {},
): ApiResult<Value> {
  return { ok: false, error: { code, message, ...extra } };
}
