import { styleRuleNames } from '../../../core/proofing/style-rule-names';
import { wordListNames, type WordListName } from '../../../core/proofing/word-list-names';
import type { ProofingSettings } from '../../../core/settings/settings-schema';
import { useText } from '../i18n/text-context';
import type { WordLists } from '../stores/workspace-store';

interface ProofingSettingsFieldsProps {
  readonly value: ProofingSettings;
  readonly onChange: (value: ProofingSettings) => void;
  readonly wordLists: WordLists;
  readonly onRemoveWord: (list: WordListName, word: string) => void;
}

/** Proofing in the settings: spelling per language, each style rule on or off, and the words added to the dictionaries. */
export function ProofingSettingsFields({ value, onChange, wordLists, onRemoveWord }: ProofingSettingsFieldsProps) {
  const text = useText().proofing;
  const disabled = new Set(value.disabledRules);
  return (
    <fieldset className="field proofing-settings">
      <legend>{text.settings}</legend>
      <label className="check">
        <input type="checkbox" checked={value.spelling.ar} onChange={(event) => onChange({ ...value, spelling: { ...value.spelling, ar: event.target.checked } })} />
        {text.checkArabic}
      </label>
      <label className="check">
        <input type="checkbox" checked={value.spelling.en} onChange={(event) => onChange({ ...value, spelling: { ...value.spelling, en: event.target.checked } })} />
        {text.checkEnglish}
      </label>
      <small className="muted">{text.engineNote}</small>
      <fieldset className="proofing-rules">
        <legend>{text.styleRules}</legend>
        {styleRuleNames.map((rule) => (
          <label key={rule} className="check">
            <input
              type="checkbox"
              checked={!disabled.has(rule)}
              onChange={(event) => onChange({ ...value, disabledRules: event.target.checked ? value.disabledRules.filter((name) => name !== rule) : [...value.disabledRules, rule] })}
            />
            {text.rules[rule]} <code dir="ltr">{rule}</code>
          </label>
        ))}
      </fieldset>
      {wordListNames.map((list) => (
        <details key={list} className="proofing-words">
          <summary>
            {list === 'personal' ? text.personalWords : text.deskWords} ({wordLists[list].length})
          </summary>
          {list === 'desk' && <small className="muted">{text.deskFile('dictionaries/desk.txt')}</small>}
          {wordLists[list].length === 0 ? (
            <p className="muted">{text.noWords}</p>
          ) : (
            <ul>
              {wordLists[list].map((word) => (
                <li key={word}>
                  <bdi>{word}</bdi>{' '}
                  <button type="button" className="link-button" aria-label={text.removeWord(word)} onClick={() => onRemoveWord(list, word)}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </fieldset>
  );
}
