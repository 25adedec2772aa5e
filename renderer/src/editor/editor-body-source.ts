import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ArticleBody } from '../../../core/article/article-schema';
import type { BodySource } from '../stores/editing-session';
import { bodyPatchBetween } from './body-patch-between';

/** What holds the document: a TipTap editor, or an editor state in a test. */
interface DocumentHolder {
  readonly state: { readonly doc: ProseMirrorNode };
}

/** The editor's body for its session: a save sends the blocks changed since the last one the back end confirmed. */
export function editorBodySource(editor: DocumentHolder): BodySource {
  // The document the editor opened with stands for the body stored at the session's revision; a
  // save whose patch does not fit that body (the block count differs) is sent again whole.
  let confirmed = editor.state.doc;
  return {
    read: () => editor.state.doc.toJSON() as ArticleBody,
    forSave: (whole) => {
      const document = editor.state.doc;
      const confirm = () => {
        confirmed = document;
      };
      return whole ? { body: document.toJSON() as ArticleBody, confirm } : { patch: bodyPatchBetween(confirmed, document), confirm };
    },
    savedText: () => confirmed.textBetween(0, confirmed.content.size, '\n', '\n'),
  };
}
