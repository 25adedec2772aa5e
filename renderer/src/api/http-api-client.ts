import { failure, type ApiResult } from '../../../core/api/api-result';
import { apiClientOf } from '../../../core/api/api-client-of';
import { apiEventNames, type ApiMethodName } from '../../../core/api/api-method-names';
import { eventDispatcher } from '../../../core/api/event-dispatcher';
import type { ApiClient } from './api-client';

const tokenKey = 'newsroom-token';
const keepaliveLimit = 60 * 1024;

/** Takes the per-launch token from the address (#token=…) once, keeps it for reloads, hides it. */
export function readBrowserToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(tokenKey, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(tokenKey) ?? '';
}

/** The API over HTTP on loopback: POST /api/<method>, events over Server-Sent Events. */
export function createHttpApiClient(token: string): ApiClient {
  const call = async (method: ApiMethodName, input: unknown): Promise<ApiResult<unknown>> => {
    try {
      const body = JSON.stringify(input ?? {});
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-newsroom-token': token },
        body,
        // A save started as the tab closes or reloads still reaches the server (browsers cap keepalive bodies at 64 KiB).
        keepalive: body.length < keepaliveLimit,
      });
      const result = (await response.json()) as ApiResult<unknown>;
      return result;
    } catch (error) {
      return failure('transport', error instanceof Error ? error.message : String(error));
    }
  };
  const methods = apiClientOf(call);
  // Opened with the client, as the page starts: an event sent before the window listens (a desk
  // sync round finishing while it starts) is kept for it instead of never reaching it.
  const events = eventDispatcher();
  const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  for (const event of apiEventNames) source.addEventListener(event, (message: MessageEvent<string>) => events.deliver(event, JSON.parse(message.data)));
  return { ...methods, subscribe: events.subscribe as ApiClient['subscribe'] };
}
