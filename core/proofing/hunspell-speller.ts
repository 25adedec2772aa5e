import { loadModule, type Hunspell } from 'hunspell-asm';
import { keyedCache } from '../keyed-cache';
import { normalizeArabic } from '../text/normalize-arabic';
import type { Speller } from './speller';
import type { SpellingLanguage } from './style-rule-names';

/** A Hunspell dictionary's two files, as bytes. */
export interface HunspellDictionary {
  readonly aff: Uint8Array;
  readonly dic: Uint8Array;
}

const maximumSuggestions = 8;

/** Hunspell (WebAssembly) with the given dictionaries: no file system, no network, the same in Node and in a Web Worker. */
export async function createHunspellSpeller(dictionaries: Partial<Readonly<Record<SpellingLanguage, HunspellDictionary>>>): Promise<Speller> {
  const factory = await loadModule();
  const instances = new Map<SpellingLanguage, Hunspell>();
  for (const [language, dictionary] of Object.entries(dictionaries) as [SpellingLanguage, HunspellDictionary][]) {
    const aff = factory.mountBuffer(dictionary.aff, `${language}.aff`);
    const dic = factory.mountBuffer(dictionary.dic, `${language}.dic`);
    instances.set(language, factory.create(aff, dic));
    // The instance holds what it needs; the mounted copies would double the memory.
    factory.unmount(aff);
    factory.unmount(dic);
  }
  // A long article repeats its words: each is looked up once.
  const verdicts = keyedCache<boolean>(200_000);
  const lookupForm = (word: string, language: SpellingLanguage) => (language === 'en' ? word.replace(/’/g, "'") : word).normalize('NFC');
  return {
    languages: new Set(instances.keys()),
    isCorrect(word, language) {
      const instance = instances.get(language);
      if (!instance) return true;
      return verdicts(`${language}:${word}`, () => instance.spell(lookupForm(word, language)));
    },
    suggest(word, language) {
      const offered = instances.get(language)?.suggest(lookupForm(word, language)) ?? [];
      if (language !== 'ar') return offered.slice(0, maximumSuggestions);
      // The usual slip in Arabic copy is a hamza, alef maqsura or ta marbuta left off ("الازمة"):
      // suggestions that differ from the word only there come first, in Hunspell's order.
      const folded = normalizeArabic(word);
      const variants = offered.filter((suggestion) => normalizeArabic(suggestion) === folded);
      return [...variants, ...offered.filter((suggestion) => !variants.includes(suggestion))].slice(0, maximumSuggestions);
    },
  };
}
