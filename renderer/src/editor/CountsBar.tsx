import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { DocumentNode } from '../../../core/article/article-schema';
import { countDocument } from '../../../core/document/count-document';
import type { TextCounts } from '../../../core/text/count-text';
import { useText } from '../i18n/text-context';
import { useFormatNumber } from '../i18n/date-style-context';

const countingPause = 300;

// The same count as the exports' wordCount: captions, credits and embed titles included.
function countsOf(editor: Editor): TextCounts {
  return countDocument(editor.state.doc.toJSON() as DocumentNode);
}

/** Words, characters and reading time, counted a moment after typing stops so typing stays fast. */
export function CountsBar({ editor }: { readonly editor: Editor }) {
  const text = useText().editor;
  const formatNumber = useFormatNumber();
  const [counts, setCounts] = useState(() => countsOf(editor));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setCounts(countsOf(editor)), countingPause);
    };
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [editor]);
  return (
    <span className="counts" data-testid="counts">
      <span>{text.words}: <output data-count="words" data-value={counts.words}>{formatNumber(counts.words)}</output></span>
      <span>{text.characters}: <output data-count="characters" data-value={counts.characters}>{formatNumber(counts.characters)}</output></span>
      <span>{text.readingTime(counts.readingMinutes)}</span>
    </span>
  );
}
