import { mergeAttributes, Node } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: {
      /** Wraps the selected paragraphs in a pull quote. */
      setPullQuote: () => ReturnType;
      /** Wraps or unwraps a pull quote. */
      togglePullQuote: () => ReturnType;
      /** Lifts the selection out of a pull quote. */
      unsetPullQuote: () => ReturnType;
    };
  }
}

/** A quotation set large beside the story, distinct from an inline blockquote. */
export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  parseHTML() {
    return [{ tag: 'blockquote.pull-quote', priority: 60 }, { tag: 'aside.pull-quote' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['blockquote', mergeAttributes(HTMLAttributes, { class: 'pull-quote' }), 0];
  },

  addCommands() {
    return {
      setPullQuote: () => ({ commands }) => commands.wrapIn(this.name),
      togglePullQuote: () => ({ commands }) => commands.toggleWrap(this.name),
      unsetPullQuote: () => ({ commands }) => commands.lift(this.name),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Shift-u': () => this.editor.commands.togglePullQuote() };
  },
});
