import { randomUUID } from 'node:crypto';
import type { ApiEvent } from '../../core/api/api-contract';

export type FlushOutcome = 'flushed' | 'timed-out';

interface PendingFlush {
  remaining: number;
  readonly done: () => void;
}

/**
 * Before a window closes or the process stops, asks the open editors to save pending typing and
 * waits for their reports (reportFlushed), up to a time limit so a hung page never blocks quitting.
 */
export class FlushCoordinator {
  private readonly pending = new Map<string, PendingFlush>();

  /** Sends one flush request and resolves once `expectedReports` editors reported, or at the time limit. */
  request(send: (payload: ApiEvent<'flushRequested'>) => void, options: { readonly expectedReports?: number; readonly timeoutMilliseconds: number }): Promise<FlushOutcome> {
    const expected = options.expectedReports ?? 1;
    if (expected <= 0) return Promise.resolve('flushed');
    const requestId = randomUUID();
    return new Promise<FlushOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        resolve('timed-out');
      }, options.timeoutMilliseconds);
      this.pending.set(requestId, {
        remaining: expected,
        done: () => {
          clearTimeout(timer);
          this.pending.delete(requestId);
          resolve('flushed');
        },
      });
      try {
        send({ requestId });
      } catch {
        this.pending.get(requestId)?.done();
      }
    });
  }

  /** An editor's report that it saved; false when no request with that id is waiting. */
  acknowledge(requestId: string): boolean {
    const waiting = this.pending.get(requestId);
    if (!waiting) return false;
    waiting.remaining -= 1;
    if (waiting.remaining === 0) waiting.done();
    return true;
  }
}
