import type { ApiEvent, ApiEventSubscriber } from '../../core/api/api-contract';
import type { ApiEventName } from '../../core/api/api-method-names';

/** Fans push events out to every transport that listens (IPC windows, SSE clients). */
export class EventHub {
  private readonly listeners = new Set<(event: ApiEventName, payload: unknown) => void>();

  emit<Event extends ApiEventName>(event: Event, payload: ApiEvent<Event>): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  /** Receives every event; returns the function that stops it. */
  listen(listener: (event: ApiEventName, payload: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  readonly subscribe: ApiEventSubscriber = (event, listener) =>
    this.listen((name, payload) => {
      if (name === event) listener(payload as Parameters<typeof listener>[0]);
    });
}
