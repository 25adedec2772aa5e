import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { countBlocks } from './count-blocks';
import { useText } from '../i18n/text-context';
import { useFormatNumber } from '../i18n/date-style-context';

const countingPause = 300;

/** Words, characters and reading time, counted a moment after typing stops so typing stays fast. */
export function CountsBar({ editor }: { readonly editor: Editor }) {
  const text = useText().editor;
  const formatNumber = useFormatNumber();
  const [counts, setCounts] = useState(() => countBlocks(editor.state.doc));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setCounts(countBlocks(editor.state.doc)), countingPause);
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
