import { useId, useState, type ReactNode } from 'react';
import type { TagUsage } from '../../../core/api/api-contract';
import { DateField } from './DateField';
import { useText } from '../i18n/text-context';
import { summaryLimit, type ArticleFields } from './article-fields';
import { TagInput } from './TagInput';
import { LengthCounter } from './LengthCounter';
import { PublishingFields } from './PublishingFields';
import { directionOfLanguage } from '../../../core/text/direction-of-language';
import { fieldDirection } from '../../../core/text/field-direction';

interface MetadataPanelProps {
  readonly fields: ArticleFields;
  readonly onChange: (changes: Partial<ArticleFields>) => void;
  readonly sections: readonly string[];
  readonly onAddSection: (section: string) => void;
  readonly knownTags: readonly TagUsage[];
  readonly slugTaken: boolean;
  /** Shown but not editable (an article written by a newer Newsroom). */
  readonly readOnly?: boolean;
  /** The workflow controls, shown first. */
  readonly children?: ReactNode;
  /** The site's address, for the search-result preview. */
  readonly siteUrl: string;
  /** Library tags the article's text mentions and it does not carry yet, under the tags. */
  readonly tagSuggestions?: ReactNode;
}

/** The newsroom metadata beside the body: byline, dateline, section, tags, summary, slug, status, note. */
export function MetadataPanel({ fields, onChange, sections, onAddSection, knownTags, slugTaken, readOnly = false, children, siteUrl, tagSuggestions }: MetadataPanelProps) {
  const text = useText();
  const metadata = text.metadata;
  const id = useId();
  const [newSection, setNewSection] = useState<string | undefined>(undefined);
  const summaryOver = fields.summary.length > summaryLimit;
  const direction = directionOfLanguage(fields.language);

  return (
    <aside className="metadata-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel-title">{metadata.title}</h2>
      {children}
      <fieldset className="metadata-fields" disabled={readOnly}>

      <label className="field">
        <span>{metadata.byline}</span>
        <input dir={fieldDirection(fields.byline, direction)} value={fields.byline} onChange={(event) => onChange({ byline: event.target.value })} />
      </label>

      <div className="field-group">
        <label className="field">
          <span>{metadata.datelinePlace}</span>
          <input dir={fieldDirection(fields.dateline.place, direction)} value={fields.dateline.place} onChange={(event) => onChange({ dateline: { ...fields.dateline, place: event.target.value } })} />
        </label>
        <DateField label={metadata.datelineDate} value={fields.dateline.date} onChange={(date) => onChange({ dateline: { ...fields.dateline, date } })} />
      </div>

      <label className="field">
        <span>{metadata.section}</span>
        <select
          value={fields.section}
          onChange={(event) => {
            if (event.target.value === '\u0000add') setNewSection('');
            else onChange({ section: event.target.value });
          }}
        >
          <option value="">{metadata.noSection}</option>
          {[...new Set([...sections, ...(fields.section ? [fields.section] : [])])].map((section) => (
            <option key={section} value={section}>{section}</option>
          ))}
          <option value={'\u0000add'}>+ {metadata.addSection}…</option>
        </select>
      </label>
      {newSection !== undefined && (
        <form
          className="field inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const name = newSection.trim();
            if (name) {
              onAddSection(name);
              onChange({ section: name });
            }
            setNewSection(undefined);
          }}
        >
          <label className="visually-hidden" htmlFor={`${id}-section`}>{metadata.newSectionName}</label>
          <input id={`${id}-section`} dir={fieldDirection(newSection ?? '', direction)} autoFocus placeholder={metadata.newSectionName} value={newSection} onChange={(event) => setNewSection(event.target.value)} />
          <button type="submit" className="button">{text.editor.apply}</button>
          <button type="button" className="button" onClick={() => setNewSection(undefined)}>{text.editor.cancel}</button>
        </form>
      )}

      <div className="field">
        <span>{metadata.tags}</span>
        <TagInput tags={fields.tags} known={knownTags} direction={direction} onChange={(tags) => onChange({ tags: [...tags] })} />
        {tagSuggestions}
      </div>

      <label className="field">
        <span>
          {metadata.summary}{' '}
          <LengthCounter length={fields.summary.length} limit={summaryLimit} />
        </span>
        <textarea dir={fieldDirection(fields.summary, direction)} rows={3} value={fields.summary} aria-invalid={summaryOver} onChange={(event) => onChange({ summary: event.target.value })} />
        {summaryOver && <small className="field-warning">{metadata.overLimit}</small>}
      </label>

      <PublishingFields fields={fields} direction={direction} siteUrl={siteUrl} onChange={onChange} />

      <label className="field">
        <span>{metadata.slug}</span>
        <input
          dir={fieldDirection(fields.slug, direction)}
          value={fields.slug}
          aria-invalid={slugTaken}
          aria-describedby={slugTaken ? `${id}-slug-error` : undefined}
          onChange={(event) => {
            onChange({ slug: event.target.value.replace(/\s+/g, '-').replace(/[/\\?#%]/g, '').toLowerCase() });
          }}
        />
        {slugTaken && <small id={`${id}-slug-error`} role="alert" className="field-error">{metadata.slugTaken}</small>}
      </label>

      <label className="field">
        <span>{metadata.language}</span>
        <select value={fields.language} onChange={(event) => onChange({ language: event.target.value })}>
          <option value="ar">العربية</option>
          <option value="en">English</option>
        </select>
      </label>

      <label className="field field--note">
        <span>{metadata.editorialNote}</span>
        <textarea dir={fieldDirection(fields.editorialNote, direction)} rows={3} value={fields.editorialNote} onChange={(event) => onChange({ editorialNote: event.target.value })} />
      </label>
      </fieldset>
    </aside>
  );
}
