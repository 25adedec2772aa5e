import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentSecurityPolicy } from '../../core/api/content-security-policy';
import { mediaFileFromPath } from '../../core/document/media-file-from-path';
import { failure } from '../../core/api/api-error';
import type { ApiRouter } from '../api/api-router';
import type { EventHub } from '../api/event-hub';

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
  close(): Promise<void>;
}

export const tokenHeader = 'x-newsroom-token';
// Imports send files as base64: a 50 MB file grows to about 67 MB.
const maximumRequestBytes = 80 * 1024 * 1024;
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

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
      if (body === undefined) return sendJson(response, 413, failure('invalid-input', 'The request is too large.'));
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        return sendJson(response, 400, failure('invalid-input', 'The request body is not valid JSON.'));
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      return sendJson(response, 200, await options.router(method, input));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
    // Media names are content hashes; like the app's own files they are only served to this host.
    const media = mediaFileFromPath(url.pathname);
    if (media && options.mediaDirectory) return serveFile(options.mediaDirectory, `/${media}`, response, 'private, max-age=31536000, immutable');
    return serveFile(options.staticDirectory, url.pathname === '/' ? '/index.html' : url.pathname, response);
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
    const stop = options.events.listen((event, payload) => {
      response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 25_000);
    response.on('close', () => {
      clearInterval(keepAlive);
      stop();
      openStreams.delete(response);
    });
  }

  async function serveFile(directory: string, pathname: string, response: http.ServerResponse, cacheControl?: string): Promise<void> {
    const root = path.resolve(directory);
    const filePath = path.resolve(root, `.${decodeURIComponent(pathname)}`);
    if (!filePath.startsWith(root + path.sep)) return send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
    const stats = await stat(filePath).catch(() => undefined);
    if (!stats?.isFile()) return send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
    response.writeHead(200, {
      ...securityHeaders,
      'content-type': contentTypes[path.extname(filePath)] ?? 'application/octet-stream',
      'content-length': stats.size,
      'cache-control': cacheControl ?? (filePath.endsWith('.html') ? 'no-cache' : 'public, max-age=3600'),
    });
    createReadStream(filePath).pipe(response);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/#token=${token}`,
        port,
        token,
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
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maximumRequestBytes) {
        resolve(undefined);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
