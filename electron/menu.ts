import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core/api/api-contract';
import type { Messages } from '../core/i18n/messages';

/** The application menu with the standard shortcuts, labelled in the interface language. */
export function buildApplicationMenu(text: Messages, send: (command: MenuCommand) => void, isDevelopment: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: text.menu.file,
      submenu: [
        { label: text.newArticle, accelerator: 'CmdOrCtrl+N', click: () => send('newArticle') },
        { label: text.menu.save, accelerator: 'CmdOrCtrl+S', click: () => send('save') },
        { label: text.importing.import, accelerator: 'CmdOrCtrl+O', click: () => send('import') },
        { label: text.importing.pasteAsArticle, accelerator: 'CmdOrCtrl+Shift+V', click: () => send('pasteAsArticle') },
        { type: 'separator' },
        { label: text.deleteArticle, click: () => send('deleteArticle') },
        { label: text.trash, click: () => send('showTrash') },
        { type: 'separator' },
        { label: text.settings, accelerator: 'CmdOrCtrl+,', click: () => send('openSettings') },
        { type: 'separator' },
        { label: text.menu.quit, role: 'quit' },
      ],
    },
    {
      label: text.menu.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
      ],
    },
    {
      label: text.menu.view,
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDevelopment ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
