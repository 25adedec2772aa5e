import type { TaskOptions, TaskOutcome, TaskRunner } from './task-runner';
import type { TaskContext, TaskInput, TaskName, TaskOutput } from './worker-tasks';

/** Runs worker tasks on the calling thread: for tests and one-shot scripts, where a thread would only add start-up time. */
export const inProcessTaskRunner: TaskRunner = {
  async run<Name extends TaskName>(task: Name, input: TaskInput<Name>, options: TaskOptions = {}): Promise<TaskOutcome<TaskOutput<Name>>> {
    const { workerTasks } = await import('./worker-tasks');
    const signal = options.signal ?? new AbortController().signal;
    const context: TaskContext = { signal, progress: options.onProgress ?? (() => undefined), mayWrite: async () => !signal.aborted };
    try {
      const perform = workerTasks[task] as (input: TaskInput<Name>, context: TaskContext) => Promise<TaskOutput<Name>>;
      return { ok: true, value: await perform(input, context) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  },
  async close() {},
};
