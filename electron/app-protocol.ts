import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../core/api/content-security-policy';
import { mediaFileFromPath } from '../core/document/media-file-from-path';

export const appScheme = 'app';
export const appOrigin = `${appScheme}://newsroom`;

/** Must run before the app is ready: app:// behaves like a secure standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the packaged renderer under app://newsroom/ and library images under /media/, nothing else. */
export function serveRenderer(rendererDirectory: string, mediaDirectory: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'newsroom') return new Response('Not found', { status: 404 });
    const media = mediaFileFromPath(url.pathname);
    const root = path.resolve(media ? mediaDirectory : rendererDirectory);
    const relative = media ? `/${media}` : decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const filePath = path.resolve(root, `.${relative}`);
    if (!filePath.startsWith(root + path.sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(filePath).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
