import { useId, useState } from 'react';
import { toWesternDigits } from '../../../core/text/to-western-digits';
import { localeFor } from '../../../core/text/locale-for';
import { dateTimeFormat } from '../../../core/text/date-time-format';
import { useDateStyle } from '../i18n/date-style-context';
import { useText } from '../i18n/text-context';
import './date-field.css';

interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

function partsOf(value: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? { year: match[1]!, month: String(Number(match[2])), day: String(Number(match[3])) } : { day: '', month: '', year: '' };
}

/** The ISO date the parts name, or '' while one is missing or the day does not exist in that month. */
function isoOf({ day, month, year }: DateParts): string {
  if (!day || !month || !/^\d{4}$/.test(year)) return '';
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day)) return '';
  return date.toISOString().slice(0, 10);
}

/**
 * A date read and chosen the way the interface language writes it — day, month name, year in
 * Arabic — rather than the browser's mm/dd/yyyy; stored as YYYY-MM-DD.
 */
export function DateField({ label, value, onChange }: { readonly label: string; readonly value: string; readonly onChange: (value: string) => void }) {
  const text = useText();
  const id = useId();
  const [parts, setParts] = useState<DateParts>(() => partsOf(value));
  // Month names as the desk writes them (Egyptian or Levant); the day and year stay typeable digits.
  const monthName = dateTimeFormat(localeFor(text.language, useDateStyle()), { month: 'long', timeZone: 'UTC' });
  const change = (changes: Partial<DateParts>) => {
    const next = { ...parts, ...changes };
    setParts(next);
    onChange(isoOf(next));
  };
  return (
    <fieldset className="field date-field" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>{label}</legend>
      <div className="date-field-parts">
        <select aria-label={text.metadata.day} value={parts.day} onChange={(event) => change({ day: event.target.value })}>
          <option value="">—</option>
          {Array.from({ length: 31 }, (_, index) => String(index + 1)).map((day) => (
            <option key={day} value={day}>{day}</option>
          ))}
        </select>
        <select aria-label={text.metadata.month} value={parts.month} onChange={(event) => change({ month: event.target.value })}>
          <option value="">—</option>
          {Array.from({ length: 12 }, (_, index) => (
            <option key={index} value={String(index + 1)}>{monthName.format(new Date(Date.UTC(2000, index, 1)))}</option>
          ))}
        </select>
        <input aria-label={text.metadata.year} inputMode="numeric" dir="ltr" maxLength={4} placeholder="2026" value={parts.year} onChange={(event) => change({ year: toWesternDigits(event.target.value).replace(/\D/g, '') })} />
      </div>
    </fieldset>
  );
}
