import { utimes, writeFile } from 'node:fs/promises';

/** Writes a file as one damaged a while ago, so the library need not wait to see whether a writer is still at work on it. */
export async function writeDamagedFile(filePath: string, content: string): Promise<void> {
  await writeFile(filePath, content);
  const minuteAgo = new Date(Date.now() - 60_000);
  await utimes(filePath, minuteAgo, minuteAgo);
}
