import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const settleMilliseconds = 150;
const rescanMilliseconds = 2000;

/**
 * Calls onChange with an article id when its file in the folder changes or disappears, whoever wrote
 * it. Uses fs.watch, and falls back to rescanning modification times where watching is refused
 * (some network and container file systems). Returns the function that stops watching.
 */
export function watchLibrary(articlesDirectory: string, onChange: (id: string) => void): () => void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const settle = (id: string) => {
    clearTimeout(timers.get(id));
    timers.set(
      id,
      setTimeout(() => {
        timers.delete(id);
        onChange(id);
      }, settleMilliseconds).unref(),
    );
  };
  const idOf = (name: string | null) => (name && /^[^.].*\.json$/.test(name) ? name.slice(0, -'.json'.length) : undefined);

  let watcher: FSWatcher | undefined;
  let rescan: ReturnType<typeof setInterval> | undefined;
  try {
    watcher = watch(articlesDirectory, { persistent: false }, (_event, name) => {
      const id = idOf(name);
      if (id) settle(id);
    });
    watcher.on('error', () => {
      watcher?.close();
      watcher = undefined;
      startRescan();
    });
  } catch {
    startRescan();
  }

  function startRescan(): void {
    const seen = new Map<string, number>();
    const scan = async () => {
      const names = await readdir(articlesDirectory).catch(() => [] as string[]);
      const present = new Set<string>();
      for (const name of names) {
        const id = idOf(name);
        if (!id) continue;
        present.add(id);
        const modifiedAt = (await stat(path.join(articlesDirectory, name)).catch(() => undefined))?.mtimeMs ?? 0;
        if (seen.has(id) && seen.get(id) !== modifiedAt) settle(id);
        seen.set(id, modifiedAt);
      }
      for (const id of [...seen.keys()]) {
        if (!present.has(id)) {
          seen.delete(id);
          settle(id);
        }
      }
    };
    void scan();
    rescan = setInterval(() => void scan(), rescanMilliseconds).unref();
  }

  return () => {
    watcher?.close();
    clearInterval(rescan);
    for (const timer of timers.values()) clearTimeout(timer);
  };
}
