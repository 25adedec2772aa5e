import type { ApiError, ApiErrorCode } from './api-error';

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
