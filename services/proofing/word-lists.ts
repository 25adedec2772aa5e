import path from 'node:path';
import lockfile from 'proper-lockfile';
import { failure, success, type ApiResult } from '../../core/api/api-error';
import { acceptedForm } from '../../core/proofing/accepted-words';
import { wordListNames, type WordListName } from '../../core/proofing/word-list-names';
import { atomicWriteFile } from '../storage/atomic-write-file';
import { realFileSystem, type FileSystem } from '../storage/file-system';
import { isErrorCode } from '../storage/is-error-code';
import { storageFailure } from '../storage/storage-failure';

export type WordLists = Record<WordListName, string[]>;

const maximumWords = 50_000;
const maximumFileBytes = 4 * 1024 * 1024;

class WordListTooLarge extends Error {
  constructor(file: string, size: number) {
    super(`The dictionary file ${file} is ${Math.round(size / 1024 / 1024)} MB; a word list is at most 4 MB. Nothing was read from it.`);
  }
}
const header = {
  personal: '# Newsroom: words this journalist accepts, one per line.',
  desk: '# Newsroom: the desk’s names of people and places, one per line. Share this file with the desk.',
};

/** The words of a list file: one per line, blank lines and # comments skipped, each once. */
export function parseWordList(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const word = line.trim();
    if (!word || word.startsWith('#') || word.length > 100 || seen.has(acceptedForm(word))) continue;
    seen.add(acceptedForm(word));
    words.push(word);
  }
  return words.slice(0, maximumWords);
}

/**
 * The personal and desk dictionaries: plain word lists in <data>/dictionaries/, so a desk can
 * share its file by any means and edit it in any text editor. Changes are made under a lock and
 * written atomically, so two windows adding words at once both keep theirs.
 */
export class WordListStore {
  private readonly folder: string;

  constructor(dataDirectory: string, private readonly fileSystem: FileSystem = realFileSystem) {
    this.folder = path.join(dataDirectory, 'dictionaries');
  }

  filePath(list: WordListName): string {
    return path.join(this.folder, `${list}.txt`);
  }

  /** Both lists as they are on disk; a missing file is an empty list. */
  async read(): Promise<ApiResult<WordLists>> {
    try {
      const [personal, desk] = await Promise.all(wordListNames.map((list) => this.readList(list)));
      return success({ personal: personal!, desk: desk! });
    } catch (error) {
      if (error instanceof WordListTooLarge) return failure('invalid-input', error.message);
      return storageFailure(error, 'read the dictionaries');
    }
  }

  /** Adds or removes a word in one list; answers both lists as they are now. */
  async change(list: WordListName, change: { readonly add?: string; readonly remove?: string }): Promise<ApiResult<WordLists>> {
    const added = change.add?.trim();
    if (added !== undefined && (!added || /\s/u.test(added))) return failure('invalid-input', 'A dictionary takes one word at a time, without spaces.');
    try {
      await this.fileSystem.mkdir(this.folder, { recursive: true });
      const file = this.filePath(list);
      const release = await lockfile.lock(file, { realpath: false, stale: 10_000, retries: { retries: 20, minTimeout: 20, maxTimeout: 200 } });
      try {
        let words = await this.readList(list);
        if (added && !words.some((word) => acceptedForm(word) === acceptedForm(added))) words = [...words, added];
        if (change.remove !== undefined) words = words.filter((word) => acceptedForm(word) !== acceptedForm(change.remove!));
        if (words.length > maximumWords) return failure('invalid-input', `A dictionary holds at most ${maximumWords} words.`);
        await atomicWriteFile(this.fileSystem, file, `${header[list]}\n${words.join('\n')}\n`);
      } finally {
        await release();
      }
    } catch (error) {
      if (error instanceof WordListTooLarge) return failure('invalid-input', error.message);
      return storageFailure(error, 'change the dictionary');
    }
    return this.read();
  }

  private async readList(list: WordListName): Promise<string[]> {
    try {
      // A word list is a few hundred kilobytes at most; a huge file is not read into memory.
      const { size } = await this.fileSystem.stat(this.filePath(list));
      if (size > maximumFileBytes) throw new WordListTooLarge(this.filePath(list), size);
      return parseWordList(await this.fileSystem.readFile(this.filePath(list), 'utf8'));
    } catch (error) {
      if (isErrorCode(error, ['ENOENT'])) return [];
      throw error;
    }
  }
}
