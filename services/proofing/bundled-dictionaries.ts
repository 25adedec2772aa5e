import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HunspellDictionary } from '../../core/proofing/hunspell-speller';
import type { SpellingLanguage } from '../../core/proofing/style-rule-names';

/** The assets/dictionaries folder, found upwards from this module: beside the sources, the CLI bundle or the packaged app's resources. */
export function bundledDictionaryFolder(): string | undefined {
  // The Electron main process is bundled as CommonJS, where import.meta.url does not exist.
  let folder = path.dirname(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(folder, 'assets', 'dictionaries');
    if (existsSync(path.join(candidate, 'ar', 'ar.aff'))) return candidate;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** The Arabic and English dictionaries shipped with the app, read from disk. */
export async function readBundledDictionaries(folder = bundledDictionaryFolder()): Promise<Partial<Record<SpellingLanguage, HunspellDictionary>>> {
  if (!folder) return {};
  const read = async (language: SpellingLanguage) => ({
    aff: new Uint8Array(await readFile(path.join(folder, language, `${language}.aff`))),
    dic: new Uint8Array(await readFile(path.join(folder, language, `${language}.dic`))),
  });
  const [ar, en] = await Promise.all([read('ar'), read('en')]);
  return { ar, en };
}
