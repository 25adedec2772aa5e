import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { countText, type TextCounts } from '../../../core/text/count-text';
import { useText } from '../i18n/text-context';

const countingPause = 300;

function countsOf(editor: Editor): TextCounts {
  return countText(editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n', ' '));
}

/** Words, characters and reading time, counted a moment after typing stops so typing stays fast. */
export function CountsBar({ editor }: { readonly editor: Editor }) {
  const text = useText().editor;
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
      <span>{text.words}: <output data-count="words">{counts.words}</output></span>
      <span>{text.characters}: <output data-count="characters">{counts.characters}</output></span>
      <span>{text.readingTime(counts.readingMinutes)}</span>
    </span>
  );
}
