import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FileSystem } from './file-system';
import { isErrorCode } from './is-error-code';

/** Writes a file so a crash leaves the old or the new content, never a torn mix. */
export async function atomicWriteFile(fileSystem: FileSystem, filePath: string, data: string | Uint8Array): Promise<void> {
  const directory = path.dirname(filePath);
  const temporaryPath = path.join(directory, `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fileSystem.open(temporaryPath, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fileSystem.rename(temporaryPath, filePath);
  } catch (error) {
    await fileSystem.unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fileSystem, directory);
}

async function syncDirectory(fileSystem: FileSystem, directory: string): Promise<void> {
  let handle;
  try {
    handle = await fileSystem.open(directory, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or fsync a directory; the rename is as durable as that platform allows.
    if (!isErrorCode(error, ['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES'])) throw error;
  } finally {
    await handle?.close();
  }
}
