import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningNewsroom {
  /** The address printed by `newsroom serve`, token included. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dataDirectory: string;
  /** Calls the API as another client would (a second window, the CLI). */
  call(method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
}

/** Starts the built `newsroom serve` on a free port with a fresh data folder, as a user would. */
async function startNewsroom(dataDirectory: string, environment: Record<string, string> = {}): Promise<{ app: RunningNewsroom; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(root, 'dist', 'cli', 'newsroom.mjs'), '--data', dataDirectory, 'serve', '--port', '0'], {
    cwd: root,
    env: { ...process.env, NEWSROOM_DATA_DIR: '', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`newsroom serve did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`newsroom serve exited with ${code}:\n${output}`)));
  });
  const parsed = new URL(url);
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '';
  const app: RunningNewsroom = {
    url,
    origin: parsed.origin,
    token,
    dataDirectory,
    call: async (method, input) => {
      const response = await fetch(`${parsed.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-newsroom-token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    },
  };
  return { app, child };
}

/** Runs a Newsroom in a fresh data folder until stopped (its folder removed then). */
async function runNewsroom(environment: Record<string, string>, use: (app: RunningNewsroom) => Promise<void>): Promise<void> {
  const dataDirectory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-e2e-'));
  const { app, child } = await startNewsroom(dataDirectory, environment);
  try {
    await use(app);
  } finally {
    // On SIGTERM the server first lets open tabs save; wait for it before removing its folder.
    const exited = child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await rm(dataDirectory, { recursive: true, force: true });
  }
}

export const test = base.extend<{ newsroom: RunningNewsroom; colleague: RunningNewsroom }>({
  // Playwright requires the fixture-list argument to be an object pattern, even when empty.
  // eslint-disable-next-line no-empty-pattern
  newsroom: async ({}, use) => runNewsroom({}, use),
  /** A colleague's Newsroom on "another machine": its own data folder and machine name (started only by tests that ask for it). */
  // eslint-disable-next-line no-empty-pattern
  colleague: async ({}, use) => runNewsroom({ NEWSROOM_MACHINE_NAME: 'laptop-karim' }, use),
});

export { expect } from '@playwright/test';
