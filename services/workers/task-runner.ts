import type { TaskInput, TaskName, TaskOutput } from './worker-tasks';

export type TaskOutcome<Output> = { readonly ok: true; readonly value: Output } | { readonly ok: false; readonly message: string };

export interface TaskOptions {
  /** Passed on to the task, which stops at its next safe point (between files, before writing). */
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Runs a named worker task; a crash is a value, never a rejection. */
export interface TaskRunner {
  run<Name extends TaskName>(task: Name, input: TaskInput<Name>, options?: TaskOptions): Promise<TaskOutcome<TaskOutput<Name>>>;
  /** Stops idle workers; a later run starts a new one. */
  close(): Promise<void>;
}
