import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { atomicWriteFile } from '../storage/atomic-write-file';
import { realFileSystem, type FileSystem } from '../storage/file-system';

/**
 * This data folder's id at the desk (<data>/sync/machine-id), made once: its heartbeat document is
 * named after it, so two data folders on one computer are two machines and a renamed computer stays one.
 */
export async function machineId(dataDirectory: string, fileSystem: FileSystem = realFileSystem): Promise<string> {
  const file = path.join(dataDirectory, 'sync', 'machine-id');
  const kept = (await fileSystem.readFile(file, 'utf8').catch(() => '')).trim();
  if (/^[A-Za-z0-9-]{8,100}$/.test(kept)) return kept;
  const made = randomUUID();
  await fileSystem.mkdir(path.dirname(file), { recursive: true });
  await atomicWriteFile(fileSystem, file, `${made}\n`);
  return made;
}
