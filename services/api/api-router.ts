import * as z from 'zod';
import { apiContract } from '../../core/api/api-contract';
import type { ApiOutput } from '../../core/api/api-contract';
import { failure, type ApiResult } from '../../core/api/api-error';
import { apiMethodNames, type ApiMethodName } from '../../core/api/api-method-names';
import { repairUnicode } from '../../core/text/repair-unicode';
import { inputDepth } from '../../core/api/input-depth';

const maximumInputDepth = 200;

/** Each method implemented once, receiving input already validated against the contract. */
export type ApiImplementation = {
  readonly [Method in ApiMethodName]: (
    input: z.infer<(typeof apiContract)[Method]['input']>,
  ) => Promise<ApiResult<ApiOutput<Method>>>;
};

/** What every transport calls: a method name and untrusted input in, a result value out. */
export type ApiRouter = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

/** Whether a string names a method of the contract. */
export function isApiMethodName(method: string): method is ApiMethodName {
  return (apiMethodNames as readonly string[]).includes(method);
}

/** Puts contract validation in front of the implementation, so no transport can skip it. */
export function createApiRouter(implementation: ApiImplementation): ApiRouter {
  return async (method, input) => {
    if (!isApiMethodName(method)) return failure('unknown-method', `There is no API method "${method}".`);
    // A document may nest 64 levels; each level is an object and its content array, plus the request around it.
    if (inputDepth(input) > maximumInputDepth) return failure('invalid-input', `Invalid input for ${method}: it nests deeper than ${maximumInputDepth} levels.`);
    const parsed = apiContract[method].input.safeParse(repairUnicode(input ?? {}));
    if (!parsed.success) {
      return failure('invalid-input', `Invalid input for ${method}: ${z.prettifyError(parsed.error)}`);
    }
    try {
      const handler = implementation[method] as (input: unknown) => Promise<ApiResult<unknown>>;
      const result = await handler(parsed.data);
      if (!result.ok) return result;
      const output = apiContract[method].output.safeParse(result.value);
      if (!output.success) {
        return failure('internal', `The back end returned an invalid ${method} result: ${z.prettifyError(output.error)}`);
      }
      return { ok: true, value: output.data };
    } catch (error) {
      return failure('internal', error instanceof Error ? error.message : String(error));
    }
  };
}
