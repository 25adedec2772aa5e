import { useId, useMemo, useState } from 'react';
import type { TagUsage } from '../../../core/api/api-contract';
import { normalizeArabic } from '../../../core/text/normalize-arabic';
import { useText } from '../i18n/text-context';
import { fieldDirection } from '../../../core/text/field-direction';
import type { TextDirection } from '../../../core/text/detect-direction';

interface TagInputProps {
  readonly tags: readonly string[];
  readonly known: readonly TagUsage[];
  readonly onChange: (tags: readonly string[]) => void;
  /** The article's direction, for empty and tied tags. */
  readonly direction: TextDirection;
}

const separators = new Set(['Enter', '،', ',', 'Tab']);

/** Tag chips with autocomplete from the library; أمريكا and امريكا are one tag, spelt as first used. */
export function TagInput({ tags, known, onChange, direction }: TagInputProps) {
  const text = useText().metadata;
  const [draft, setDraft] = useState('');
  // -1: nothing highlighted, so Enter adds what was typed; arrows pick a suggestion.
  const [highlighted, setHighlighted] = useState(-1);
  const listId = useId();
  const inputId = useId();
  const present = useMemo(() => new Set(tags.map(normalizeArabic)), [tags]);
  const suggestions = useMemo(() => {
    const needle = normalizeArabic(draft.trim());
    if (!needle) return [];
    return known.filter(({ tag }) => !present.has(normalizeArabic(tag)) && normalizeArabic(tag).includes(needle)).slice(0, 8);
  }, [draft, known, present]);
  const open = suggestions.length > 0;

  const add = (candidate: string) => {
    const tag = candidate.trim().replace(/[،,]+$/, '').trim();
    setDraft('');
    setHighlighted(-1);
    if (!tag) return;
    const key = normalizeArabic(tag);
    if (present.has(key)) return;
    const librarySpelling = known.find((usage) => normalizeArabic(usage.tag) === key)?.tag;
    onChange([...tags, librarySpelling ?? tag]);
  };

  return (
    <div className="tag-input">
      <ul className="tag-chips" aria-label={text.tags}>
        {tags.map((tag) => (
          <li key={tag} className="tag-chip">
            <span dir={fieldDirection(tag, direction)}>{tag}</span>
            <button type="button" className="tag-remove" aria-label={text.removeTag(tag)} onClick={() => onChange(tags.filter((existing) => existing !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label className="visually-hidden" htmlFor={inputId}>{text.tags}</label>
      <input
        id={inputId}
        role="combobox"
        dir={fieldDirection(draft, direction)}
        value={draft}
        placeholder={text.addTag}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && highlighted >= 0 ? `${listId}-${highlighted}` : undefined}
        onChange={(event) => {
          const value = event.target.value;
          if (/[،,]$/.test(value)) add(value);
          else {
            setDraft(value);
            setHighlighted(-1);
          }
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && open) {
            event.preventDefault();
            setHighlighted((highlighted + 1) % suggestions.length);
          } else if (event.key === 'ArrowUp' && open) {
            event.preventDefault();
            setHighlighted(highlighted <= 0 ? suggestions.length - 1 : highlighted - 1);
          } else if (separators.has(event.key) && !(event.key === 'Tab' && !draft.trim())) {
            event.preventDefault();
            add(suggestions[highlighted]?.tag ?? draft);
          } else if (event.key === 'Escape') {
            setDraft('');
          } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
            onChange(tags.slice(0, -1));
          }
        }}
      />
      {open && (
        <ul id={listId} role="listbox" className="tag-suggestions" aria-label={text.tagSuggestions}>
          {suggestions.map((usage, index) => (
            <li
              key={usage.tag}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === highlighted}
              className={index === highlighted ? 'tag-suggestion tag-suggestion--highlighted' : 'tag-suggestion'}
              onMouseDown={(event) => {
                event.preventDefault();
                add(usage.tag);
              }}
            >
              <span dir={fieldDirection(usage.tag, direction)}>{usage.tag}</span> <span className="muted">({usage.count})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
