import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { failure } from '../core/api/api-error';
import { apiMethodNames, ipcChannelOf, ipcEventChannelOf } from '../core/api/api-method-names';
import type { ApiRouter } from '../services/api/api-router';
import type { EventHub } from '../services/api/event-hub';
import { appOrigin } from './app-protocol';

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  try {
    return new URL(frame.url).origin === appOrigin;
  } catch {
    return false;
  }
}

/** Carries the API over IPC: one handler per method, sender checked, input validated by the router. */
export function registerIpcTransport(router: ApiRouter, events: EventHub, windows: () => readonly BrowserWindow[]): void {
  for (const method of apiMethodNames) {
    ipcMain.handle(ipcChannelOf(method), (event, input: unknown) => {
      if (!isTrustedSender(event)) return failure('unauthorized', 'The request did not come from the Newsroom window.');
      return router(method, input);
    });
  }
  events.listen((event, payload) => {
    for (const window of windows()) {
      if (!window.isDestroyed()) window.webContents.send(ipcEventChannelOf(event), payload);
    }
  });
}
