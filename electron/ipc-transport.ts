import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { failure } from '../core/api/api-error';
import { apiMethodNames, ipcChannelOf, ipcEventChannelOf } from '../core/api/api-method-names';
import type { ApiRouter } from '../services/api/api-router';
import type { EventHub } from '../services/api/event-hub';
import { isAppUrl } from './is-app-url';

/** Whether an IPC message comes from the top frame of one of our windows showing an app:// page. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, windows: () => readonly BrowserWindow[]): boolean {
  try {
    const frame = event.senderFrame;
    if (frame === null || frame.parent !== null) return false;
    if (!windows().some((window) => !window.isDestroyed() && window.webContents === event.sender)) return false;
    return isAppUrl(frame.url);
  } catch {
    return false;
  }
}

/** Carries the API over IPC: one handler per method, sender checked, input validated by the router. */
export function registerIpcTransport(router: ApiRouter, events: EventHub, windows: () => readonly BrowserWindow[]): void {
  for (const method of apiMethodNames) {
    ipcMain.handle(ipcChannelOf(method), async (event, input: unknown) => {
      if (!isTrustedSender(event, windows)) return failure('unauthorized', 'The request did not come from the Newsroom window.');
      return router(method, input);
    });
  }
  events.listen((event, payload) => {
    for (const window of windows()) {
      if (!window.isDestroyed()) window.webContents.send(ipcEventChannelOf(event), payload);
    }
  });
}
