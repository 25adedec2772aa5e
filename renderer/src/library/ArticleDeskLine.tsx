import type { ArticleSummary } from '../../../core/article/article-schema';
import { useText } from '../i18n/text-context';
import type { DeskMarks } from './desk-marks';

/** Under a story in the library, what the desk says of it: in conflict, open on another machine now, last edited on another machine. Nothing for this machine's own work. */
export function ArticleDeskLine({ article, deskMarks }: { readonly article: ArticleSummary; readonly deskMarks: DeskMarks }) {
  const text = useText();
  const inConflict = deskMarks.conflicts.has(article.id);
  const openElsewhere = deskMarks.openElsewhere.get(article.id) ?? [];
  const editedElsewhere = article.editedBy && article.editedBy.machine !== deskMarks.thisMachine ? article.editedBy : undefined;
  if (!inConflict && openElsewhere.length === 0 && !editedElsewhere) return null;
  return (
    <span className="article-item-desk">
      {inConflict && <span className="article-item-conflict">{text.deskSync.inConflict}</span>}
      {openElsewhere.map((editor) => (
        <span key={editor.machine} className="article-item-open-elsewhere">
          {text.deskSync.editingNow(text.deskSync.who(editor.name, editor.machine))}
        </span>
      ))}
      {editedElsewhere && <span>{text.deskSync.lastEditedBy(text.deskSync.who(editedElsewhere.name, editedElsewhere.machine))}</span>}
    </span>
  );
}
