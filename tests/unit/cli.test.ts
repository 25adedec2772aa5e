import { spawnSync } from 'node:child_process';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryDirectory } from '../support/temporary-directory';
import { writeDamagedFile } from '../support/write-damaged-file';

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

  it('searches the library with the query language, best first, and keeps the library’s one index for the next search and listing', async () => {
    const found = newsroom(['--data', directory.path, 'search', 'الامريكى', 'لافروف', '--json']);
    expect(found.status, found.stderr).toBe(0);
    const rows = JSON.parse(found.stdout) as Array<{ id: string; headline: string; status: string; score: number; snippet: string }>;
    expect(rows).toEqual([{ id: expect.any(String), headline: 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا', status: 'draft', score: expect.any(Number), snippet: expect.stringContaining('الأمريكي') }]);
    expect((await stat(path.join(directory.path, 'index', 'library-index.bin'))).size).toBeGreaterThan(0);
    const none = newsroom(['--data', directory.path, 'search', 'حالة:منشور', '--json']);
    expect(JSON.parse(none.stdout)).toEqual([]);
    const plain = newsroom(['--data', directory.path, 'search', '"العمل', 'المشترك"']);
    expect(plain.stdout).toContain('كيري ولافروف');
    expect(plain.stderr).toBe('1 match\n');
    const refused = newsroom(['--data', directory.path, 'search', 'كيري', '--limit', '0']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('newsroom: --limit takes a whole number from 1 to 500.\n');
  });

  it('lists an article’s history as JSON and restores an earlier revision', async () => {
    const [seed] = JSON.parse(newsroom(['--data', directory.path, 'list', '--json']).stdout) as Array<{ id: string }>;
    const file = path.join(directory.path, 'articles', `${seed!.id}.json`);
    // Another process's save, through the library's own API.
    const { ArticleLibrary } = await import('../../services/library/article-library');
    const library = new ArticleLibrary({ directory: directory.path });
    await library.open();
    const saved = await library.save(seed!.id, 1, { headline: 'عنوان معدّل' });
    expect(saved.ok).toBe(true);

    const history = newsroom(['--data', directory.path, 'history', seed!.id, '--json']);
    expect(history.status).toBe(0);
    const rows = JSON.parse(history.stdout) as Array<Record<string, unknown>>;
    expect(rows).toEqual([{ revision: 1, savedAt: expect.any(String), author: '', status: 'draft', words: expect.any(Number), reason: 'edit' }]);

    const restored = newsroom(['--data', directory.path, 'restore', seed!.id, '1']);
    expect(restored.status).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ revision: 3, headline: 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا' });
    const after = JSON.parse(newsroom(['--data', directory.path, 'history', seed!.id, '--json']).stdout) as Array<{ revision: number; reason: string }>;
    expect(after.map((row) => [row.revision, row.reason])).toEqual([
      [2, 'restore'],
      [1, 'edit'],
    ]);
    const refused = newsroom(['--data', directory.path, 'restore', seed!.id, '99']);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads the data folder from NEWSROOM_DATA_DIR', async () => {
    const result = newsroom(['list'], { NEWSROOM_DATA_DIR: directory.path });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('كيري ولافروف');
    expect(await readdir(directory.path)).toContain('articles');
  });

  it('reports a corrupt article on stderr, quarantines it and still lists the rest', async () => {
    newsroom(['--data', directory.path, 'list']);
    await writeDamagedFile(path.join(directory.path, 'articles', 'damaged.json'), '\u0000\u0001binary');
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

  it('exports articles and prints each written path, or an array with --json', async () => {
    const out = await temporaryDirectory('newsroom-cli-out-');
    try {
      const [article] = JSON.parse(newsroom(['--data', directory.path, 'list', '--json']).stdout) as Array<{ id: string }>;
      const plain = newsroom(['--data', directory.path, 'export', article?.id ?? '', '--format', 'html', '--out', out.path]);
      expect(plain.status).toBe(0);
      expect(plain.stdout.trim()).toBe(path.join(out.path, 'kerry-lavrov-syria.html'));
      const json = newsroom(['--data', directory.path, 'export', '--all', '--status', 'draft', '--format', 'ninjs', '--publish', '--out', out.path, '--json']);
      expect(json.status, json.stderr).toBe(0);
      expect(json.stderr).toBe(`Not approved, so not marked as published: ${article?.id}\n`);
      expect(JSON.parse(json.stdout)).toEqual([{ id: article?.id, format: 'ninjs', path: path.join(out.path, 'kerry-lavrov-syria.ninjs.json') }]);
      const again = newsroom(['--data', directory.path, 'export', '--all', '--tag', 'امريكا', '--format', 'html', '--out', out.path]);
      expect(again.status).toBe(1);
      expect(again.stderr).toBe('newsroom: No article matches.\n');
      const withFonts = newsroom(['--data', directory.path, 'export', article?.id ?? '', '--format', 'html', '--embed-fonts', '--overwrite', '--out', out.path]);
      expect(withFonts.status, withFonts.stderr).toBe(0);
      const page = await readFile(path.join(out.path, 'kerry-lavrov-syria.html'), 'utf8');
      expect(page.match(/@font-face \{ font-family: '(Noto Naskh Arabic|IBM Plex Sans Arabic)'; font-weight: \d+; font-display: swap; src: url\(data:font\/woff2;base64,/g)).toHaveLength(4);
      const kept = newsroom(['--data', directory.path, 'export', article?.id ?? '', '--format', 'html', '--fragment', '--out', out.path]);
      expect(kept.stdout.trim()).toBe(path.join(out.path, 'kerry-lavrov-syria-2.html'));
      expect((await readdir(out.path)).sort()).toEqual(['kerry-lavrov-syria-2.html', 'kerry-lavrov-syria.html', 'kerry-lavrov-syria.ninjs.json']);
    } finally {
      await out.remove();
    }
  });

  it.each([
    [['export', '--all', '--out', 'X'], '--format is required'],
    [['export', '--all', '--format', 'pdf', '--out', 'X'], 'Unknown format "pdf"'],
    [['export', '--all', '--format', 'html'], '--out DIR is required'],
    [['export', '--format', 'html', '--out', 'X'], 'Name the articles to export, or use --all'],
    [['export', 'no-such-id', '--format', 'json', '--out', 'X'], 'Cannot export no-such-id'],
    [['export', '--all', '--format', 'json', '--out', 'SETTINGS/inside-a-file'], 'Cannot create the folder'],
    [['export', '--all', '--status', 'published', '--format', 'json', '--out', 'X'], 'Unknown status "published"'],
  ])('refuses export %j with one clear line', (argumentList, message) => {
    newsroom(['--data', directory.path, 'list']);
    const result = newsroom(['--data', directory.path, ...argumentList.map((argument) => (argument === 'X' ? directory.path : argument.replace('SETTINGS', path.join(directory.path, 'settings.json'))))]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('creates the --out folder when it does not exist yet', async () => {
    const out = path.join(directory.path, 'exports', 'today');
    const result = newsroom(['--data', directory.path, 'export', '--all', '--format', 'json', '--out', out]);
    expect(result.status).toBe(0);
    expect(await readdir(out)).toEqual(['kerry-lavrov-syria.json']);
  });

  it('imports every good file, reports each bad one, and exits 1 when any failed', async () => {
    const files = await temporaryDirectory('newsroom-cli-in-');
    try {
      const seed = path.join(root, 'tests', 'fixtures', 'seed-eremnews-kerry-lavrov.txt');
      await writeFile(path.join(files.path, 'empty.txt'), '');
      await writeFile(path.join(files.path, 'fake.docx'), 'not a zip');
      const result = newsroom(['--data', directory.path, 'import', seed, path.join(files.path, 'empty.txt'), path.join(files.path, 'fake.docx'), path.join(files.path, 'missing.md'), '--json']);
      expect(result.status).toBe(1);
      const outcomes = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
      expect(outcomes).toHaveLength(4);
      expect(outcomes[0]).toMatchObject({ file: seed, ok: true, headline: 'كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا' });
      expect(typeof outcomes[0]?.id).toBe('string');
      expect(outcomes.slice(1).map((outcome) => [outcome.ok, outcome.error])).toEqual([
        [false, 'The file is empty.'],
        [false, 'The file is not a Word document (.docx is a zip archive).'],
        [false, 'The file does not exist.'],
      ]);
      const listed = JSON.parse(newsroom(['--data', directory.path, 'list', '--json']).stdout) as unknown[];
      expect(listed).toHaveLength(2);
      const good = newsroom(['--data', directory.path, 'import', seed]);
      expect(good.status).toBe(0);
      expect(good.stdout).toContain('imported as');
    } finally {
      await files.remove();
    }
  });

  it('checks spelling and style with places and suggestions, exits 1 on findings and 0 on clean copy', async () => {
    const listed = JSON.parse(newsroom(['--data', directory.path, 'list', '--json']).stdout) as Array<{ id: string }>;
    const seedId = listed[0]!.id;
    const checked = newsroom(['--data', directory.path, 'check', seedId, '--json']);
    expect(checked.status, checked.stderr).toBe(1);
    const [result] = JSON.parse(checked.stdout) as Array<{ id: string; findings: Array<{ kind: string; rule: string; text: string; field: string; block: number; from: number; to: number; suggestions: string[] }> }>;
    expect(result!.id).toBe(seedId);
    expect(result!.findings).toContainEqual({ kind: 'spelling', rule: 'ar', text: 'الازمة', field: 'body', block: 0, from: expect.any(Number), to: expect.any(Number), suggestions: expect.arrayContaining(['الأزمة']) });
    expect(result!.findings.every((finding) => finding.to - finding.from === finding.text.length)).toBe(true);

    const clean = path.join(directory.path, 'clean.txt');
    await writeFile(clean, 'وزير الخارجية يصل إلى جنيف\n\nقال الوزير إن المحادثات مفيدة.\n', 'utf8');
    const imported = JSON.parse(newsroom(['--data', directory.path, 'import', clean, '--json']).stdout) as Array<{ id: string }>;
    const cleanCheck = newsroom(['--data', directory.path, 'check', imported[0]!.id]);
    expect(cleanCheck.status, cleanCheck.stdout).toBe(0);
    expect(cleanCheck.stderr).toContain('0 findings in 1 article');
    expect(newsroom(['--data', directory.path, 'check']).status).toBe(1);

    // Clean copy without a headline would go out with an empty title: the check says so.
    const headless = path.join(directory.path, 'headless.html');
    await writeFile(headless, '<html><body><p>قال الوزير إن المحادثات مفيدة.</p></body></html>', 'utf8');
    const [untitled] = JSON.parse(newsroom(['--data', directory.path, 'import', headless, '--json']).stdout) as Array<{ id: string; headline: string }>;
    expect(untitled!.headline).toBe('');
    const untitledCheck = newsroom(['--data', directory.path, 'check', untitled!.id]);
    expect(untitledCheck.status).toBe(1);
    expect(untitledCheck.stdout).toContain(`${untitled!.id}  (untitled)\n  headline: none; it would export with an empty title`);
    expect(untitledCheck.stderr).toContain('0 findings in 1 article; 1 without a headline');
    const [checkedJson] = JSON.parse(newsroom(['--data', directory.path, 'check', untitled!.id, imported[0]!.id, '--json']).stdout) as Array<{ untitled: boolean }>;
    expect(checkedJson!.untitled).toBe(true);
  });

  it('prints usage with --help', () => {
    const result = newsroom(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('newsroom [--data DIR] <command>');
  });
});
