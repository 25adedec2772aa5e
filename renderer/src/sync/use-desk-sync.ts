import { useCallback, useEffect, useState } from 'react';
import type { DeskSyncStatus } from '../../../core/api/api-contract';
import type { ApiClient } from '../api/api-client';

/** Desk sync as the window sees it: where it stands (asked again every few seconds and after each change), and a round on request. */
export interface DeskSyncView {
  readonly status: DeskSyncStatus | undefined;
  readonly syncing: boolean;
  readonly syncNow: () => Promise<void>;
  readonly refresh: () => Promise<void>;
}

const pollMilliseconds = 10_000;

/** Follows the back end's desk sync: its status now and then (saying which story this window has open, for this machine's heartbeat), a round when asked. */
export function useDeskSync(api: ApiClient, openId?: string): DeskSyncView {
  const [status, setStatus] = useState<DeskSyncStatus>();
  const [syncing, setSyncing] = useState(false);
  const refresh = useCallback(async () => {
    const answer = await api.getDeskSync(openId ? { open: openId } : {});
    if (answer.ok) setStatus(answer.value);
  }, [api, openId]);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), pollMilliseconds);
    return () => clearInterval(timer);
  }, [refresh]);
  // Just set up or restarted: asked again soon, so the first round's outcome shows without waiting for the next poll.
  const starting = status?.configured === true && status.running && !status.state;
  useEffect(() => {
    if (!starting) return;
    const timer = setTimeout(() => void refresh(), 1000);
    return () => clearTimeout(timer);
  }, [starting, status, refresh]);
  const syncNow = useCallback(async () => {
    setSyncing(true);
    try {
      const answer = await api.syncDeskNow({});
      if (answer.ok) setStatus(answer.value);
    } finally {
      setSyncing(false);
    }
  }, [api]);
  return { status, syncing, syncNow, refresh };
}
