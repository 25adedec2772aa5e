import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FileSystem } from './file-system';
import { syncDirectory } from './sync-directory';

/**
 * Writes a file so a crash leaves the old or the new content, never a torn mix. A batch of writes
 * into one folder passes syncFolder: false and syncs the folder once at the end (syncDirectory).
 * Data given in pieces is written as it is, without first joining it into one buffer.
 */
export async function atomicWriteFile(fileSystem: FileSystem, filePath: string, data: string | Uint8Array | readonly Uint8Array[], options: { readonly syncFolder?: boolean } = {}): Promise<void> {
  const directory = path.dirname(filePath);
  const temporaryPath = path.join(directory, `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fileSystem.open(temporaryPath, 'wx');
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      else await handle.writev([...data]);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fileSystem.rename(temporaryPath, filePath);
  } catch (error) {
    await fileSystem.unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  if (options.syncFolder ?? true) await syncDirectory(fileSystem, directory);
}
