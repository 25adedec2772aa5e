import type { Settings } from '../settings/settings-schema';
import type { ProofingConfiguration } from './proofer';
import type { WordListName } from './word-list-names';

/** Proofing as the settings and word lists say, for an article in the given language (Arabic unless told). */
export function proofingConfiguration(settings: Pick<Settings, 'proofing' | 'dateStyle'>, lists: Readonly<Record<WordListName, readonly string[]>>, articleLanguage = 'ar'): ProofingConfiguration {
  return {
    spelling: settings.proofing.spelling,
    disabledRules: settings.proofing.disabledRules,
    acceptedWords: [...lists.personal, ...lists.desk],
    preferredDigits: settings.dateStyle.digits === 'arabic-indic' ? 'arabic-indic' : 'western',
    articleLanguage,
  };
}
