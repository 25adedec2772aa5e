import type { TaskInput, TaskName, TaskOutput } from './worker-tasks';

export type TaskOutcome<Output> =
  | { readonly ok: true; readonly value: Output }
  | { readonly ok: false; readonly cancelled: true }
  | { readonly ok: false; readonly cancelled?: false; readonly message: string };

export interface TaskOptions {
  /** Cancels the task: stopped outright before it writes anything, else at its next safe point (between articles). */
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Runs a named worker task; a crash is a value, never a rejection. */
export interface TaskRunner {
  run<Name extends TaskName>(task: Name, input: TaskInput<Name>, options?: TaskOptions): Promise<TaskOutcome<TaskOutput<Name>>>;
  /** Stops idle workers; a later run starts a new one. */
  close(): Promise<void>;
}
