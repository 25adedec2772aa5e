import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './newsroom-worker';
import { workerConstructorArguments, type WorkerLaunch } from './newsroom-worker-launch';
import type { TaskOptions, TaskOutcome, TaskRunner } from './task-runner';
import type { TaskInput, TaskName, TaskOutput } from './worker-tasks';

export interface ThreadTaskRunnerOptions {
  /** Heap limit of each worker: a runaway parse fails its own file instead of taking the app down. */
  readonly memoryLimitMegabytes?: number;
  /** An idle worker is kept this long for the next task, then stopped. */
  readonly idleMilliseconds?: number;
}

/**
 * Runs tasks in worker threads, one task per worker at a time, so the back end's thread keeps answering
 * while a large file parses or a batch exports. A crash or an out-of-memory fails only that task.
 */
export class ThreadTaskRunner implements TaskRunner {
  private readonly idle = new Map<Worker, { readonly timer: NodeJS.Timeout; readonly onExit: () => void }>();
  private readonly memoryLimitMegabytes: number;
  private readonly idleMilliseconds: number;

  constructor(
    private readonly launch: WorkerLaunch,
    options: ThreadTaskRunnerOptions = {},
  ) {
    this.memoryLimitMegabytes = options.memoryLimitMegabytes ?? 2048;
    this.idleMilliseconds = options.idleMilliseconds ?? 30_000;
  }

  run<Name extends TaskName>(task: Name, input: TaskInput<Name>, options: TaskOptions = {}): Promise<TaskOutcome<TaskOutput<Name>>> {
    const worker = this.take();
    const { signal, onProgress } = options;
    // Until the task has been allowed to write, a cancel stops the thread at once.
    let writing = false;
    return new Promise((resolve) => {
      const finish = (outcome: TaskOutcome<TaskOutput<Name>>, keep: boolean) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
        if (keep) this.release(worker);
        else void worker.terminate();
        resolve(outcome);
      };
      const onMessage = (reply: WorkerReply) => {
        switch (reply.type) {
          case 'progress':
            onProgress?.(reply.done, reply.total);
            return;
          case 'may-write':
            writing = !signal?.aborted;
            worker.postMessage({ type: 'write-answer', allowed: writing } satisfies WorkerRequest);
            return;
          case 'done':
            finish(reply.ok ? { ok: true, value: reply.output as TaskOutput<Name> } : { ok: false, message: reply.message }, true);
            return;
        }
      };
      const onError = (error: Error & { code?: string }) =>
        finish({ ok: false, message: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `The work needed more than ${this.memoryLimitMegabytes} MB of memory.` : error.message }, false);
      const onExit = (code: number) => finish({ ok: false, message: `The worker stopped unexpectedly (exit code ${code}).` }, false);
      // Before it writes, nothing is lost by stopping the thread; after, the task stops at its next safe point.
      const onAbort = () => {
        if (writing) worker.postMessage({ type: 'cancel' } satisfies WorkerRequest);
        else finish({ ok: false, cancelled: true }, false);
      };
      worker.on('message', onMessage).once('error', onError).once('exit', onExit);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ type: 'run', task, input } satisfies WorkerRequest);
      if (signal?.aborted) onAbort();
    });
  }

  async close(): Promise<void> {
    const workers = [...this.idle.keys()];
    for (const worker of workers) this.forget(worker);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private take(): Worker {
    const [reused] = this.idle.keys();
    if (reused) {
      this.forget(reused);
      reused.ref();
      return reused;
    }
    const { script, evaluate } = workerConstructorArguments(this.launch);
    return new Worker(script, { eval: evaluate, resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMegabytes } });
  }

  private release(worker: Worker): void {
    // An idle worker must not keep a finished CLI command alive.
    worker.unref();
    const timer = setTimeout(() => {
      this.forget(worker);
      void worker.terminate();
    }, this.idleMilliseconds);
    timer.unref();
    const onExit = () => this.forget(worker);
    worker.once('exit', onExit);
    this.idle.set(worker, { timer, onExit });
  }

  private forget(worker: Worker): void {
    const entry = this.idle.get(worker);
    if (!entry) return;
    clearTimeout(entry.timer);
    worker.off('exit', entry.onExit);
    this.idle.delete(worker);
  }
}
