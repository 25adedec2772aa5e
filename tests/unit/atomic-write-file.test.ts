import { readdir, readFile, writeFile } from 'node:fs/promises';
import * as nodeFileSystem from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile } from '../../services/storage/atomic-write-file';
import type { FileSystem } from '../../services/storage/file-system';
import { temporaryDirectory } from '../support/temporary-directory';

describe('atomicWriteFile', () => {
  let directory: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    directory = await temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it('writes the new content and leaves no temporary file', async () => {
    const target = path.join(directory.path, 'article.json');
    await writeFile(target, 'old');
    await atomicWriteFile(nodeFileSystem, target, 'new content ✓ عربي');
    expect(await readFile(target, 'utf8')).toBe('new content ✓ عربي');
    expect(await readdir(directory.path)).toEqual(['article.json']);
  });

  it('keeps the old content and removes the temporary file when the rename fails', async () => {
    const target = path.join(directory.path, 'article.json');
    await writeFile(target, 'old');
    const failingRename: FileSystem = {
      ...nodeFileSystem,
      rename: async () => {
        throw Object.assign(new Error('disk vanished'), { code: 'EIO' });
      },
    };
    await expect(atomicWriteFile(failingRename, target, 'new')).rejects.toThrow('disk vanished');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(directory.path)).toEqual(['article.json']);
  });

  it('keeps the old content when writing the temporary file fails (disk full)', async () => {
    const target = path.join(directory.path, 'article.json');
    await writeFile(target, 'old');
    const fullDisk: FileSystem = {
      ...nodeFileSystem,
      open: (async (file: string, flags: string) => {
        const handle = await nodeFileSystem.open(file, flags);
        if (flags === 'wx') {
          return Object.assign(Object.create(handle) as typeof handle, {
            writeFile: async () => {
              throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
            },
            close: () => handle.close(),
            sync: () => handle.sync(),
          });
        }
        return handle;
      }) as FileSystem['open'],
    };
    await expect(atomicWriteFile(fullDisk, target, 'new')).rejects.toThrow('no space left');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(directory.path)).toEqual(['article.json']);
  });
});
