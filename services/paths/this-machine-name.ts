import os from 'node:os';

/** The name this machine signs its edits and its presence at the desk with: NEWSROOM_MACHINE_NAME when set, else the computer's host name. */
export function thisMachineName(environment: NodeJS.ProcessEnv = process.env): string {
  const named = environment.NEWSROOM_MACHINE_NAME?.trim();
  return (named || os.hostname() || 'Newsroom').slice(0, 200);
}
