import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { failure, success, type ApiResult } from '../../core/api/api-error';
import type { SettingsNotice } from '../../core/api/api-contract';
import { readSettings } from '../../core/settings/read-settings';
import { SettingsSchema, type Settings, type SettingsChanges } from '../../core/settings/settings-schema';
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

/** Holds settings in memory when the file cannot be written, so the app still starts. */
function memoryStore(settings: Settings): SettingsStore {
  return { store: settings };
}

/**
 * Settings with their persistence passed in. Older files are migrated and each field is checked on
 * its own, so a missing or wrong field never resets the others; only a file that is not a JSON object
 * at all is backed up and replaced; an unreadable or read-only location runs on defaults in memory.
 */
export class SettingsService {
  readonly notices: readonly SettingsNotice[];
  readonly filePath: string;
  private readonly store: SettingsStore;

  constructor(options: SettingsServiceOptions) {
    this.filePath = path.join(options.directory, settingsFileName);
    const notices: SettingsNotice[] = [];
    const raw = readRawSettings(this.filePath, options.now?.() ?? new Date(), notices);
    const read = readSettings(raw ?? {});
    let store: SettingsStore;
    if (raw === undefined) {
      store = memoryStore(read.settings);
    } else {
      try {
        store = options.openStore(options.directory, read.settings);
        if (read.changed) store.store = read.settings;
      } catch (error) {
        notices.push({ kind: 'settings-in-memory', reason: `The settings cannot be saved in ${options.directory} (${errorText(error)}); changes last until the app closes.` });
        store = memoryStore(read.settings);
      }
    }
    this.store = store;
    this.notices = notices;
  }

  /** The current settings, every field valid. */
  get(): Settings {
    return readSettings(this.store.store as unknown as Record<string, unknown>).settings;
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

function errorText(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

/** The settings file's object; {} when there is none or it was backed up; undefined when it cannot be read at all. */
function readRawSettings(filePath: string, now: Date, notices: SettingsNotice[]): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if (isErrorCode(error, ['ENOENT'])) return {};
    notices.push({ kind: 'settings-in-memory', reason: `${filePath} cannot be read (${errorText(error)}); the app runs on default settings until it can.` });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    json = undefined;
  }
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) return json as Record<string, unknown>;
  const backupFile = filePath.replace(/\.json$/, `.damaged-${now.toISOString().replace(/[:.]/g, '-')}.json`);
  try {
    renameSync(filePath, backupFile);
  } catch (error) {
    notices.push({ kind: 'settings-in-memory', reason: `${filePath} is damaged and cannot be moved aside (${errorText(error)}); the app runs on default settings.` });
    return undefined;
  }
  notices.push({ kind: 'settings-recovered', backupFile, reason: json === undefined ? 'The settings file is not valid JSON.' : 'The settings file does not hold a JSON object.' });
  return {};
}

