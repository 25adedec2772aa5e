import { Extension, type CommandProps } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { convertDigits, type DigitStyle } from '../text/convert-digits';
import { fixPunctuationSpacing } from '../text/fix-punctuation-spacing';
import { guillemetQuotes } from '../text/guillemet-quotes';
import { removeTatweel } from '../text/remove-tatweel';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    arabicTypography: {
      /** Rewrites digits in the selection (or the whole article) as Western or Arabic-Indic. */
      convertDigits: (style: DigitStyle) => ReturnType;
      /** Turns straight double quotes into «». */
      useGuillemets: () => ReturnType;
      /** Removes tatweel. */
      removeTatweel: () => ReturnType;
      /** Removes spaces before punctuation and doubled spaces. */
      fixPunctuationSpacing: () => ReturnType;
    };
  }
}

type BlockRewrite = (texts: readonly string[]) => readonly string[];

/**
 * Applies a text rewrite to every text node in the selection (or the document when nothing is
 * selected), block by block so quote pairing spans marks, in one transaction: one undo step.
 */
function rewriteText(transaction: Transaction, document: ProseMirrorNode, from: number, to: number, rewrite: BlockRewrite): boolean {
  const pieces: Array<{ block: number; from: number; to: number; text: string; node: ProseMirrorNode }> = [];
  let block = -1;
  document.nodesBetween(from, to, (node, position) => {
    if (node.isTextblock) block += 1;
    if (!node.isText || !node.text) return true;
    const start = Math.max(from, position);
    const end = Math.min(to, position + node.nodeSize);
    pieces.push({ block, from: start, to: end, text: node.text.slice(start - position, end - position), node });
    return false;
  });
  const rewritten: string[] = [];
  for (let index = 0; index < pieces.length; ) {
    const blockIndex = pieces[index]?.block;
    const group = pieces.filter((piece) => piece.block === blockIndex);
    rewritten.push(...rewrite(group.map((piece) => piece.text)));
    index += group.length;
  }
  let changed = false;
  for (let index = pieces.length - 1; index >= 0; index -= 1) {
    const piece = pieces[index];
    const text = rewritten[index];
    if (!piece || text === undefined || text === piece.text) continue;
    changed = true;
    if (text.length === 0) transaction.delete(piece.from, piece.to);
    else transaction.replaceWith(piece.from, piece.to, document.type.schema.text(text, piece.node.marks));
  }
  return changed;
}

function perPiece(rewrite: (text: string) => string): BlockRewrite {
  return (texts) => texts.map(rewrite);
}

const guillemetBlock: BlockRewrite = (texts) => {
  let open = false;
  return texts.map((text) => {
    const result = guillemetQuotes(text, open);
    open = result.open;
    return result.text;
  });
};

const punctuationStart = /^[،؛؟.,:!?»)]/;

// A space before punctuation can sit at the seam of two marks ("قال **مهم** ،"), so each piece
// also looks at the start of the next one.
const spacingBlock: BlockRewrite = (texts) =>
  texts.map((text, index) => {
    const fixed = fixPunctuationSpacing(text);
    const next = texts[index + 1];
    return next !== undefined && punctuationStart.test(next) ? fixed.replace(/[ \u00A0\t]+$/, '') : fixed;
  });

/** The Arabic newsroom's clean-up helpers, each one undoable step. */
export const ArabicTypography = Extension.create({
  name: 'arabicTypography',

  addCommands() {
    const command =
      (rewrite: BlockRewrite) =>
      () =>
      ({ tr, state, dispatch }: CommandProps) => {
        const { from, to, empty } = state.selection;
        const changed = empty
          ? rewriteText(tr, state.doc, 0, state.doc.content.size, rewrite)
          : rewriteText(tr, state.doc, from, to, rewrite);
        // Its own history group, so undo takes back this helper and not the typing just before it.
        if (changed && dispatch) dispatch(closeHistory(tr));
        return changed;
      };
    return {
      convertDigits: (style: DigitStyle) => command(perPiece((text) => convertDigits(text, style)))(),
      useGuillemets: command(guillemetBlock),
      removeTatweel: command(perPiece(removeTatweel)),
      fixPunctuationSpacing: command(spacingBlock),
    };
  },
});
