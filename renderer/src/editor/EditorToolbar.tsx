import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type ReactNode } from 'react';
import { useText } from '../i18n/text-context';
import { ToolIcon } from './ToolIcon';

interface EditorToolbarProps {
  readonly editor: Editor;
  readonly onLink: () => void;
  readonly onImage: (file: File) => void;
  readonly onEmbed: () => void;
  readonly onFind: () => void;
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
export function EditorToolbar({ editor, onLink, onImage, onEmbed, onFind }: EditorToolbarProps) {
  const text = useText().editor;
  const fileInput = useRef<HTMLInputElement>(null);
  const [toolsOpen, setToolsOpen] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
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
      direction: (current.state.selection.$from.parent.attrs.dir as string | null) ?? 'auto',
    }),
  });
  const chain = () => editor.chain().focus();
  const runTool = (action: () => void) => {
    action();
    setToolsOpen(false);
  };

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={text.toolbar}>
      <div className="tool-group">
        <ToolButton label={text.undo} shortcut="Mod+Z" disabled={!state.canUndo} onClick={() => chain().undo().run()}>↶</ToolButton>
        <ToolButton label={text.redo} shortcut="Mod+Shift+Z" disabled={!state.canRedo} onClick={() => chain().redo().run()}>↷</ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton label={text.paragraph} shortcut="Mod+Alt+0" active={state.paragraph} onClick={() => chain().setParagraph().run()}>¶</ToolButton>
        <ToolButton label={text.heading2} shortcut="Mod+Alt+2" active={state.heading2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>ع٢</ToolButton>
        <ToolButton label={text.heading3} shortcut="Mod+Alt+3" active={state.heading3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>ع٣</ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton label={text.bold} shortcut="Mod+B" active={state.bold} onClick={() => chain().toggleBold().run()}><b>غ</b></ToolButton>
        <ToolButton label={text.italic} shortcut="Mod+I" active={state.italic} onClick={() => chain().toggleItalic().run()}><i>م</i></ToolButton>
        <ToolButton label={text.underline} shortcut="Mod+U" active={state.underline} onClick={() => chain().toggleUnderline().run()}><u>ت</u></ToolButton>
        <ToolButton label={text.link} shortcut="Mod+K" active={state.link} onClick={onLink}><ToolIcon name="link" /></ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton label={text.bulletList} shortcut="Mod+Shift+8" active={state.bulletList} onClick={() => chain().toggleBulletList().run()}>•≡</ToolButton>
        <ToolButton label={text.orderedList} shortcut="Mod+Shift+7" active={state.orderedList} onClick={() => chain().toggleOrderedList().run()}>١≡</ToolButton>
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
      </div>
      <div className="tool-group" role="group" aria-label={text.direction}>
        <ToolButton label={text.directionRtl} active={state.direction === 'rtl'} onClick={() => chain().setBlockDirection('rtl').run()}>⇠</ToolButton>
        <ToolButton label={text.directionLtr} active={state.direction === 'ltr'} onClick={() => chain().setBlockDirection('ltr').run()}>⇢</ToolButton>
        <ToolButton label={text.directionAuto} active={state.direction === 'auto'} onClick={() => chain().setBlockDirection('auto').run()}>⇄</ToolButton>
      </div>
      <div className="tool-group tool-menu">
        <button
          type="button"
          className="tool-button tool-button--text"
          aria-haspopup="menu"
          aria-expanded={toolsOpen}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setToolsOpen(!toolsOpen)}
        >
          {text.arabicTools} ▾
        </button>
        {toolsOpen && (
          <div role="menu" className="tool-menu-list" onKeyDown={(event) => event.key === 'Escape' && setToolsOpen(false)}>
            <button role="menuitem" type="button" onClick={() => runTool(() => chain().convertDigits('arabic-indic').run())}>{text.digitsArabicIndic}</button>
            <button role="menuitem" type="button" onClick={() => runTool(() => chain().convertDigits('western').run())}>{text.digitsWestern}</button>
            <button role="menuitem" type="button" onClick={() => runTool(() => chain().useGuillemets().run())}>{text.guillemets}</button>
            <button role="menuitem" type="button" onClick={() => runTool(() => chain().removeTatweel().run())}>{text.removeTatweel}</button>
            <button role="menuitem" type="button" onClick={() => runTool(() => chain().fixPunctuationSpacing().run())}>{text.fixSpacing}</button>
          </div>
        )}
        <ToolButton label={text.find} shortcut="Mod+F" onClick={onFind}><ToolIcon name="find" /></ToolButton>
      </div>
    </div>
  );
}
