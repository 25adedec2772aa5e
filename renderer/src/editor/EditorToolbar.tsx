import type { ChainedCommands, Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useRef, type ReactNode } from 'react';
import type { FieldsRewrite } from '../../../core/document/field-rewrite-step';
import { useText } from '../i18n/text-context';
import { convertDigits } from '../../../core/text/convert-digits';
import { fixPunctuationSpacing } from '../../../core/text/fix-punctuation-spacing';
import { guillemetQuotes } from '../../../core/text/guillemet-quotes';
import { removeTatweel } from '../../../core/text/remove-tatweel';
import { MenuButton } from './MenuButton';
import { ToolIcon } from './ToolIcon';
import { useRovingFocus } from './use-roving-focus';

interface EditorToolbarProps {
  readonly editor: Editor;
  readonly onLink: () => void;
  readonly onImage: (file: File) => void;
  readonly onEmbed: () => void;
  readonly onFind: () => void;
  /** The Arabic tools rewrite the headline and standfirst as well as the body. */
  readonly fieldsRewrittenBy: (rewrite: (text: string) => string) => FieldsRewrite;
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const modifier = isMac ? '⌘' : 'Ctrl';

interface ToolButtonProps {
  readonly label: string;
  readonly shortcut?: string;
  readonly active?: boolean;
  readonly disabled?: boolean;
  readonly onClick: () => void;
  readonly children: ReactNode;
}

function ToolButton({ label, shortcut, active, disabled, onClick, children }: ToolButtonProps) {
  const keys = shortcut?.replace('Mod', modifier);
  return (
    <button
      type="button"
      className={active ? 'tool-button tool-button--active' : 'tool-button'}
      aria-label={label}
      aria-pressed={active === undefined ? undefined : active}
      aria-keyshortcuts={shortcut?.replace('Mod', isMac ? 'Meta' : 'Control')}
      title={keys ? `${label} (${keys})` : label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** The formatting toolbar: Arabic labels, shortcuts in the tooltips, state that follows the cursor. */
export function EditorToolbar({ editor, onLink, onImage, onEmbed, onFind, fieldsRewrittenBy }: EditorToolbarProps) {
  const text = useText().editor;
  const fileInput = useRef<HTMLInputElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  const rovingFocus = useRovingFocus(toolbar);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      // The history's depth, read directly: can().undo() dry-runs the command on every keystroke.
      canUndo: undoDepth(current.state) > 0,
      canRedo: redoDepth(current.state) > 0,
      paragraph: current.isActive('paragraph'),
      heading2: current.isActive('heading', { level: 2 }),
      heading3: current.isActive('heading', { level: 3 }),
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      link: current.isActive('link'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      pullQuote: current.isActive('pullQuote'),
      inTable: current.isActive('table'),
      direction: (current.state.selection.$from.parent.attrs.dir as string | null) ?? 'auto',
    }),
  });
  const chain = () => editor.chain().focus();
  const rewriteAll = (rewrite: (text: string) => string, rewriteBody: (commands: ChainedCommands) => ChainedCommands) => {
    const rewritten = rewriteBody(chain());
    // A selection in the body limits a tool to it; the fields above change only with the whole story.
    if (editor.state.selection.empty) rewritten.rewriteFields(fieldsRewrittenBy(rewrite));
    rewritten.run();
  };

  return (
    <div ref={toolbar} className="editor-toolbar" role="toolbar" aria-label={text.toolbar} {...rovingFocus}>
      <div className="tool-group">
        <ToolButton label={text.undo} shortcut="Mod+Z" disabled={!state.canUndo} onClick={() => chain().undo().run()}>↶</ToolButton>
        <ToolButton label={text.redo} shortcut="Mod+Shift+Z" disabled={!state.canRedo} onClick={() => chain().redo().run()}>↷</ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton label={text.paragraph} shortcut="Mod+Alt+0" active={state.paragraph} onClick={() => chain().setParagraph().run()}>¶</ToolButton>
        <ToolButton label={text.heading2} shortcut="Mod+Alt+2" active={state.heading2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>{text.glyphs.heading2}</ToolButton>
        <ToolButton label={text.heading3} shortcut="Mod+Alt+3" active={state.heading3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>{text.glyphs.heading3}</ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton label={text.bold} shortcut="Mod+B" active={state.bold} onClick={() => chain().toggleBold().run()}><b>{text.glyphs.bold}</b></ToolButton>
        <ToolButton label={text.italic} shortcut="Mod+I" active={state.italic} onClick={() => chain().toggleItalic().run()}><i>{text.glyphs.italic}</i></ToolButton>
        <ToolButton label={text.underline} shortcut="Mod+U" active={state.underline} onClick={() => chain().toggleUnderline().run()}><u>{text.glyphs.underline}</u></ToolButton>
        <ToolButton label={text.link} shortcut="Mod+K" active={state.link} onClick={onLink}><ToolIcon name="link" /></ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton label={text.bulletList} shortcut="Mod+Shift+8" active={state.bulletList} onClick={() => chain().toggleBulletList().run()}>•≡</ToolButton>
        <ToolButton label={text.orderedList} shortcut="Mod+Shift+7" active={state.orderedList} onClick={() => chain().toggleOrderedList().run()}>{text.glyphs.orderedList}</ToolButton>
        <ToolButton label={text.blockquote} shortcut="Mod+Shift+B" active={state.blockquote} onClick={() => chain().toggleBlockquote().run()}>❝</ToolButton>
        <ToolButton label={text.pullQuote} shortcut="Mod+Shift+U" active={state.pullQuote} onClick={() => chain().togglePullQuote().run()}>❞❞</ToolButton>
        <ToolButton label={text.horizontalRule} onClick={() => chain().setHorizontalRule().run()}>―</ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton label={text.image} onClick={() => fileInput.current?.click()}><ToolIcon name="image" /></ToolButton>
        <input
          ref={fileInput}
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onImage(file);
            event.target.value = '';
          }}
        />
        <ToolButton label={text.embed} onClick={onEmbed}><ToolIcon name="embed" /></ToolButton>
        <ToolButton label={text.table} disabled={state.inTable} onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}><ToolIcon name="table" /></ToolButton>
        {state.inTable && (
          <MenuButton
            label={`${text.tableTools} ▾`}
            items={[
              { label: text.addRowAfter, run: () => chain().addRowAfter().run() },
              { label: text.addColumnAfter, run: () => chain().addColumnAfter().run() },
              { label: text.deleteRow, run: () => chain().deleteRow().run() },
              { label: text.deleteColumn, run: () => chain().deleteColumn().run() },
              { label: text.toggleHeaderRow, run: () => chain().toggleHeaderRow().run() },
              { label: text.deleteTable, run: () => chain().deleteTable().run() },
            ]}
          />
        )}
      </div>
      <div className="tool-group" role="group" aria-label={text.direction}>
        <ToolButton label={text.directionRtl} active={state.direction === 'rtl'} onClick={() => chain().setBlockDirection('rtl').run()}>⇠</ToolButton>
        <ToolButton label={text.directionLtr} active={state.direction === 'ltr'} onClick={() => chain().setBlockDirection('ltr').run()}>⇢</ToolButton>
        <ToolButton label={text.directionAuto} active={state.direction === 'auto'} onClick={() => chain().setBlockDirection('auto').run()}>⇄</ToolButton>
      </div>
      <div className="tool-group">
        <MenuButton
          label={`${text.arabicTools} ▾`}
          items={[
            { label: text.digitsArabicIndic, run: () => rewriteAll((value) => convertDigits(value, 'arabic-indic'), (commands) => commands.convertDigits('arabic-indic')) },
            { label: text.digitsWestern, run: () => rewriteAll((value) => convertDigits(value, 'western'), (commands) => commands.convertDigits('western')) },
            { label: text.guillemets, run: () => rewriteAll((value) => guillemetQuotes(value).text, (commands) => commands.useGuillemets()) },
            { label: text.removeTatweel, run: () => rewriteAll(removeTatweel, (commands) => commands.removeTatweel()) },
            { label: text.fixSpacing, run: () => rewriteAll(fixPunctuationSpacing, (commands) => commands.fixPunctuationSpacing()) },
          ]}
        />
        <ToolButton label={text.find} shortcut="Mod+F" onClick={onFind}><ToolIcon name="find" /></ToolButton>
      </div>
    </div>
  );
}
