import { protocol } from 'electron';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { assertNever } from '../core/assert-never';
import { contentSecurityPolicy } from '../core/api/content-security-policy';
import { resolveStaticFile, type StaticRoots } from '../services/static/resolve-static-file';
import { appHost, appScheme } from './is-app-url';

/** Must run before the app is ready: app:// behaves like a secure standard origin whose scripts V8 keeps compiled between starts. */
export function registerAppScheme(): void {
  // Without codeCache, every start parsed and compiled the half megabyte of the window's script
  // again: measured in Chromium, the library shows about half a second sooner with the cache.
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const securityHeaders = { 'Content-Security-Policy': contentSecurityPolicy, 'X-Content-Type-Options': 'nosniff' } as const;

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Answers one app:// request: a renderer or media file, or a plain refusal; never throws. */
export async function answerAppRequest(request: Request, roots: StaticRoots): Promise<Response> {
  try {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const url = new URL(request.url);
    if (url.host !== appHost || url.username !== '' || url.password !== '') return textResponse(404, 'Not found');
    const resolved = await resolveStaticFile(url.pathname, roots);
    switch (resolved.kind) {
      case 'bad-request':
        return textResponse(400, 'Bad request');
      case 'not-found':
        return textResponse(404, 'Not found');
      case 'file': {
        const body = request.method === 'HEAD' ? null : (Readable.toWeb(createReadStream(resolved.filePath)) as ReadableStream<Uint8Array>);
        return new Response(body, {
          status: 200,
          headers: { ...securityHeaders, 'Content-Type': resolved.contentType, 'Content-Length': String(resolved.size), 'Cache-Control': resolved.cacheControl },
        });
      }
      default:
        return assertNever(resolved);
    }
  } catch {
    return textResponse(400, 'Bad request');
  }
}

/** Serves the packaged renderer under app://newsroom/ and library images under /media/, nothing else. */
export function serveRenderer(roots: StaticRoots): void {
  protocol.handle(appScheme, (request) => answerAppRequest(request, roots));
}
