import type { NewsroomBackend } from '../services/create-newsroom-backend';
import { openDeskSync } from '../services/sync/open-desk-sync';
import { UsageError } from './usage-error';

interface SyncOptions {
  readonly remote?: string;
  readonly user?: string;
  readonly json: boolean;
  readonly 'allow-http': boolean;
}

/**
 * `newsroom sync --remote URL [--user NAME] [--once] [--json]`: one round with the desk's CouchDB
 * database — local changes out, the desk's in, conflicts kept in History. The password comes from
 * NEWSROOM_SYNC_PASSWORD, never from the command line; exits 1 when anything went wrong.
 */
export async function syncCommand(backend: NewsroomBackend, options: SyncOptions): Promise<number> {
  if (!options.remote) throw new UsageError('Say which desk database to sync with: newsroom sync --remote https://desk.example.org/newsroom [--user NAME].');
  const opened = await openDeskSync(backend.library, backend.library.directory, {
    url: options.remote,
    user: options.user,
    password: process.env.NEWSROOM_SYNC_PASSWORD,
    allowPlainHttp: options['allow-http'],
  });
  if (!opened.ok) throw new UsageError(opened.error.message);
  try {
    const report = await opened.value.sync.once();
    if (options.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      process.stdout.write(`sent ${report.sent}, received ${report.received}${report.conflicts.length > 0 ? `, conflicts kept in History: ${report.conflicts.join(' ')}` : ''}\n`);
      for (const error of report.errors) process.stderr.write(`newsroom: ${error}\n`);
    }
    return report.errors.length > 0 ? 1 : 0;
  } finally {
    await opened.value.close();
  }
}
