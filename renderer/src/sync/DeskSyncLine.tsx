import './desk-sync.css';
import { useFormatDate, useFormatNumber } from '../i18n/date-style-context';
import { useText } from '../i18n/text-context';
import type { DeskSyncView } from './use-desk-sync';

/** One line under the library's title while desk sync is set: when it last synced or since when it is offline, what needs attention, and "Sync now". */
export function DeskSyncLine({ sync }: { readonly sync: DeskSyncView }) {
  const text = useText();
  const formatDate = useFormatDate();
  const formatNumber = useFormatNumber();
  const { status } = sync;
  if (!status?.configured) return null;
  const state = status.state;
  const report = state?.report;
  const offline = report && !report.reached;
  const standing = (): string => {
    if (sync.syncing) return text.deskSync.syncing;
    if (status.problem) return status.problem.kind === 'server-address' ? text.deskSync.invalid : text.deskSync.localDatabase;
    if (report?.refused) return text.deskSync.refusedShort;
    if (offline && state?.offlineSince) return text.deskSync.offlineSince(formatDate(state.offlineSince, 'date-time'));
    if (state?.syncedAt) return text.deskSync.synced(formatDate(state.syncedAt, 'date-time'));
    return text.deskSync.starting;
  };
  const lines = [
    standing(),
    ...(report && report.waiting > 0 && !sync.syncing ? [text.deskSync.waiting(report.waiting)] : []),
    ...(report && report.reached && report.errors.length > 0 ? [text.deskSync.problems(formatNumber(report.errors.length))] : []),
    ...(report && report.conflicts.length > 0 ? [text.deskSync.conflicts(formatNumber(report.conflicts.length))] : []),
  ];
  const attention = Boolean(offline || report?.refused || status.problem || (report && report.errors.length > 0));
  return (
    <div className={attention ? 'desk-sync-line desk-sync-line--attention' : 'desk-sync-line'}>
      <p role="status" aria-live="polite">
        {lines.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </p>
      <button type="button" className="button" disabled={sync.syncing} onClick={() => void sync.syncNow()}>
        {text.deskSync.syncNow}
      </button>
    </div>
  );
}
