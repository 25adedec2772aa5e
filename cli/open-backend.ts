import { readFileSync } from 'node:fs';
import { openConfStore } from '../services/settings/open-conf-store';
import { createNewsroomBackend, type NewsroomBackend } from '../services/create-newsroom-backend';
import { defaultDataDirectory } from '../services/paths/default-data-directory';
import { inProcessTaskRunner } from '../services/workers/in-process-task-runner';
import { UsageError } from './usage-error';

/**
 * Opens the back end for a command: --data, then NEWSROOM_DATA_DIR, then the desktop app's folder.
 * Only a long-running host (serve) needs worker threads to stay responsive; a one-shot command runs
 * its import or export on its own thread, without a thread's start-up time.
 */
export async function openBackend(dataOption: string | undefined, transport: 'ipc' | 'http', host: 'one-shot' | 'long-running' = 'one-shot'): Promise<NewsroomBackend> {
  const explicit = dataOption ?? (process.env.NEWSROOM_DATA_DIR || undefined);
  const opened = await createNewsroomBackend({
    settingsDirectory: explicit ?? defaultDataDirectory(),
    dataDirectory: explicit,
    transport,
    version: packageVersion(),
    openStore: openConfStore,
    ...(host === 'one-shot' ? { tasks: inProcessTaskRunner, oneShot: true } : {}),
  });
  if (!opened.ok) throw new UsageError(opened.error.message);
  for (const notice of opened.value.settings.notices) {
    if (notice.kind === 'settings-recovered') {
      console.error(`newsroom: the settings file was damaged (${notice.reason}); a copy was kept at ${notice.backupFile} and defaults were restored.`);
    } else {
      console.error(`newsroom: ${notice.reason}`);
    }
  }
  return opened.value;
}

function packageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return manifest.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
