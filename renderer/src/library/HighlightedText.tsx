import type { SearchHit } from '../../../core/api/api-contract';

/** A text with its matched words in <mark>, the offsets checked so a stale answer never cuts a letter. */
export function HighlightedText({ value }: { readonly value: SearchHit['snippet'] }) {
  const parts: Array<{ readonly text: string; readonly marked: boolean }> = [];
  let at = 0;
  for (const [start, end] of value.highlights) {
    if (start < at || end > value.text.length || end <= start) continue;
    if (start > at) parts.push({ text: value.text.slice(at, start), marked: false });
    parts.push({ text: value.text.slice(start, end), marked: true });
    at = end;
  }
  if (at < value.text.length) parts.push({ text: value.text.slice(at), marked: false });
  return <>{parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}</>;
}
