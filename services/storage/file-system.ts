import * as nodeFileSystem from 'node:fs/promises';

/** The slice of node:fs/promises the library uses; passed in so tests can inject failures. */
export type FileSystem = Pick<
  typeof nodeFileSystem,
  'readFile' | 'readdir' | 'stat' | 'mkdir' | 'rename' | 'unlink' | 'open' | 'rmdir'
>;

export const realFileSystem: FileSystem = nodeFileSystem;
