import { stat as statWithCallback, type Stats } from 'node:fs';
import * as nodeFileSystem from 'node:fs/promises';

/** The slice of node:fs/promises the library uses; passed in so tests can inject failures. */
export type FileSystem = Pick<
  typeof nodeFileSystem,
  'readFile' | 'readdir' | 'stat' | 'mkdir' | 'rename' | 'unlink' | 'open' | 'rmdir'
>;

/** fs.promises.stat costs about twice the callback form on the main thread: a listing stats every article. */
function stat(filePath: string): Promise<Stats> {
  return new Promise((resolve, reject) => statWithCallback(filePath, (error, stats) => (error ? reject(error) : resolve(stats))));
}

export const realFileSystem: FileSystem = { ...nodeFileSystem, stat: stat as FileSystem['stat'] };
