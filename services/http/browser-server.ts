import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentSecurityPolicy } from '../../core/api/content-security-policy';
import { assertNever } from '../../core/assert-never';
import { resolveStaticFile } from '../static/resolve-static-file';
import { failure } from '../../core/api/api-error';
import type { ApiRouter } from '../api/api-router';
import type { EventHub } from '../api/event-hub';
import type { ApiEventName } from '../../core/api/api-method-names';

export interface BrowserServerOptions {
  readonly router: ApiRouter;
  readonly events: EventHub;
  /** The built renderer (dist/renderer). */
  readonly staticDirectory: string;
  /** The library's media folder, served read-only under /media/. */
  readonly mediaDirectory?: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly token?: string;
}

export interface BrowserServer {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** Pages listening for events now (open tabs of the app). */
  connectedPages(): number;
  close(): Promise<void>;
}

export const tokenHeader = 'x-newsroom-token';
// Imports send files as base64: a 50 MB file grows to about 67 MB.
const maximumRequestBytes = 80 * 1024 * 1024;
/** Serves the renderer and the API on 127.0.0.1 only, behind a per-launch token and Host/Origin checks. */
export function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let port = options.port;
  const openStreams = new Set<http.ServerResponse>();
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      console.error(error);
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(request.headers.host ?? '')) {
      return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: unknown host.');
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
      return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: request from another origin.');
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (url.pathname === '/api/events') {
      if (!isToken(url.searchParams.get('token'))) return send(response, 401, 'text/plain; charset=utf-8', 'Missing or wrong token.');
      return streamEvents(response);
    }
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Use POST.');
      if (!isToken(request.headers[tokenHeader])) {
        return sendJson(response, 401, failure('unauthorized', 'Missing or wrong token.'));
      }
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(response, 415, failure('invalid-input', 'Send application/json.'));
      }
      const body = await readBody(request);
      if (body === undefined) {
        response.setHeader('connection', 'close');
        return sendJson(response, 413, failure('invalid-input', 'The request is too large.'));
      }
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        return sendJson(response, 400, failure('invalid-input', 'The request body is not valid JSON.'));
      }
      const method = url.pathname.slice('/api/'.length);
      return sendJson(response, 200, await options.router(method, input));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
    // Media names are content hashes; like the app's own files they are only served to this host.
    return serveFile(url.pathname, response);
  }

  function isToken(candidate: unknown): boolean {
    if (typeof candidate !== 'string') return false;
    const given = Buffer.from(candidate);
    const expected = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  function streamEvents(response: http.ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    openStreams.add(response);
    const send = (event: ApiEventName, payload: unknown) => response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    for (const change of options.events.recentLibraryChanges()) send('libraryChanged', change);
    const stop = options.events.listen(send);
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 25_000);
    response.on('close', () => {
      clearInterval(keepAlive);
      stop();
      openStreams.delete(response);
    });
  }

  async function serveFile(pathname: string, response: http.ServerResponse): Promise<void> {
    const resolved = await resolveStaticFile(pathname, { rendererDirectory: options.staticDirectory, mediaDirectory: options.mediaDirectory });
    switch (resolved.kind) {
      case 'bad-request':
        return send(response, 400, 'text/plain; charset=utf-8', 'Bad request.');
      case 'not-found':
        return send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
      case 'file':
        response.writeHead(200, {
          ...securityHeaders,
          'content-type': resolved.contentType,
          'content-length': resolved.size,
          'cache-control': resolved.cacheControl,
        });
        createReadStream(resolved.filePath).pipe(response);
        return;
      default:
        return assertNever(resolved);
    }
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/#token=${token}`,
        port,
        token,
        connectedPages: () => openStreams.size,
        close: () =>
          new Promise<void>((done) => {
            for (const stream of openStreams) stream.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
  // Another local web page must not learn, by embedding them, which images the library holds.
  'cross-origin-resource-policy': 'same-origin',
} as const;

function send(response: http.ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { ...securityHeaders, 'content-type': contentType, 'cache-control': 'no-store' });
  response.end(body);
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(request: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > maximumRequestBytes) {
      // Refuse before reading; the rest of the body is drained so the 413 reaches the client.
      request.resume();
      resolve(undefined);
      return;
    }
    const collect = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maximumRequestBytes) {
        request.off('data', collect);
        request.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', collect);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
