import { BrowserWindow, screen, type Rectangle } from 'electron';
import path from 'node:path';
import type { WindowBounds } from '../core/settings/settings-schema';
import { appOrigin } from './is-app-url';

function isVisibleOnSomeDisplay(bounds: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea }) =>
    bounds.x < workArea.x + workArea.width &&
    bounds.x + bounds.width > workArea.x &&
    bounds.y < workArea.y + workArea.height &&
    bounds.y + bounds.height > workArea.y,
  );
}

/** Opens the main window, locked down per Electron's security checklist, at the remembered bounds. */
export function createMainWindow(saved: WindowBounds | null, onBoundsChanged: (bounds: WindowBounds) => void): BrowserWindow {
  const position =
    saved?.x !== undefined && saved.y !== undefined && isVisibleOnSomeDisplay({ x: saved.x, y: saved.y, width: saved.width, height: saved.height })
      ? { x: saved.x, y: saved.y }
      : {};
  const window = new BrowserWindow({
    width: saved?.width ?? 1280,
    height: saved?.height ?? 840,
    ...position,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Newsroom',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Our own Hunspell worker checks Arabic and English the same on every system; the OS checker
      // (none for Arabic on Linux, and a network download there) would underline a second time.
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  const remember = () => {
    const normal = window.getNormalBounds();
    onBoundsChanged({ ...normal, maximized: window.isMaximized() });
  };
  window.on('close', remember);
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
