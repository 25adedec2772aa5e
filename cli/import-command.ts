import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportOutcome, NewsroomApi } from '../core/api/api-contract';
import { maximumImportBytes } from '../core/import/maximum-import-bytes';
import { UsageError } from './usage-error';

/** One file through the API's importFiles, as the app imports it. */
async function importOne(api: NewsroomApi, file: string, bytes: Buffer): Promise<ImportOutcome> {
  if (bytes.length > maximumImportBytes) return { file, ok: false, error: `The file is larger than ${maximumImportBytes / 1024 / 1024} MB.` };
  const name = file.length <= 500 ? file : path.basename(file).slice(-500);
  const imported = await api.importFiles({ files: [{ name, dataBase64: bytes.toString('base64') }] });
  if (!imported.ok) return { file, ok: false, error: imported.error.message };
  const [outcome] = imported.value;
  return outcome ? { ...outcome, file } : { file, ok: false, error: 'The import gave no result.' };
}

/** `newsroom import <file…> [--json]`: every good file becomes a draft; exits 1 if any file failed. */
export async function importCommand(api: NewsroomApi, files: readonly string[], json: boolean): Promise<number> {
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
    outcomes.push(await importOne(api, file, bytes));
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
