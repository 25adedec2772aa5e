import { describe, expect, it, vi } from 'vitest';
import { apiClientOf } from '../../core/api/api-client-of';
import type { ApiEventName } from '../../core/api/api-method-names';
import type { ApiClient } from '../../renderer/src/api/api-client';
import { validatedApiClient } from '../../renderer/src/api/validated-api-client';

/** A transport that answers every method with the same value and lets the test push raw events. */
function transportAnswering(value: unknown) {
  const listeners = new Map<ApiEventName, (payload: unknown) => void>();
  const client: ApiClient = {
    ...apiClientOf(async () => ({ ok: true, value })),
    subscribe: ((event: ApiEventName, listener: (payload: unknown) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    }) as ApiClient['subscribe'],
  };
  return { client, push: (event: ApiEventName, payload: unknown) => listeners.get(event)?.(payload) };
}

describe('the renderer checks what the back end sends against the contract', () => {
  it('passes a result that matches', async () => {
    const { client } = transportAnswering({ articles: [], quarantine: [], heldBack: [], total: 0, conflicts: [] });
    expect(await validatedApiClient(client).listArticles({})).toEqual({ ok: true, value: { articles: [], quarantine: [], heldBack: [], total: 0, conflicts: [] } });
  });

  it('turns a result that does not match into an error value', async () => {
    const { client } = transportAnswering({ articles: 'not a list' });
    const result = await validatedApiClient(client).listArticles({});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).toContain('listArticles');
    }
  });

  it('drops an event that does not match and delivers one that does', () => {
    const { client, push } = transportAnswering({});
    const received: unknown[] = [];
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    validatedApiClient(client).subscribe('jobProgress', (payload) => received.push(payload));
    push('jobProgress', { jobId: 'a', kind: 'export', done: 'three', total: 5 });
    push('jobProgress', { jobId: 'a', kind: 'export', done: 3, total: 5 });
    expect(received).toEqual([{ jobId: 'a', kind: 'export', done: 3, total: 5 }]);
    expect(quiet).toHaveBeenCalledOnce();
    quiet.mockRestore();
  });
});
