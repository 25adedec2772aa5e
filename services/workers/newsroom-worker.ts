// The worker thread's entry: runs one task at a time for the back end, passing on progress and cancel.
import { parentPort } from 'node:worker_threads';
import { workerTasks, type TaskContext, type TaskName } from './worker-tasks';

export type WorkerRequest =
  | { readonly type: 'run'; readonly task: TaskName; readonly input: unknown }
  | { readonly type: 'cancel' }
  | { readonly type: 'write-answer'; readonly allowed: boolean };

export type WorkerReply =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'may-write' }
  | { readonly type: 'done'; readonly ok: true; readonly output: unknown }
  | { readonly type: 'done'; readonly ok: false; readonly message: string };

let running: AbortController | undefined;
let answerWrite: ((allowed: boolean) => void) | undefined;

async function run(task: TaskName, input: unknown): Promise<WorkerReply> {
  const controller = new AbortController();
  running = controller;
  const context: TaskContext = {
    signal: controller.signal,
    progress: (done, total) => parentPort?.postMessage({ type: 'progress', done, total } satisfies WorkerReply),
    mayWrite: () =>
      new Promise<boolean>((resolve) => {
        answerWrite = resolve;
        parentPort?.postMessage({ type: 'may-write' } satisfies WorkerReply);
      }),
  };
  try {
    const perform = workerTasks[task] as (input: unknown, context: TaskContext) => Promise<unknown>;
    if (typeof perform !== 'function') throw new Error(`Unknown task ${String(task)}.`);
    return { type: 'done', ok: true, output: await perform(input, context) };
  } catch (error) {
    return { type: 'done', ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    running = undefined;
  }
}

parentPort?.on('message', async (request: WorkerRequest) => {
  switch (request.type) {
    case 'cancel':
      running?.abort();
      return;
    case 'write-answer':
      answerWrite?.(request.allowed);
      answerWrite = undefined;
      return;
    case 'run':
      parentPort?.postMessage(await run(request.task, request.input));
      return;
  }
});
