import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentSettingsSchemaVersion, defaultSettings } from '../../core/settings/settings-schema';
import { readSettings } from '../../core/settings/read-settings';
import { openConfStore } from '../../services/settings/open-conf-store';
import { SettingsService } from '../../services/settings/settings-service';
import { temporaryDirectory } from '../support/temporary-directory';

describe('SettingsService on a real conf store', () => {
  let directory: { path: string; remove: () => Promise<void> };
  const open = () => new SettingsService({ directory: directory.path, openStore: openConfStore, now: () => new Date(Date.UTC(2026, 10, 29)) });
  beforeEach(async () => {
    directory = await temporaryDirectory();
  });
  afterEach(() => directory.remove());

  it('starts from the defaults: Arabic interface, no author', () => {
    const settings = open();
    expect(settings.get()).toEqual(defaultSettings);
    expect(settings.notices).toEqual([]);
  });

  it('persists changes to settings.json across restarts', async () => {
    const first = open();
    expect(first.update({ interfaceLanguage: 'en', authorName: 'مراسل' })).toMatchObject({ ok: true });
    const onDisk = JSON.parse(await readFile(path.join(directory.path, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(onDisk).toMatchObject({ interfaceLanguage: 'en', authorName: 'مراسل' });
    expect(open().get()).toMatchObject({ interfaceLanguage: 'en', authorName: 'مراسل' });
  });

  it('rejects an invalid change and keeps the old value', () => {
    const settings = open();
    // @ts-expect-error: deliberately the wrong type, as a hostile caller would send it
    expect(settings.update({ interfaceLanguage: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(settings.get().interfaceLanguage).toBe('ar');
  });

  it.each([
    ['not JSON', '{"interfaceLanguage": "en",', 'not valid JSON'],
    ['a JSON array', '["en"]', 'does not hold a JSON object'],
  ])('backs up a settings file holding %s, restores defaults and says so', async (_name, content, reason) => {
    await writeFile(path.join(directory.path, 'settings.json'), content);
    const settings = open();
    expect(settings.get()).toEqual(defaultSettings);
    expect(settings.notices).toHaveLength(1);
    const notice = settings.notices[0]!;
    expect(notice.reason).toContain(reason);
    const backup = notice.kind === 'settings-recovered' ? notice.backupFile : '';
    expect(path.dirname(backup)).toBe(directory.path);
    expect(await readFile(backup, 'utf8')).toBe(content);
    expect((await readdir(directory.path)).sort()).toEqual([path.basename(backup), 'settings.json'].sort());
  });

  it.each([
    ['a missing nested field (site.logo)', { schemaVersion: 2, interfaceLanguage: 'en', authorName: 'ليلى', site: { name: 'موقعي', url: '', accentColor: '#112233' } }],
    ['a wrong type in one field', { schemaVersion: 2, interfaceLanguage: 'en', authorName: 'ليلى', sections: 'not a list', site: { name: 'موقعي', url: '', accentColor: '#112233', logo: 7 } }],
    ['a field from a newer version', { schemaVersion: 2, interfaceLanguage: 'en', authorName: 'ليلى', futureOption: true, site: { name: 'موقعي', url: '', accentColor: '#112233', logo: '' } }],
    ['version 1 (no schemaVersion, the site address as siteUrl)', { interfaceLanguage: 'en', authorName: 'ليلى', siteUrl: 'https://example.com', site: { name: 'موقعي', accentColor: '#112233', logo: '' } }],
  ])('repairs %s without resetting anything else, and writes the repaired file', async (_name, content) => {
    await writeFile(path.join(directory.path, 'settings.json'), JSON.stringify(content));
    const settings = open();
    expect(settings.notices).toEqual([]);
    expect(settings.get()).toMatchObject({ schemaVersion: currentSettingsSchemaVersion, interfaceLanguage: 'en', authorName: 'ليلى', site: { name: 'موقعي', accentColor: '#112233' } });
    expect(settings.get().sections).toEqual(defaultSettings.sections);
    const onDisk = JSON.parse(await readFile(path.join(directory.path, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(onDisk).toMatchObject({ schemaVersion: currentSettingsSchemaVersion, interfaceLanguage: 'en', authorName: 'ليلى' });
    expect(onDisk).not.toHaveProperty('futureOption');
    expect(onDisk).not.toHaveProperty('siteUrl');
    if ('siteUrl' in content) expect(settings.get().site.url).toBe('https://example.com');
  });

  it('gives a version 2 file the default date style and an empty desk without calling it a repair', () => {
    const read = readSettings({ ...defaultSettings, schemaVersion: 2, dateStyle: undefined, desk: undefined, authorName: 'ليلى' });
    expect(read.repaired).toEqual([]);
    expect(read.settings).toMatchObject({ authorName: 'ليلى', dateStyle: defaultSettings.dateStyle, desk: [] });
    const kept = readSettings({ ...defaultSettings, schemaVersion: 2, dateStyle: { digits: 'arabic-indic', calendar: 'gregorian-hijri', monthNames: 'levant' } });
    expect(kept.settings.dateStyle).toEqual({ digits: 'arabic-indic', calendar: 'gregorian-hijri', monthNames: 'levant' });
  });

  it('brings a version 5 file’s desk sync forward: the desk kept, every article shared as before', () => {
    const read = readSettings({ ...defaultSettings, schemaVersion: 5, deskSync: { url: 'https://desk.example.org/newsroom', user: 'ليلى', allowPlainHttp: false } });
    expect(read.repaired).toEqual([]);
    expect(read.changed).toBe(true);
    expect(read.settings.deskSync).toEqual({ url: 'https://desk.example.org/newsroom', user: 'ليلى', allowPlainHttp: false, share: 'all', sections: [], tags: [] });
    const chosen = readSettings({ ...defaultSettings, deskSync: { ...defaultSettings.deskSync, share: 'in-review-and-later' } });
    expect(chosen.settings.deskSync.share).toBe('in-review-and-later');
  });

  it('brings a version 6 file’s desk sync forward: its share kept, every section and tag followed', () => {
    const read = readSettings({ ...defaultSettings, schemaVersion: 6, deskSync: { url: 'https://desk.example.org/newsroom', user: 'ليلى', allowPlainHttp: false, share: 'in-review-and-later' } });
    expect(read.repaired).toEqual([]);
    expect(read.changed).toBe(true);
    expect(read.settings.deskSync).toEqual({ url: 'https://desk.example.org/newsroom', user: 'ليلى', allowPlainHttp: false, share: 'in-review-and-later', sections: [], tags: [] });
  });

  it('runs on defaults in memory, with a message, when settings.json is a folder', async () => {
    await mkdir(path.join(directory.path, 'settings.json'));
    const settings = open();
    expect(settings.notices).toMatchObject([{ kind: 'settings-in-memory' }]);
    expect(settings.get()).toEqual(defaultSettings);
    expect(settings.update({ authorName: 'ليلى' })).toMatchObject({ ok: true });
    expect(settings.get().authorName).toBe('ليلى');
  });

  it('runs in memory, with a message, when the store cannot be written (a read-only folder)', () => {
    const settings = new SettingsService({
      directory: directory.path,
      openStore: () => {
        throw Object.assign(new Error('read-only file system'), { code: 'EROFS' });
      },
    });
    expect(settings.notices).toMatchObject([{ kind: 'settings-in-memory', reason: expect.stringContaining('EROFS') }]);
    expect(settings.get()).toEqual(defaultSettings);
  });
});
