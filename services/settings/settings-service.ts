import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { failure, success, type ApiResult } from '../../core/api/api-error';
import type { SettingsNotice } from '../../core/api/api-contract';
import {
  SettingsSchema,
  defaultSettings,
  type Settings,
  type SettingsChanges,
} from '../../core/settings/settings-schema';
import { isErrorCode } from '../storage/is-error-code';
import { storageFailure } from '../storage/storage-failure';

/** What conf and electron-store have in common: the whole settings object, read and replaced. */
export interface SettingsStore {
  store: Settings;
}

export interface SettingsServiceOptions {
  /** Folder holding settings.json. */
  readonly directory: string;
  /** Opens the store once the file on disk is known to be readable (conf or electron-store). */
  readonly openStore: (directory: string, defaults: Settings) => SettingsStore;
  readonly now?: () => Date;
}

const settingsFileName = 'settings.json';

/** Settings with their persistence passed in; a damaged file is backed up, never silently wiped. */
export class SettingsService {
  readonly notices: readonly SettingsNotice[];
  readonly filePath: string;
  private readonly store: SettingsStore;

  constructor(options: SettingsServiceOptions) {
    this.filePath = path.join(options.directory, settingsFileName);
    const notice = backUpDamagedSettings(this.filePath, options.now?.() ?? new Date());
    this.notices = notice ? [notice] : [];
    this.store = options.openStore(options.directory, defaultSettings);
  }

  /** The current settings, defaults filled in. */
  get(): Settings {
    const parsed = SettingsSchema.safeParse({ ...defaultSettings, ...this.store.store });
    return parsed.success ? parsed.data : defaultSettings;
  }

  /** Applies validated changes and returns the new settings. */
  update(changes: SettingsChanges): ApiResult<Settings> {
    const next = SettingsSchema.safeParse({ ...this.get(), ...changes });
    if (!next.success) return failure('invalid-input', z.prettifyError(next.error));
    try {
      this.store.store = next.data;
    } catch (error) {
      return storageFailure(error, 'save the settings');
    }
    return success(next.data);
  }
}

function backUpDamagedSettings(filePath: string, now: Date): SettingsNotice | undefined {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if (isErrorCode(error, ['ENOENT'])) return undefined;
    throw error;
  }
  const reason = problemWithSettings(text);
  if (reason === undefined) return undefined;
  const backupFile = filePath.replace(/\.json$/, `.damaged-${now.toISOString().replace(/[:.]/g, '-')}.json`);
  renameSync(filePath, backupFile);
  return { kind: 'settings-recovered', backupFile, reason };
}

function problemWithSettings(text: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'The settings file is not valid JSON.';
  }
  const parsed = SettingsSchema.partial().safeParse(json);
  return parsed.success ? undefined : `The settings file does not match the schema: ${z.prettifyError(parsed.error)}`;
}
