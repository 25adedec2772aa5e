import type { NewsroomBackend } from '../services/create-newsroom-backend';
import type { SyncState } from '../services/sync/desk-sync';
import { openDeskSync } from '../services/sync/open-desk-sync';
import { UsageError } from './usage-error';

interface SyncOptions {
  readonly remote?: string;
  readonly user?: string;
  readonly json: boolean;
  readonly 'allow-http': boolean;
  readonly watch: boolean;
  readonly every?: string;
}

/**
 * `newsroom sync [--remote URL] [--user NAME] [--watch [--every SECONDS]] [--json]`: one round with
 * the desk's CouchDB database — local changes out, the desk's in, conflicts kept in History — or,
 * with --watch, rounds until interrupted, one line (or JSON line) each. The password comes from
 * NEWSROOM_SYNC_PASSWORD, never from the command line; one round exits 1 when anything went wrong.
 */
export async function syncCommand(backend: NewsroomBackend, options: SyncOptions): Promise<number> {
  // The desk database and user set in the app's settings, unless given here.
  const configured = backend.settings.get().deskSync;
  const remote = options.remote ?? (configured.url || undefined);
  if (!remote) throw new UsageError('Say which desk database to sync with: newsroom sync --remote https://desk.example.org/newsroom [--user NAME], or set it in the app\'s settings.');
  const opened = await openDeskSync(backend.library, backend.library.directory, {
    url: remote,
    user: options.user ?? (options.remote ? undefined : configured.user || undefined),
    password: process.env.NEWSROOM_SYNC_PASSWORD,
    allowPlainHttp: options['allow-http'] || (!options.remote && configured.allowPlainHttp),
    // What this machine shares is its own choice, whichever desk it syncs with; a command has no story open, so it sends no heartbeat.
  }, { share: configured });
  if (!opened.ok) throw new UsageError(opened.error.message);
  const every = options.every === undefined ? 30 : Number(options.every);
  if (!Number.isFinite(every) || every < 1) throw new UsageError(`--every takes a number of seconds, 1 or more (not "${options.every}").`);
  try {
    if (options.watch) {
      const watcher = opened.value.sync.watch({ everySeconds: every, onRound: (state) => process.stdout.write(`${options.json ? JSON.stringify(state) : describeRound(state)}\n`) });
      // process.on, not once: conf's exit hook re-sends the signal it catches, and a second delivery without a listener would end the process before the databases close.
      await new Promise<void>((resolve) => {
        process.on('SIGINT', () => resolve());
        process.on('SIGTERM', () => resolve());
      });
      await watcher.stop();
      return 0;
    }
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

/** One round of a watching sync as a line: what moved, or since when the desk has been out of reach and when it is tried again. */
function describeRound({ report, offlineSince, nextRoundInSeconds }: SyncState): string {
  const time = new Date().toISOString().slice(11, 19);
  const waiting = report.waiting > 0 ? ` ${report.waiting} changes wait to be sent.` : '';
  if (!report.reached) return `${time} offline since ${offlineSince?.slice(11, 19)}: ${report.errors[0] ?? ''}${waiting} Next try in ${nextRoundInSeconds} s.`;
  const conflicts = report.conflicts.length > 0 ? `, conflicts kept in History: ${report.conflicts.join(' ')}` : '';
  const problems = report.errors.length > 0 ? `; ${report.errors.join('; ')}` : '';
  return `${time} sent ${report.sent}, received ${report.received}${conflicts}${problems}`;
}
