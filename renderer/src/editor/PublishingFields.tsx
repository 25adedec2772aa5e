import { useId, useState } from 'react';
import { correctionKinds, type Correction } from '../../../core/article/article-schema';
import type { TextDirection } from '../../../core/text/detect-direction';
import { fieldDirection } from '../../../core/text/field-direction';
import { truncateText } from '../../../core/text/truncate-text';
import { useFormatDate } from '../i18n/date-style-context';
import { useText } from '../i18n/text-context';
import { LengthCounter } from './LengthCounter';
import { seoTitleLimit, socialDescriptionLimit, socialTitleLimit, type ArticleFields } from './article-fields';

interface PublishingFieldsProps {
  readonly fields: ArticleFields;
  readonly direction: TextDirection;
  /** The site's address, for the search-result preview. */
  readonly siteUrl: string;
  readonly onChange: (changes: Partial<ArticleFields>) => void;
}

/** The value a datetime-local input shows for a timestamp: the same moment in local time. */
function localInputValue(timestamp: string): string {
  if (!timestamp) return '';
  const moment = new Date(timestamp);
  return new Date(moment.getTime() - moment.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** What readers and machines see beyond the copy: search and social titles with previews, the embargo, corrections. */
export function PublishingFields({ fields, direction, siteUrl, onChange }: PublishingFieldsProps) {
  const text = useText();
  const metadata = text.metadata;
  const formatDate = useFormatDate();
  const id = useId();
  const [draftKind, setDraftKind] = useState<Correction['kind']>('correction');
  const [draftText, setDraftText] = useState('');
  const searchTitle = fields.seoTitle.trim() || fields.headline;
  const cardTitle = fields.socialTitle.trim() || fields.headline;
  const cardDescription = fields.socialDescription.trim() || fields.summary.trim() || fields.standfirst.trim();
  const address = `${siteUrl.replace(/\/+$/, '')}/${fields.slug}`;
  const embargoed = fields.embargo !== '' && Date.parse(fields.embargo) > Date.now();

  const limited = (label: string, value: string, limit: number, placeholder: string, key: 'seoTitle' | 'socialTitle' | 'socialDescription', rows: number) => (
    <label className="field">
      <span>
        {label} <LengthCounter length={value.length} limit={limit} />
      </span>
      <textarea rows={rows} dir={fieldDirection(value, direction)} value={value} placeholder={placeholder} aria-invalid={value.length > limit} onChange={(event) => onChange({ [key]: event.target.value.replace(/[\r\n]+/g, ' ') })} />
      {value.length > limit && <small className="field-warning">{metadata.overLimit}</small>}
    </label>
  );

  return (
    <fieldset className="field publishing-fields">
      <legend>{metadata.publishing}</legend>
      {limited(metadata.seoTitle, fields.seoTitle, seoTitleLimit, metadata.sameAsHeadline, 'seoTitle', 2)}
      <figure className="search-preview" aria-label={metadata.searchPreview}>
        <figcaption className="muted">{metadata.searchPreview}</figcaption>
        <p className="search-preview-url" dir="ltr">{address}</p>
        <p className="search-preview-title" dir={fieldDirection(searchTitle, direction)}>{truncateText(searchTitle, seoTitleLimit) || text.untitled}</p>
        <p className="search-preview-description" dir={fieldDirection(fields.summary || fields.standfirst, direction)}>{truncateText(fields.summary.trim() || fields.standfirst.trim(), 160)}</p>
      </figure>
      {limited(metadata.socialTitle, fields.socialTitle, socialTitleLimit, metadata.sameAsHeadline, 'socialTitle', 2)}
      {limited(metadata.socialDescription, fields.socialDescription, socialDescriptionLimit, metadata.sameAsDescription, 'socialDescription', 3)}
      <figure className="social-preview" aria-label={metadata.socialPreview}>
        <figcaption className="muted">{metadata.socialPreview}</figcaption>
        <div className="social-preview-card">
          {siteUrl && <p className="social-preview-site" dir="ltr">{siteUrl.replace(/^https?:\/\//, '').split('/')[0]}</p>}
          <p className="social-preview-title" dir={fieldDirection(cardTitle, direction)}>{cardTitle || text.untitled}</p>
          <p className="social-preview-description" dir={fieldDirection(cardDescription, direction)}>{truncateText(cardDescription, socialDescriptionLimit)}</p>
        </div>
      </figure>

      <label className="field">
        <span>{metadata.embargo}</span>
        <span className="embargo-row">
          <input
            type="datetime-local"
            value={localInputValue(fields.embargo)}
            onChange={(event) => onChange({ embargo: event.target.value ? new Date(event.target.value).toISOString() : '' })}
          />
          {fields.embargo && (
            <button type="button" className="link-button" onClick={() => onChange({ embargo: '' })}>{metadata.clearEmbargo}</button>
          )}
        </span>
        {embargoed && <small className="field-warning embargo-notice" role="status">{metadata.embargoActive(formatDate(fields.embargo, 'date-time'))}</small>}
      </label>

      <div className="field corrections-field">
        <span>{metadata.corrections}</span>
        {fields.corrections.length === 0 ? (
          <small className="muted">{metadata.noCorrections}</small>
        ) : (
          <ul className="corrections-list">
            {fields.corrections.map((notice, index) => (
              <li key={`${notice.at}-${index}`}>
                <strong>{metadata.correctionKinds[notice.kind]}</strong> <time dateTime={notice.at}>{formatDate(notice.at, 'date-time')}</time>
                <p dir={fieldDirection(notice.text, direction)}>{notice.text}</p>
                <button type="button" className="link-button" onClick={() => onChange({ corrections: fields.corrections.filter((_, position) => position !== index) })}>
                  {metadata.removeCorrection}
                </button>
              </li>
            ))}
          </ul>
        )}
        <span className="correction-form">
          <label className="visually-hidden" htmlFor={`${id}-kind`}>{metadata.corrections}</label>
          <select id={`${id}-kind`} value={draftKind} onChange={(event) => setDraftKind(correctionKinds.find((kind) => kind === event.target.value) ?? 'correction')}>
            {correctionKinds.map((kind) => <option key={kind} value={kind}>{metadata.correctionKinds[kind]}</option>)}
          </select>
          <label className="visually-hidden" htmlFor={`${id}-text`}>{metadata.correctionText}</label>
          <textarea id={`${id}-text`} rows={2} dir={fieldDirection(draftText, direction)} placeholder={metadata.correctionText} value={draftText} onChange={(event) => setDraftText(event.target.value)} />
          <button
            type="button"
            className="button"
            disabled={draftText.trim() === ''}
            onClick={() => {
              onChange({ corrections: [...fields.corrections, { kind: draftKind, at: new Date().toISOString(), text: draftText.trim() }] });
              setDraftText('');
            }}
          >
            {metadata.addCorrection}
          </button>
        </span>
      </div>
    </fieldset>
  );
}
