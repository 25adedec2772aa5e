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
    };
  }
}

export const blockDirectionPluginKey = new PluginKey<DecorationSet>('blockDirection');

function parseDirection(value: string | null): TextDirection | null {
  return value === 'rtl' || value === 'ltr' ? value : null;
}

/** The direction a block shows: the journalist's choice, else what its strong characters say. */
export function effectiveDirection(node: ProseMirrorNode): TextDirection | undefined {
  return parseDirection(node.attrs.dir as string | null) ?? detectDirection(node.textContent);
}

function decorationsIn(document: ProseMirrorNode, types: ReadonlySet<string>, from: number, to: number): Decoration[] {
  const decorations: Decoration[] = [];
  document.nodesBetween(from, to, (node, position) => {
    if (!types.has(node.type.name) || node.attrs.dir) return true;
    const direction = detectDirection(node.textContent);
    if (direction) decorations.push(Decoration.node(position, position + node.nodeSize, { dir: direction }));
    return true;
  });
  return decorations;
}

/**
 * Gives every block its own direction. A stored `dir` is the journalist's override; otherwise a
 * decoration shows the detected one, recomputed only for blocks a change touched.
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
    };
  },

  addProseMirrorPlugins() {
    const types = new Set(this.options.types);
    return [
      new Plugin<DecorationSet>({
        key: blockDirectionPluginKey,
        state: {
          init: (_config, state) => DecorationSet.create(state.doc, decorationsIn(state.doc, types, 0, state.doc.content.size)),
          apply: (transaction, previous) => {
            if (!transaction.docChanged) return previous;
            let decorations = previous.map(transaction.mapping, transaction.doc);
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
              decorations = decorations.add(document, decorationsIn(document, types, blockFrom, blockTo));
            }
            return decorations;
          },
        },
        props: {
          decorations: (state) => blockDirectionPluginKey.getState(state),
        },
      }),
    ];
  },
});
