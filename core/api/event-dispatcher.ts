import { apiEventNames, type ApiEventName } from './api-method-names';

/** How many events of one kind are kept for a listener yet to come; past it the oldest go. */
const keptPerEvent = 100;

export interface EventDispatcher {
  /** Hands an event to its listeners, or keeps it for the first one to come. */
  readonly deliver: (event: ApiEventName, payload: unknown) => void;
  readonly subscribe: (event: ApiEventName, listener: (payload: unknown) => void) => () => void;
}

/**
 * A window's push-event listeners. An event that comes before anything listens for its kind is kept
 * and handed to the first listener, a moment after it subscribes: a change announced while the
 * window was still starting (a desk sync round, another process's save) is not missed.
 */
export function eventDispatcher(): EventDispatcher {
  const listeners = new Map<ApiEventName, Set<(payload: unknown) => void>>();
  const kept = new Map<ApiEventName, unknown[]>();
  return {
    deliver: (event, payload) => {
      const current = listeners.get(event);
      if (current && current.size > 0) {
        for (const listener of [...current]) listener(payload);
        return;
      }
      const waiting = kept.get(event) ?? [];
      if (waiting.length >= keptPerEvent) waiting.shift();
      waiting.push(payload);
      kept.set(event, waiting);
    },
    subscribe: (event, listener) => {
      if (!apiEventNames.includes(event)) throw new Error(`Unknown event ${String(event)}`);
      const current = listeners.get(event) ?? new Set();
      current.add(listener);
      listeners.set(event, current);
      const waiting = kept.get(event);
      if (waiting) {
        kept.delete(event);
        queueMicrotask(() => {
          for (const payload of waiting) if (current.has(listener)) listener(payload);
        });
      }
      return () => {
        current.delete(listener);
      };
    },
  };
}
