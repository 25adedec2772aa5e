import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { FieldRewriteStep, type FieldsRewrite } from './field-rewrite-step';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    fieldRewrite: {
      /** Records a rewrite of the headline and standfirst in the body's history (false when nothing changes). */
      rewriteFields: (rewrite: FieldsRewrite) => ReturnType;
    };
  }
}

/** Lets a body command's transaction carry the headline and standfirst it rewrote, so undo takes back both. */
export const FieldRewrite = Extension.create({
  name: 'fieldRewrite',

  addCommands() {
    return {
      rewriteFields:
        ({ from, to }) =>
        ({ tr, dispatch }) => {
          if (from.headline === to.headline && from.standfirst === to.standfirst) return false;
          if (dispatch) dispatch(closeHistory(tr.step(new FieldRewriteStep(from, to))));
          return true;
        },
    };
  },
});
