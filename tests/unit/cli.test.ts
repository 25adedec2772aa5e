import { spawnSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryDirectory } from '../support/temporary-directory';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the real CLI from its sources in a child process, as a user's shell would. */
function newsroom(argumentList: string[], environment: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'cli', 'newsroom.ts'), ...argumentList], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NEWSROOM_DATA_DIR: '', ...environment },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the newsroom command', () => {
  let directory: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    directory = await temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it('lists the library as JSON with the fields integrators rely on', () => {
    const result = newsroom(['--data', directory.path, 'list', '--json']);
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['headline', 'id', 'language', 'status', 'tags', 'updatedAt']);
    expect(rows[0]).toMatchObject({ headline: 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا', status: 'draft', language: 'ar' });
  });

  it('reads the data folder from NEWSROOM_DATA_DIR', async () => {
    const result = newsroom(['list'], { NEWSROOM_DATA_DIR: directory.path });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('كيري ولافروف');
    expect(await readdir(directory.path)).toContain('articles');
  });

  it('reports a corrupt article on stderr, quarantines it and still lists the rest', async () => {
    newsroom(['--data', directory.path, 'list']);
    await writeFile(path.join(directory.path, 'articles', 'damaged.json'), '\u0000\u0001binary');
    const result = newsroom(['--data', directory.path, 'list', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    expect(result.stderr).toContain('damaged.json could not be read');
    expect((await readdir(path.join(directory.path, 'quarantine'))).some((name) => name.endsWith('damaged.json'))).toBe(true);
  });

  it.each([
    [['--data', 'DIR', 'publish'], 'Unknown command "publish"'],
    [['--data', 'DIR', 'list', '--colour'], "Unknown option '--colour'"],
    [['--data', 'DIR', 'serve', '--port', 'eighty'], '--port takes a number'],
    [['--data', 'DIR', 'list', 'extra'], 'Unexpected argument "extra"'],
  ])('answers %j with one clear line and exit code 1', (argumentList, message) => {
    const result = newsroom(argumentList.map((argument) => (argument === 'DIR' ? directory.path : argument)));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints usage with --help', () => {
    const result = newsroom(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('newsroom [--data DIR] <command>');
  });
});
