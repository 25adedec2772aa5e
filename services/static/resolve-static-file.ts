import { stat } from 'node:fs/promises';
import path from 'node:path';
import { mediaFileFromPath } from '../../core/document/media-file-from-path';
import { contentTypeOf } from './content-type-of';

export interface StaticRoots {
  /** The built renderer (dist/renderer). */
  readonly rendererDirectory: string;
  /** The library's media folder, served read-only under /media/. */
  readonly mediaDirectory?: string;
}

export type StaticFileResolution =
  | { readonly kind: 'file'; readonly filePath: string; readonly size: number; readonly contentType: string; readonly cacheControl: string }
  | { readonly kind: 'bad-request' }
  | { readonly kind: 'not-found' };

// Encoded separators and NUL are never part of a real asset name; refusing them outright is simpler
// than proving each decoding order safe.
const forbiddenEncodings = /%(?:2f|5c|00)/i;

/**
 * The file a request path names inside the renderer or media folder, shared by browser mode and the
 * desktop app:// handler. Traversal in any spelling, folders and unknown files are "not found"; a
 * malformed percent escape is a bad request, never an exception.
 */
export async function resolveStaticFile(pathname: string, roots: StaticRoots): Promise<StaticFileResolution> {
  if (forbiddenEncodings.test(pathname) || pathname.includes('\\') || pathname.includes('\0')) return { kind: 'not-found' };
  const media = roots.mediaDirectory === undefined ? undefined : mediaFileFromPath(pathname);
  let decoded: string;
  try {
    decoded = media ? `/${media}` : decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return { kind: 'bad-request' };
  }
  const segments = decoded.split('/').slice(1);
  if (!decoded.startsWith('/') || segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment.includes(':') || segment.includes('\\') || segment.includes('\0'))) {
    return { kind: 'not-found' };
  }
  const root = path.resolve(media && roots.mediaDirectory ? roots.mediaDirectory : roots.rendererDirectory);
  const filePath = path.resolve(root, ...segments);
  if (!filePath.startsWith(root + path.sep)) return { kind: 'not-found' };
  const stats = await stat(filePath).catch(() => undefined);
  if (!stats?.isFile()) return { kind: 'not-found' };
  // Vite names every file under assets/ by its content: a new build asks for new names, so a copy
  // kept is never stale, and the compiled code V8 keeps beside it is never thrown away after an hour.
  const fingerprinted = !media && segments.length === 2 && segments[0] === 'assets';
  return {
    kind: 'file',
    filePath,
    size: stats.size,
    contentType: contentTypeOf(filePath) ?? 'application/octet-stream',
    cacheControl: media ? 'private, max-age=31536000, immutable' : fingerprinted ? 'public, max-age=31536000, immutable' : filePath.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
  };
}
