import type { ApiEvent, ApiEventSubscriber } from '../../core/api/api-contract';
import type { ApiEventName } from '../../core/api/api-method-names';

/** How long a library change is told again to a page whose event stream opens late. */
const recentFor = 5000;
const recentAtMost = 100;

/** Fans push events out to every transport that listens (IPC windows, SSE clients). */
export class EventHub {
  private readonly listeners = new Set<(event: ApiEventName, payload: unknown) => void>();
  private readonly recent: { readonly at: number; readonly payload: ApiEvent<'libraryChanged'> }[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  emit<Event extends ApiEventName>(event: Event, payload: ApiEvent<Event>): void {
    if (event === 'libraryChanged') {
      const at = this.now();
      while (this.recent.length > 0 && (this.recent.length >= recentAtMost || this.recent[0]!.at < at - recentFor)) this.recent.shift();
      this.recent.push({ at, payload: payload as ApiEvent<'libraryChanged'> });
    }
    for (const listener of this.listeners) listener(event, payload);
  }

  /**
   * The library changes of the last few seconds. A page lists the library and opens its event
   * stream side by side as it starts: a change between the two (a desk sync round landing then)
   * reached no one, and is told again when the stream opens.
   */
  recentLibraryChanges(): readonly ApiEvent<'libraryChanged'>[] {
    const since = this.now() - recentFor;
    return this.recent.filter((change) => change.at >= since).map((change) => change.payload);
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
