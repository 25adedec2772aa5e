import { Extension, type CommandProps } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findMatches, type FindOptions, type TextRange } from '../text/find-matches';

export interface SearchState {
  readonly query: string;
  readonly options: FindOptions;
  readonly matches: readonly TextRange[];
  /** Index of the current match, or -1. */
  readonly current: number;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Starts or updates a search and highlights every match. */
      setSearch: (query: string, options: FindOptions) => ReturnType;
      /** Selects the next match. */
      findNext: () => ReturnType;
      /** Selects the previous match. */
      findPrevious: () => ReturnType;
      /** Replaces the current match and moves to the next. */
      replaceCurrent: (replacement: string) => ReturnType;
      /** Replaces every match in one undoable step. */
      replaceAll: (replacement: string) => ReturnType;
      /** Ends the search. */
      clearSearch: () => ReturnType;
    };
  }
}

export const findReplacePluginKey = new PluginKey<SearchState>('findReplace');
const emptySearch: SearchState = { query: '', options: { foldArabic: true }, matches: [], current: -1 };

/** Every match in the document, in document positions; a match never crosses a block. */
export function searchDocument(document: ProseMirrorNode, query: string, options: FindOptions): readonly TextRange[] {
  if (!query) return [];
  const ranges: TextRange[] = [];
  document.descendants((node, position) => {
    if (!node.isTextblock) return true;
    let text = '';
    const positions: number[] = [];
    node.forEach((child, offset) => {
      const start = position + 1 + offset;
      const piece = child.isText ? (child.text ?? '') : '\n';
      for (let index = 0; index < piece.length; index += 1) positions.push(start + (child.isText ? index : 0));
      text += piece;
    });
    positions.push(position + node.nodeSize - 1);
    for (const match of findMatches(text, query, options)) {
      ranges.push({ from: positions[match.from] ?? 0, to: positions[match.to] ?? 0 });
    }
    return false;
  });
  return ranges;
}

/** The search state of an editor, for the find bar. */
export function searchStateOf(state: EditorState): SearchState {
  return findReplacePluginKey.getState(state) ?? emptySearch;
}

/** Find and replace in the body, optionally blind to Arabic letter variants and diacritics. */
export const FindReplace = Extension.create({
  name: 'findReplace',

  addCommands() {
    const select =
      (step: 1 | -1) =>
      () =>
      ({ state, tr, dispatch }: CommandProps) => {
        const search = searchStateOf(state);
        if (search.matches.length === 0) return false;
        const after = state.selection.to;
        const before = state.selection.from;
        let next = step === 1 ? search.matches.findIndex((match) => match.from >= after) : findLastIndex(search.matches, (match) => match.to <= before);
        if (next === -1) next = step === 1 ? 0 : search.matches.length - 1;
        const match = search.matches[next];
        if (!match || !dispatch) return Boolean(match);
        dispatch(tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)).setMeta(findReplacePluginKey, { ...search, current: next }).scrollIntoView());
        return true;
      };
    return {
      setSearch:
        (query, options) =>
        ({ tr, dispatch }) => {
          if (dispatch) dispatch(tr.setMeta(findReplacePluginKey, { query, options, matches: searchDocument(tr.doc, query, options), current: -1 }));
          return true;
        },
      findNext: select(1),
      findPrevious: select(-1),
      replaceCurrent:
        (replacement) =>
        ({ state, tr, dispatch, commands }) => {
          const search = searchStateOf(state);
          const match = search.matches.find((candidate) => candidate.from === state.selection.from && candidate.to === state.selection.to);
          if (!match) return commands.findNext();
          if (dispatch) {
            tr.insertText(replacement, match.from, match.to);
            dispatch(tr);
          }
          return true;
        },
      replaceAll:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const search = searchStateOf(state);
          if (search.matches.length === 0) return false;
          if (dispatch) {
            for (const match of [...search.matches].reverse()) tr.insertText(replacement, match.from, match.to);
            dispatch(closeHistory(tr));
          }
          return true;
        },
      clearSearch:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) dispatch(tr.setMeta(findReplacePluginKey, emptySearch));
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<SearchState>({
        key: findReplacePluginKey,
        state: {
          init: () => emptySearch,
          apply: (transaction, previous) => {
            const meta = transaction.getMeta(findReplacePluginKey) as SearchState | undefined;
            if (meta) return meta;
            if (!transaction.docChanged || !previous.query) return previous;
            return { ...previous, matches: searchDocument(transaction.doc, previous.query, previous.options), current: -1 };
          },
        },
        props: {
          decorations: (state) => {
            const search = searchStateOf(state);
            if (search.matches.length === 0) return DecorationSet.empty;
            return DecorationSet.create(
              state.doc,
              search.matches.map((match, index) =>
                Decoration.inline(match.from, match.to, { class: index === search.current ? 'search-match search-match--current' : 'search-match' }),
              ),
            );
          },
        },
      }),
    ];
  },
});

function findLastIndex<Item>(items: readonly Item[], predicate: (item: Item) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) if (predicate(items[index] as Item)) return index;
  return -1;
}
