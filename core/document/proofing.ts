import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { ProofedText } from '../proofing/proof-text';
import type { Proofer } from '../proofing/proofer';
import type { ProofingFinding } from '../proofing/proofing-finding';
import { mixedDigits, type DigitSystem } from '../proofing/style-rules/mixed-digits';
import { assertNever } from '../assert-never';
import { changedRanges } from './changed-ranges';

/** A finding at document positions, with an id that stays while typing elsewhere moves it. */
export type DocumentFinding = ProofingFinding & { readonly id: number; readonly position: { readonly from: number; readonly to: number } };

let findingsMade = 0;

export interface ProofingState {
  readonly findings: readonly DocumentFinding[];
  readonly decorations: DecorationSet;
  /** Ranges the journalist chose to ignore once, kept in step with the typing. */
  readonly ignored: readonly { readonly from: number; readonly to: number }[];
  /** Bumped to proof the whole document again (the settings or word lists changed). */
  readonly generation: number;
  /** The stretch of the document around what is on screen that carries underlines; all of it when unknown. */
  readonly shown: { readonly from: number; readonly to: number } | undefined;
}

export interface ProofingOptions {
  /** Absent: nothing is proofed (a read-only view, a test without dictionaries). */
  readonly proofer: Proofer | undefined;
  /** The tooltip of a finding, in the interface language. */
  readonly describe: (finding: ProofingFinding) => string;
  /** How long typing rests before the changed paragraphs are proofed. */
  readonly delay: number;
  readonly preferredDigits: () => DigitSystem;
  /** Right click on a finding, or the menu key (Shift+F10) with the caret in one: where to open its menu, in viewport pixels. */
  readonly openMenu: (finding: DocumentFinding, at: { readonly x: number; readonly y: number }) => void;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    proofing: {
      /** Replaces a finding's text (a suggestion, or a style rule's fix), if the text is still there. */
      replaceFinding: (finding: DocumentFinding, replacement: string) => ReturnType;
      /** Stops marking this one finding, until its text changes. */
      ignoreFinding: (finding: DocumentFinding) => ReturnType;
      /** Proofs the whole document again: the settings or the accepted words changed. */
      reproof: () => ReturnType;
    };
  }
}

export const proofingPluginKey = new PluginKey<ProofingState>('proofing');
const emptyState: ProofingState = { findings: [], decorations: DecorationSet.empty, ignored: [], generation: 0, shown: undefined };

type ProofingMeta =
  | { readonly kind: 'proofed'; readonly findings: readonly DocumentFinding[] }
  | { readonly kind: 'ignore'; readonly finding: DocumentFinding }
  | { readonly kind: 'reproof' }
  | { readonly kind: 'show'; readonly shown: NonNullable<ProofingState['shown']> };

// Underlines are drawn this far (in document positions, a few screens of text) above and below the
// screen: every underlined word in the page costs the browser work on each keystroke, so a long
// article underlines what can be seen, and the list in the Proofing tab still has every finding.
const shownMargin = 6000;

/** The proofing findings of an editor, in document order. */
export function proofingStateOf(state: EditorState): ProofingState {
  return proofingPluginKey.getState(state) ?? emptyState;
}

/** A finding of the current document by its id; gone once its text changed. */
export function findingById(state: EditorState, id: number): DocumentFinding | undefined {
  return proofingStateOf(state).findings.find((finding) => finding.id === id);
}

/** The finding under a document position, if any. */
export function findingAt(state: EditorState, position: number): DocumentFinding | undefined {
  return proofingStateOf(state).findings.find((finding) => finding.position.from <= position && position <= finding.position.to);
}

function isIgnored(finding: DocumentFinding, ignored: ProofingState['ignored']): boolean {
  return ignored.some((range) => range.from === finding.position.from && range.to === finding.position.to);
}

function decorate(document: ProseMirrorNode, findings: readonly DocumentFinding[], describe: ProofingOptions['describe'], shown: ProofingState['shown']): DecorationSet {
  return DecorationSet.create(
    document,
    findings
      .filter((finding) => finding.position.to > finding.position.from && (!shown || (finding.position.to >= shown.from && finding.position.from <= shown.to)))
      .map((finding) =>
        Decoration.inline(finding.position.from, finding.position.to, {
          class: finding.kind === 'spelling' ? 'proofing-spelling' : 'proofing-style',
          'data-rule': finding.rule,
          title: describe(finding),
        }),
      ),
  );
}

function textBlocksWithPositions(document: ProseMirrorNode): { readonly node: ProseMirrorNode; readonly start: number }[] {
  const blocks: { node: ProseMirrorNode; start: number }[] = [];
  document.descendants((node, position) => {
    if (!node.isTextblock) return true;
    blocks.push({ node, start: position + 1 });
    return false;
  });
  return blocks;
}

// A hard break is one position and one character ("\n"), so offsets in the text are positions after the block's start.
function textOf(node: ProseMirrorNode): string {
  let text = '';
  node.forEach((child) => {
    text += child.isText ? (child.text ?? '') : '\n';
  });
  return text;
}

/**
 * The top-level blocks drawn between two heights of the window, found by halving the list of
 * blocks: the shown stretch needs whole blocks, not letters. Finding the letter under a point
 * (posAtCoords) measured every character of a long paragraph, 15 ms of each pause in typing.
 */
function blocksBetween(view: EditorView, top: number, bottom: number): { readonly from: number; readonly to: number } | undefined {
  const blocks = view.dom.children;
  const firstEndingBelow = (height: number) => {
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (blocks[middle]!.getBoundingClientRect().bottom < height) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const first = blocks[Math.min(firstEndingBelow(top), blocks.length - 1)];
  const last = blocks[Math.min(firstEndingBelow(bottom), blocks.length - 1)];
  if (!first || !last) return undefined;
  try {
    const from = view.posAtDOM(first, 0);
    const to = view.posAtDOM(last, last.childNodes.length);
    return to >= from ? { from, to } : undefined;
  } catch {
    // An element ProseMirror does not place (a widget another extension drew) leaves the shown stretch as it is.
    return undefined;
  }
}

/** The document positions on screen, or undefined where that cannot be told (no layout, editor out of view). */
function visibleRange(view: EditorView): { readonly from: number; readonly to: number } | undefined {
  const box = view.dom.getBoundingClientRect();
  const viewportHeight = view.dom.ownerDocument.defaultView?.innerHeight ?? 0;
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, viewportHeight);
  if (bottom - top < 2) return undefined;
  return blocksBetween(view, top, bottom);
}

/** Findings after typing: kept where the text around them is untouched, dropped where it changed. */
function mapFindings(transaction: Transaction, touched: readonly [number, number][], findings: readonly DocumentFinding[]): DocumentFinding[] {
  return findings.flatMap((finding) => {
    const from = transaction.mapping.map(finding.position.from, 1);
    const to = transaction.mapping.map(finding.position.to, -1);
    if (to < from || touched.some(([start, end]) => start <= to && end >= from)) return [];
    return [{ ...finding, position: { from, to } }];
  });
}

/**
 * Spelling and Arabic style findings as decorations: they never enter the document or its exports.
 * After typing rests, only paragraphs that changed are sent to the proofer (a Web Worker); the
 * others keep their answer, remembered by their unchanged ProseMirror node.
 */
export const Proofing = Extension.create<ProofingOptions>({
  name: 'proofing',

  addOptions() {
    return { proofer: undefined, describe: (finding) => finding.rule, delay: 400, preferredDigits: () => 'western', openMenu: () => undefined };
  },

  addCommands() {
    return {
      replaceFinding:
        (finding, replacement) =>
        ({ state, tr, dispatch }) => {
          const { from, to } = finding.position;
          if (to > state.doc.content.size || state.doc.textBetween(from, to, '\n', '\n') !== finding.text) return false;
          if (dispatch) dispatch(replacement === '' ? tr.delete(from, to) : tr.insertText(replacement, from, to));
          return true;
        },
      ignoreFinding:
        (finding) =>
        ({ tr, dispatch }) => {
          if (dispatch) dispatch(tr.setMeta(proofingPluginKey, { kind: 'ignore', finding } satisfies ProofingMeta));
          return true;
        },
      reproof:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) dispatch(tr.setMeta(proofingPluginKey, { kind: 'reproof' } satisfies ProofingMeta));
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const { proofer, describe, delay, preferredDigits, openMenu } = this.options;
    return [
      new Plugin<ProofingState>({
        key: proofingPluginKey,
        state: {
          init: () => emptyState,
          apply: (transaction, previous) => {
            const meta = transaction.getMeta(proofingPluginKey) as ProofingMeta | undefined;
            let next = previous;
            if (transaction.docChanged) {
              const touched = changedRanges(transaction);
              let decorations = previous.decorations.map(transaction.mapping, transaction.doc);
              for (const [start, end] of touched) decorations = decorations.remove(decorations.find(start, end));
              const ignored = previous.ignored.map((range) => ({ from: transaction.mapping.map(range.from, 1), to: transaction.mapping.map(range.to, -1) })).filter((range) => range.to > range.from);
              const shown = previous.shown && { from: transaction.mapping.map(previous.shown.from, -1), to: transaction.mapping.map(previous.shown.to, 1) };
              next = { ...previous, findings: mapFindings(transaction, touched, previous.findings), ignored, decorations, shown };
            }
            if (!meta) return next;
            switch (meta.kind) {
              case 'proofed': {
                const findings = meta.findings.filter((finding) => !isIgnored(finding, next.ignored));
                return { ...next, findings, decorations: decorate(transaction.doc, findings, describe, next.shown) };
              }
              case 'ignore': {
                const ignored = [...next.ignored, meta.finding.position];
                const findings = next.findings.filter((finding) => !isIgnored(finding, ignored));
                return { ...next, ignored, findings, decorations: decorate(transaction.doc, findings, describe, next.shown) };
              }
              case 'reproof':
                return { ...next, generation: next.generation + 1 };
              case 'show':
                return { ...next, shown: meta.shown, decorations: decorate(transaction.doc, next.findings, describe, meta.shown) };
              default:
                return assertNever(meta);
            }
          },
        },
        props: {
          decorations: (state) => proofingStateOf(state).decorations,
          handleDOMEvents: {
            contextmenu: (view, event) => {
              const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
              const finding = at && findingAt(view.state, at.pos);
              if (!finding) return false;
              event.preventDefault();
              openMenu(finding, { x: event.clientX, y: event.clientY });
              return true;
            },
          },
          handleKeyDown: (view, event) => {
            if (event.key !== 'ContextMenu' && !(event.shiftKey && event.key === 'F10')) return false;
            const finding = findingAt(view.state, view.state.selection.from);
            if (!finding) return false;
            event.preventDefault();
            const caret = view.coordsAtPos(finding.position.from);
            openMenu(finding, { x: caret.left, y: caret.bottom });
            return true;
          },
        },
        view: (editorView) => {
          if (!proofer) return {};
          let proofed = new WeakMap<ProseMirrorNode, ProofedText>();
          let afterProofed = () => undefined as void;
          let timer: ReturnType<typeof setTimeout> | undefined;
          let destroyed = false;
          let running = false;
          let again = false;
          const run = async (view: EditorView) => {
            if (running) {
              again = true;
              return;
            }
            running = true;
            try {
              const waiting = textBlocksWithPositions(view.state.doc).filter((block) => !proofed.has(block.node));
              if (waiting.length > 0) {
                const answering = proofed;
                const answers = await proofer.proofBlocks(waiting.map((block) => ({ text: textOf(block.node), body: true })));
                // Answers under settings or word lists that changed meanwhile are dropped; the next run asks again.
                if (answering !== proofed) {
                  again = true;
                  return;
                }
                answers.forEach((answer, index) => proofed.set(waiting[index]!.node, answer));
              }
              if (destroyed) return;
              // Placed on the document as it is now: paragraphs typed in meanwhile wait for the next run.
              const blocks = textBlocksWithPositions(view.state.doc).filter((block) => proofed.has(block.node));
              const texts = blocks.map((block) => textOf(block.node));
              const digits = mixedDigits(
                texts,
                blocks.map((block) => proofed.get(block.node)!.digitRuns),
                preferredDigits(),
              );
              const findings = blocks.flatMap((block, index) =>
                [...proofed.get(block.node)!.findings, ...digits[index]!]
                  .sort((first, second) => first.from - second.from)
                  .map((finding): DocumentFinding => ({ ...finding, id: (findingsMade += 1), position: { from: block.start + finding.from, to: block.start + finding.to } })),
              );
              view.dispatch(view.state.tr.setMeta(proofingPluginKey, { kind: 'proofed', findings } satisfies ProofingMeta).setMeta('addToHistory', false));
              afterProofed();
            } catch {
              // A worker that failed leaves the text unmarked; typing goes on.
            } finally {
              running = false;
              if (again && !destroyed) {
                again = false;
                schedule(view, 0);
              }
            }
          };
          const schedule = (view: EditorView, wait: number) => {
            clearTimeout(timer);
            timer = setTimeout(() => void run(view), wait);
          };
          // Underlines follow the screen: when what is visible nears the edge of the underlined stretch, it moves.
          const page = editorView.dom.ownerDocument.defaultView;
          let following = false;
          const follow = () => {
            following = false;
            const visible = visibleRange(editorView);
            if (!visible || destroyed) return;
            const { shown } = proofingStateOf(editorView.state);
            const size = editorView.state.doc.content.size;
            const roomAbove = shown && (shown.from === 0 || visible.from - shown.from >= shownMargin / 2);
            const roomBelow = shown && (shown.to >= size || shown.to - visible.to >= shownMargin / 2);
            if (roomAbove && roomBelow) return;
            const wanted = { from: Math.max(0, visible.from - shownMargin), to: Math.min(size, visible.to + shownMargin) };
            editorView.dispatch(editorView.state.tr.setMeta(proofingPluginKey, { kind: 'show', shown: wanted } satisfies ProofingMeta).setMeta('addToHistory', false));
          };
          const onScroll = () => {
            if (following || !page) return;
            following = true;
            page.requestAnimationFrame(follow);
          };
          editorView.dom.ownerDocument.addEventListener('scroll', onScroll, { capture: true, passive: true });
          afterProofed = follow;
          schedule(editorView, 0);
          return {
            update: (view, previousState) => {
              if (proofingStateOf(view.state).generation !== proofingStateOf(previousState).generation) {
                proofed = new WeakMap();
                schedule(view, 0);
              } else if (view.state.doc !== previousState.doc) {
                schedule(view, delay);
              }
            },
            destroy: () => {
              destroyed = true;
              clearTimeout(timer);
              editorView.dom.ownerDocument.removeEventListener('scroll', onScroll, { capture: true });
            },
          };
        },
      }),
    ];
  },
});
