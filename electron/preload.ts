import { contextBridge, ipcRenderer } from 'electron';
import {
  apiEventNames,
  apiMethodNames,
  ipcChannelOf,
  ipcEventChannelOf,
} from '../core/api/api-method-names';
import { eventDispatcher } from '../core/api/event-dispatcher';

// One named function per method; ipcRenderer itself never reaches the page.
const methods = Object.fromEntries(
  apiMethodNames.map((method) => [method, (input: unknown) => ipcRenderer.invoke(ipcChannelOf(method), input)]),
);

// Listened to from the start, before the page's code runs: an event the main process sends before
// the window subscribes (a desk sync round finishing while it starts) is kept for it.
const events = eventDispatcher();
for (const event of apiEventNames) ipcRenderer.on(ipcEventChannelOf(event), (_event, payload: unknown) => events.deliver(event, payload));

contextBridge.exposeInMainWorld('newsroom', { ...methods, subscribe: events.subscribe });
