import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../core/settings/settings-schema';
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
    ['the wrong types', '{"interfaceLanguage": 7, "authorName": "ليلى"}', 'does not match the schema'],
  ])('backs up a settings file holding %s, restores defaults and says so', async (_name, content, reason) => {
    await writeFile(path.join(directory.path, 'settings.json'), content);
    const settings = open();
    expect(settings.get()).toEqual(defaultSettings);
    expect(settings.notices).toHaveLength(1);
    expect(settings.notices[0]?.reason).toContain(reason);
    const backup = settings.notices[0]?.backupFile ?? '';
    expect(path.dirname(backup)).toBe(directory.path);
    expect(await readFile(backup, 'utf8')).toBe(content);
    expect((await readdir(directory.path)).sort()).toEqual([path.basename(backup), 'settings.json'].sort());
  });

  it('keeps settings it does not know (from a newer version) without calling the file damaged', async () => {
    await writeFile(path.join(directory.path, 'settings.json'), '{"interfaceLanguage":"en","futureOption":true}');
    const settings = open();
    expect(settings.notices).toEqual([]);
    expect(settings.get().interfaceLanguage).toBe('en');
  });
});
