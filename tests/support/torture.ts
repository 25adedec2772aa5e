import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleLibrary } from '../../services/library/article-library';

const saver = fileURLToPath(new URL('./processes/save-forever.ts', import.meta.url));

export interface TortureReport {
  readonly kills: number;
  readonly confirmedSaves: number;
  readonly problems: readonly string[];
}

/**
 * SIGKILLs a process that saves, deletes and restores articles, at random moments, `kills` times;
 * after each kill a fresh library opens the folder (a minute later, as far as temp files go) and
 * every article must parse, hold its last confirmed revision or the one being written, sit in
 * exactly one place, and no temporary file may survive the open.
 */
export async function torture(directory: string, kills: number, log: (line: string) => void = () => undefined): Promise<TortureReport> {
  const setup = new ArticleLibrary({ directory });
  await setup.open();
  const ids: string[] = [];
  for (let index = 0; index < 4; index += 1) {
    const created = await setup.create({ headline: `مقال ${index}` });
    if (!created.ok) throw new Error(created.error.message);
    ids.push(created.value.id);
  }
  const confirmed = new Map<string, number>(ids.map((id) => [id, 1]));
  const problems: string[] = [];
  let confirmedSaves = 0;
  for (let round = 1; round <= kills; round += 1) {
    const child = spawn(process.execPath, ['--import', 'tsx', saver, directory, ...ids], { stdio: ['ignore', 'pipe', 'inherit'] });
    let pending = '';
    let started = false;
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, id, revision] = line.split(' ');
        if ((kind === 'saved' || kind === 'restored') && id) {
          confirmed.set(id, Number(revision));
          confirmedSaves += 1;
          started = true;
        }
      }
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Wait for this round's first confirmed save, then kill at a random moment.
    while (!started && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 60));
    child.kill('SIGKILL');
    await exited;

    const minuteLater = new ArticleLibrary({ directory, now: () => new Date(Date.now() + 2 * 60_000) });
    const opened = await minuteLater.open();
    if (!opened.ok) problems.push(`round ${round}: the library did not open: ${opened.error.message}`);
    const listed = await minuteLater.list();
    if (!listed.ok) problems.push(`round ${round}: list failed: ${listed.error.message}`);
    else if (listed.value.quarantine.length > 0) problems.push(`round ${round}: quarantined ${listed.value.quarantine.map((entry) => entry.originalName).join(', ')}`);
    for (const folder of ['articles', 'trash']) {
      const leftovers = (await readdir(path.join(directory, folder))).filter((name) => name.endsWith('.tmp'));
      if (leftovers.length > 0) problems.push(`round ${round}: temp files survived the open in ${folder}: ${leftovers.join(', ')}`);
    }
    const live = new Set(await readdir(path.join(directory, 'articles')));
    const trashed = new Set(await readdir(path.join(directory, 'trash')));
    for (const id of ids) {
      const inLibrary = live.has(`${id}.json`);
      if (inLibrary && trashed.has(`${id}.json`)) problems.push(`round ${round}: ${id} is in both articles/ and trash/`);
      if (!inLibrary && !trashed.has(`${id}.json`)) problems.push(`round ${round}: ${id} is gone`);
      if (!inLibrary) continue;
      const stored = JSON.parse(await readFile(path.join(directory, 'articles', `${id}.json`), 'utf8')) as { revision: number };
      const last = confirmed.get(id) ?? 1;
      if (stored.revision < last || stored.revision > last + 1) problems.push(`round ${round}: ${id} is at revision ${stored.revision}, last confirmed ${last}`);
      confirmed.set(id, stored.revision);
    }
    if (round % 50 === 0) log(`${round} kills, ${confirmedSaves} confirmed saves, ${problems.length} problems`);
  }
  return { kills, confirmedSaves, problems };
}
