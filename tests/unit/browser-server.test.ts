import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNewsroomBackend } from '../../services/create-newsroom-backend';
import { startBrowserServer, type BrowserServer } from '../../services/http/browser-server';
import { openConfStore } from '../../services/settings/open-conf-store';
import { temporaryDirectory } from '../support/temporary-directory';

interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** A raw request, so tests can send the Host and Origin headers a browser would refuse to forge. */
function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

describe('browser mode server', () => {
  let directory: { path: string; remove: () => Promise<void> };
  let server: BrowserServer;
  let host: string;

  beforeEach(async () => {
    directory = await temporaryDirectory();
    const staticDirectory = path.join(directory.path, 'renderer');
    await mkdir(staticDirectory);
    await writeFile(path.join(staticDirectory, 'index.html'), '<!doctype html><title>Newsroom</title>');
    await writeFile(path.join(directory.path, 'secret.txt'), 'outside the renderer');
    const backend = await createNewsroomBackend({
      settingsDirectory: path.join(directory.path, 'data'),
      transport: 'http',
      version: '0.0.0-test',
      openStore: openConfStore,
    });
    if (!backend.ok) throw new Error(backend.error.message);
    server = await startBrowserServer({ router: backend.value.router, events: backend.value.events, staticDirectory, port: 0 });
    host = `127.0.0.1:${server.port}`;
  });
  afterEach(async () => {
    await server.close();
    await directory.remove();
  });

  const call = (method: string, headers: Record<string, string>, body = '{}') =>
    request(server.port, { method: 'POST', path: `/api/${method}`, headers: { host, 'content-type': 'application/json', ...headers }, body });

  it('listens on loopback and prints a URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('answers an API call that carries the token', async () => {
    const response = await call('listArticles', { 'x-newsroom-token': server.token });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { articles: [{ language: 'ar' }] } });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { 'x-newsroom-token': 'guess' }],
  ])('refuses a call with %s', async (_name, headers) => {
    const response = await call('listArticles', headers);
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a request from another origin even with the token', async () => {
    const response = await call('listArticles', { 'x-newsroom-token': server.token, origin: 'http://evil.example' });
    expect(response.status).toBe(403);
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const response = await request(server.port, { path: '/', headers: { host: `evil.example:${server.port}` } });
    expect(response.status).toBe(403);
  });

  it('refuses a form post that is not JSON', async () => {
    const response = await call('listArticles', { 'x-newsroom-token': server.token, 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
  });

  it('answers malformed JSON with a clear error', async () => {
    const response = await call('listArticles', { 'x-newsroom-token': server.token }, '{"not json');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const response = await request(server.port, { path: '/', headers: { host } });
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>Newsroom</title>');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('lets the browser keep the built scripts for good, and asks again for the page and unnamed files', async () => {
    const staticDirectory = path.join(directory.path, 'renderer');
    await mkdir(path.join(staticDirectory, 'assets'));
    await writeFile(path.join(staticDirectory, 'assets', 'index-D6XL6ZrR.js'), 'export {};');
    await writeFile(path.join(staticDirectory, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const cacheControlOf = async (file: string) => (await request(server.port, { path: file, headers: { host } })).headers['cache-control'];
    expect(await cacheControlOf('/assets/index-D6XL6ZrR.js')).toBe('public, max-age=31536000, immutable');
    expect(await cacheControlOf('/')).toBe('no-cache');
    expect(await cacheControlOf('/favicon.svg')).toBe('public, max-age=3600');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/%00', '/C:/secret.txt']) {
      const response = await request(server.port, { path: attempt, headers: { host } });
      expect(response.status, attempt).toBe(404);
      expect(response.body).not.toContain('outside the renderer');
    }
  });

  it('answers an oversized body with 413, and serves files only to its own pages (CORP)', async () => {
    const declared = await request(server.port, {
      method: 'POST',
      path: '/api/listArticles',
      headers: { host, 'content-type': 'application/json', 'x-newsroom-token': server.token, 'content-length': String(200 * 1024 * 1024) },
      body: '{}',
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const page = await request(server.port, { path: '/', headers: { host } });
    expect(page.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('answers a malformed percent escape with 400, without an internal error', async () => {
    for (const attempt of ['/%', '/%E0%A4%A', '/api/%zz']) {
      const response = await request(server.port, { path: attempt, headers: { host } });
      expect([400, 405], attempt).toContain(response.status);
    }
  });

  /** The event stream as read until its first libraryChanged event; `onConnected` runs once it opened without one. */
  const firstLibraryChange = (onConnected: () => void = () => undefined) =>
    new Promise<string>((resolve, reject) => {
      const outgoing = http.get({ host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}`, headers: { host } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('event: libraryChanged')) {
            resolve(text);
            outgoing.destroy();
          } else if (text.includes(': connected')) {
            onConnected();
          }
        });
      });
      outgoing.on('error', reject);
    });

  it('streams push events to a client with the token', async () => {
    const received = firstLibraryChange(() => void call('createArticle', { 'x-newsroom-token': server.token }));
    expect(await received).toMatch(/event: libraryChanged\ndata: \{"reason":"created","id":"[^"]+"\}/);
  });

  it('tells a page whose event stream opens after a library change of that change (listed and connected side by side)', async () => {
    await call('createArticle', { 'x-newsroom-token': server.token });
    expect(await firstLibraryChange()).toMatch(/: connected\n\nevent: libraryChanged\ndata: \{"reason":"created","id":"[^"]+"\}/);
  });

  it('refuses the event stream without the token', async () => {
    const response = await request(server.port, { path: '/api/events', headers: { host } });
    expect(response.status).toBe(401);
  });
});
