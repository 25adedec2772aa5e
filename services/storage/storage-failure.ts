import { failure, type ApiResult } from '../../core/api/api-error';
import { isErrorCode } from './is-error-code';

/** Maps a file-system error to an API failure that names what the user can do about it. */
export function storageFailure<Value>(error: unknown, action: string): ApiResult<Value> {
  const detail = error instanceof Error ? error.message : String(error);
  if (isErrorCode(error, ['EROFS', 'EACCES', 'EPERM'])) {
    return failure('read-only', `Cannot ${action}: the data folder is read-only (${detail}).`);
  }
  if (isErrorCode(error, ['ENOSPC', 'EDQUOT'])) {
    return failure('storage', `Cannot ${action}: the disk is full (${detail}).`);
  }
  return failure('storage', `Cannot ${action}: ${detail}`);
}
