import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Makes a fresh folder under the system temp folder; returns it and its clean-up (retried, as a background write may still be finishing). */
export async function temporaryDirectory(prefix = 'newsroom-test-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const directory = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { path: directory, remove: () => rm(directory, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }) };
}
