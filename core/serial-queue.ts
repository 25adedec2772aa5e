/** Work run one piece after another, never interleaved; a failed piece does not stop the next. */
export interface SerialQueue {
  run<Value>(work: () => Promise<Value>): Promise<Value>;
  /** Resolves once everything queued so far has finished (failed or not). */
  idle(): Promise<void>;
}

/** A queue that runs each piece of work after the one before it has settled. */
export function serialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run: (work) => {
      const next = tail.then(work, work);
      tail = next.catch(() => undefined);
      return next;
    },
    idle: async () => void (await tail),
  };
}
