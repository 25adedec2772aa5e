import { contextBridge, ipcRenderer } from 'electron';
import {
  apiEventNames,
  apiMethodNames,
  ipcChannelOf,
  ipcEventChannelOf,
  type ApiEventName,
} from '../core/api/api-method-names';

// One named function per method; ipcRenderer itself never reaches the page.
const methods = Object.fromEntries(
  apiMethodNames.map((method) => [method, (input: unknown) => ipcRenderer.invoke(ipcChannelOf(method), input)]),
);

function subscribe(event: ApiEventName, listener: (payload: unknown) => void): () => void {
  if (!apiEventNames.includes(event)) throw new Error(`Unknown event ${String(event)}`);
  const channel = ipcEventChannelOf(event);
  const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

contextBridge.exposeInMainWorld('newsroom', { ...methods, subscribe });
