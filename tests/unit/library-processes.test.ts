import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ArticleLibrary } from '../../services/library/article-library';
import { temporaryDirectory } from '../support/temporary-directory';

// Two real processes on one data folder, as the desktop app and browser mode (or the CLI) are.

const racer = fileURLToPath(new URL('../support/processes/save-racer.ts', import.meta.url));
let directory: { path: string; remove: () => Promise<void> };
const children: ChildProcessWithoutNullStreams[] = [];

interface Racer {
  ask(line: string): Promise<string>;
}

function startRacer(id: string): Racer {
  const child = spawn(process.execPath, ['--import', 'tsx', racer, directory.path, id], { stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    ask: async (line) => {
      child.stdin.write(`${line}\n`);
      const next = await lines.next();
      if (next.done) throw new Error('The racer stopped.');
      return next.value;
    },
  };
}

beforeEach(async () => {
  directory = await temporaryDirectory('newsroom-race-');
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill();
  await directory.remove();
});

it('two processes saving the same revision 200 times: exactly one wins each round, nothing is silently lost', async () => {
  const library = new ArticleLibrary({ directory: directory.path });
  await library.open();
  const created = await library.create({ headline: 'البداية' });
  if (!created.ok) throw new Error(created.error.message);
  const id = created.value.id;
  const [first, second] = [startRacer(id), startRacer(id)];
  const rounds = 200;
  let silentOverwrites = 0;
  for (let round = 1; round <= rounds; round += 1) {
    const [seenByFirst, seenBySecond] = await Promise.all([first.ask('read'), second.ask('read')]);
    expect(seenByFirst).toBe(seenBySecond);
    const base = Number(seenByFirst.split(' ')[1]);
    const [answerFirst, answerSecond] = await Promise.all([first.ask(`save ${base} الأولى ${round}`), second.ask(`save ${base} الثانية ${round}`)]);
    const winners = [answerFirst, answerSecond].filter((answer) => answer.startsWith('ok'));
    if (winners.length !== 1) silentOverwrites += 1;
    const [loser, winnerText] = answerFirst.startsWith('ok') ? [answerSecond, `الأولى ${round}`] : [answerFirst, `الثانية ${round}`];
    expect(loser).toBe(`conflict ${base + 1} ${winnerText}`);
  }
  expect(silentOverwrites).toBe(0);
  const stored = JSON.parse(await readFile(path.join(directory.path, 'articles', `${id}.json`), 'utf8')) as { revision: number; headline: string };
  expect(stored.revision).toBe(1 + rounds);
  expect(stored.headline).toMatch(new RegExp(` ${rounds}$`));
}, 120_000);

it('notices saves and deletes made by another process, and not its own', async () => {
  const mine = new ArticleLibrary({ directory: directory.path });
  await mine.open();
  const theirs = new ArticleLibrary({ directory: directory.path });
  await theirs.open();
  const created = await mine.create({ headline: 'مشترك' });
  if (!created.ok) throw new Error(created.error.message);
  const noticed: Array<[string, number | undefined]> = [];
  const stop = mine.watchOthers((id, revision) => noticed.push([id, revision]));
  try {
    const own = await mine.save(created.value.id, 1, { headline: 'حفظي' });
    expect(own.ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(noticed).toEqual([]);
    const other = await theirs.save(created.value.id, 2, { headline: 'حفظهم' });
    expect(other.ok).toBe(true);
    await expect.poll(() => noticed, { timeout: 5000 }).toEqual([[created.value.id, 3]]);
    await theirs.delete(created.value.id);
    await expect.poll(() => noticed.at(-1), { timeout: 5000 }).toEqual([created.value.id, undefined]);
  } finally {
    stop();
  }
});
