import { diffArrays } from 'diff';

export interface WordDiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

const segmenter = new Intl.Segmenter('ar', { granularity: 'word' });

/**
 * The changes from one text to another, word by word as Intl.Segmenter splits Arabic and English
 * alike (a word whose diacritics changed is a changed word); spaces and punctuation are their own
 * tokens, so a marked change never swallows its neighbours.
 */
export function wordDiff(before: string, after: string): readonly WordDiffPart[] {
  const tokensOf = (text: string) => Array.from(segmenter.segment(text), (segment) => segment.segment);
  const changes = diffArrays(tokensOf(before), tokensOf(after)).map((change) => ({
    kind: change.added ? ('added' as const) : change.removed ? ('removed' as const) : ('same' as const),
    text: change.value.join(''),
  }));
  const parts: WordDiffPart[] = [];
  const push = (kind: WordDiffPart['kind'], text: string) => {
    if (!text) return;
    const previous = parts.at(-1);
    if (previous?.kind === kind) parts[parts.length - 1] = { kind, text: previous.text + text };
    else parts.push({ kind, text });
  };
  // A run of changes separated only by spaces reads as one replaced phrase: all it removed, then all it added.
  let removed = '';
  let added = '';
  let gap = '';
  const flush = () => {
    // Spaces both sides end with are unchanged; they stay outside the marks.
    const ending = (text: string) => /\s*$/u.exec(text)?.[0] ?? '';
    const tail = removed && added ? [ending(removed), ending(added)].reduce((first, second) => (first.length <= second.length ? first : second)) : ending(removed || added);
    push('removed', removed.slice(0, removed.length - (removed ? tail.length : 0)));
    push('added', added.slice(0, added.length - (added ? tail.length : 0)));
    push('same', tail);
    removed = added = gap = '';
  };
  changes.forEach((change, index) => {
    if (change.kind !== 'same') {
      removed += gap;
      added += gap;
      gap = '';
      if (change.kind === 'removed') removed += change.text;
      else added += change.text;
      return;
    }
    const inRun = removed !== '' || added !== '';
    const nextChanges = changes[index + 1] !== undefined && changes[index + 1]!.kind !== 'same';
    if (inRun && nextChanges && /^\s+$/u.test(change.text)) {
      gap = change.text;
      return;
    }
    flush();
    push('same', change.text);
  });
  flush();
  return parts;
}
