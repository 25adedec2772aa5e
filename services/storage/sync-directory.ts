import type { FileSystem } from './file-system';
import { isErrorCode } from './is-error-code';

/** Makes the renames in a folder durable: one fsync of the folder covers every file renamed into it before. */
export async function syncDirectory(fileSystem: FileSystem, directory: string): Promise<void> {
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
