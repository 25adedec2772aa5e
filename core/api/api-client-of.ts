import type { NewsroomApi } from './api-contract';
import type { ApiResult } from './api-error';
import { apiMethodNames, type ApiMethodName } from './api-method-names';

/** A typed client with one function per contract method over any way of calling a method by name (HTTP, IPC, the router). */
export function apiClientOf(call: (method: ApiMethodName, input: unknown) => Promise<ApiResult<unknown>>): NewsroomApi {
  return Object.fromEntries(apiMethodNames.map((method) => [method, (input: unknown) => call(method, input)])) as NewsroomApi;
}
