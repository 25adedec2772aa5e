import type { PermissionCheckHandlerHandlerDetails, PermissionRequest, Session, WebContents } from 'electron';
import { isAppUrl } from './is-app-url';

/** Links the journalist opens leave the app for the system browser; nothing else is handed to the OS. */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** Keeps every web contents on the app: no navigation away, no new windows, no webviews. */
export function guardWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  const stayInApp = (event: { preventDefault(): void; url: string }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openExternal(url);
    return { action: 'deny' };
  });
}

// Only the clipboard, for Copy HTML and Paste as new article.
const allowedPermissions: ReadonlySet<string> = new Set(['clipboard-read', 'clipboard-sanitized-write']);

/** Whether a permission goes to the requesting frame: the clipboard, to the app's own top page only. */
export function isPermissionAllowed(permission: string, details: Pick<PermissionRequest | PermissionCheckHandlerHandlerDetails, 'isMainFrame' | 'requestingUrl'>): boolean {
  return allowedPermissions.has(permission) && details.isMainFrame && isAppUrl(details.requestingUrl);
}

/** Installs the session's permission handlers, judging the requesting frame, never only the top page. */
export function installPermissionHandlers(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isPermissionAllowed(permission, details)));
  session.setPermissionCheckHandler((_contents, permission, _origin, details) => isPermissionAllowed(permission, details));
  session.setDevicePermissionHandler(() => false);
}
