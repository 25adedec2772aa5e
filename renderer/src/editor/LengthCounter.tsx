import { useFormatNumber } from '../i18n/date-style-context';
import { useText } from '../i18n/text-context';

/** "55 / 70" beside a field, in the desk's digits, marked when the text runs past its suggested length. */
export function LengthCounter({ length, limit, hidden = false }: { readonly length: number; readonly limit: number; readonly hidden?: boolean }) {
  const text = useText();
  const formatNumber = useFormatNumber();
  return (
    <span className={length > limit ? 'counter counter--over' : 'counter'} aria-hidden={hidden || undefined}>
      {text.metadata.limit(formatNumber(length), formatNumber(limit))}
    </span>
  );
}
