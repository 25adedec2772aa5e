import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { detectDirection, type TextDirection } from '../text/detect-direction';
import { changedRanges } from './changed-ranges';

export type BlockDirectionChoice = TextDirection | 'auto';

export interface BlockDirectionOptions {
  /** Node types that carry their own `dir`. */
  readonly types: readonly string[];
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    blockDirection: {
      /** Sets the direction of the blocks in the selection; "auto" goes back to detection. */
      setBlockDirection: (direction: BlockDirectionChoice) => ReturnType;
      /** Sets the editor's own direction (the article language's), which blocks without another one show. */
      setEditorDirection: (direction: TextDirection) => ReturnType;
    };
  }
}

export const blockDirectionPluginKey = new PluginKey<BlockDirectionState>('blockDirection');

function editorDirectionOf(element: { getAttribute(name: string): string | null }): TextDirection {
  return element.getAttribute('dir') === 'ltr' ? 'ltr' : 'rtl';
}

function parseDirection(value: string | null): TextDirection | null {
  return value === 'rtl' || value === 'ltr' ? value : null;
}

/** The direction a block shows: the journalist's choice, else what its strong characters say. */
export function effectiveDirection(node: ProseMirrorNode): TextDirection | undefined {
  return parseDirection(node.attrs.dir as string | null) ?? detectDirection(node.textContent);
}

/** The plugin's state: the direction of the editor itself, and each block's that differs from what it would inherit. */
interface BlockDirectionState {
  readonly base: TextDirection;
  readonly decorations: DecorationSet;
}

function decorationsIn(document: ProseMirrorNode, types: ReadonlySet<string>, base: TextDirection, from: number, to: number): Decoration[] {
  const decorations: Decoration[] = [];
  document.nodesBetween(from, to, (node, position, parent) => {
    if (!types.has(node.type.name) || node.attrs.dir) return true;
    const direction = detectDirection(node.textContent);
    // A top-level block in the editor's own direction inherits it. Marking each of hundreds of them
    // cost every keystroke a scan of all those marks for each block (ProseMirror's forChild).
    if (direction && !(parent === document && direction === base)) decorations.push(Decoration.node(position, position + node.nodeSize, { dir: direction }));
    return true;
  });
  return decorations;
}

function stateFor(document: ProseMirrorNode, types: ReadonlySet<string>, base: TextDirection): BlockDirectionState {
  return { base, decorations: DecorationSet.create(document, decorationsIn(document, types, base, 0, document.content.size)) };
}

/**
 * Gives every block its own direction. A stored `dir` is the journalist's override; otherwise a
 * decoration shows the detected one where it differs from what the block inherits (the editor's own
 * `dir`, followed as it changes), recomputed only for blocks a change touched.
 */
export const BlockDirection = Extension.create<BlockDirectionOptions>({
  name: 'blockDirection',

  addOptions() {
    return { types: ['paragraph', 'heading', 'blockquote', 'pullQuote', 'listItem', 'bulletList', 'orderedList'] };
  },

  addGlobalAttributes() {
    return [
      {
        types: [...this.options.types],
        attributes: {
          dir: {
            default: null,
            parseHTML: (element) => parseDirection(element.getAttribute('dir')),
            renderHTML: (attributes) => (attributes.dir ? { dir: attributes.dir } : {}),
          },
        },
      },
    ];
  },

  addCommands() {
    return {
      setBlockDirection:
        (direction) =>
        ({ tr, state, dispatch }) => {
          const types = new Set(this.options.types);
          const { from, to } = state.selection;
          let changed = false;
          state.doc.nodesBetween(from, to, (node, position) => {
            if (!node.isTextblock || !types.has(node.type.name)) return true;
            tr.setNodeAttribute(position, 'dir', direction === 'auto' ? null : direction);
            changed = true;
            return false;
          });
          if (changed && dispatch) dispatch(tr);
          return changed;
        },
      setEditorDirection:
        (direction) =>
        ({ tr, view, dispatch }) => {
          if (dispatch) {
            view.dom.setAttribute('dir', direction);
            tr.setMeta(blockDirectionPluginKey, { base: direction });
          }
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const types = new Set(this.options.types);
    return [
      new Plugin<BlockDirectionState>({
        key: blockDirectionPluginKey,
        state: {
          init: (_config, state) => stateFor(state.doc, types, 'rtl'),
          apply: (transaction, previous) => {
            const base = (transaction.getMeta(blockDirectionPluginKey) as { base?: TextDirection } | undefined)?.base;
            if (base && base !== previous.base) return stateFor(transaction.doc, types, base);
            if (!transaction.docChanged) return previous;
            let decorations = previous.decorations.map(transaction.mapping, transaction.doc);
            const document = transaction.doc;
            for (const [start, end] of changedRanges(transaction)) {
              const from = Math.max(0, Math.min(start, document.content.size));
              const to = Math.max(from, Math.min(end, document.content.size));
              // Widen to whole top-level blocks, so a list or quote around the change is redone too.
              const first = document.resolve(from);
              const last = document.resolve(to);
              const blockFrom = first.depth > 0 ? first.before(1) : from;
              const blockTo = last.depth > 0 ? last.after(1) : to;
              const stale = decorations.find(blockFrom, blockTo).filter((decoration) => decoration.from >= blockFrom && decoration.to <= blockTo);
              decorations = decorations.remove(stale);
              decorations = decorations.add(document, decorationsIn(document, types, previous.base, blockFrom, blockTo));
            }
            return { base: previous.base, decorations };
          },
        },
        props: {
          decorations: (state) => blockDirectionPluginKey.getState(state)?.decorations,
        },
        // The editor's own dir comes from whoever shows it (the article's language, or setEditorDirection): blocks follow it.
        view: (view) => {
          const follow = () => {
            const base = editorDirectionOf(view.dom);
            if (base === blockDirectionPluginKey.getState(view.state)?.base) return;
            // Not from inside a view update: once it is over.
            queueMicrotask(() => {
              if (view.isDestroyed) return;
              const current = editorDirectionOf(view.dom);
              if (current !== blockDirectionPluginKey.getState(view.state)?.base) view.dispatch(view.state.tr.setMeta(blockDirectionPluginKey, { base: current }));
            });
          };
          follow();
          return { update: follow };
        },
      }),
    ];
  },
});
