import { readFile } from 'node:fs/promises';
import type { NewsroomBackend } from '../services/create-newsroom-backend';
import type { ImportOutcome } from '../services/import/import-service';
import { UsageError } from './usage-error';

/** `newsroom import <file…> [--json]`: every good file becomes a draft; exits 1 if any file failed. */
export async function importCommand(backend: NewsroomBackend, files: readonly string[], json: boolean): Promise<number> {
  if (files.length === 0) throw new UsageError('Name the files to import.');
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : '';
      outcomes.push({ file, ok: false, error: code === 'ENOENT' ? 'The file does not exist.' : code === 'EISDIR' ? 'That is a folder, not a file.' : `The file cannot be read (${code || String(error)}).` });
      continue;
    }
    outcomes.push(await backend.importer.importBytes(file, bytes));
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(outcomes, null, 2)}\n`);
  } else {
    for (const outcome of outcomes) {
      if (outcome.ok) process.stdout.write(`${outcome.file}: imported as ${outcome.id} — ${outcome.headline}\n`);
      else process.stderr.write(`newsroom: ${outcome.file}: ${outcome.error}\n`);
    }
  }
  return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
}
