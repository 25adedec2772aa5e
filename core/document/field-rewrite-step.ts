import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Step, StepMap, StepResult } from '@tiptap/pm/transform';

/** The two fields above the body that the Arabic tools and "replace all" rewrite with it. */
export interface HeadlineAndStandfirst {
  readonly headline: string;
  readonly standfirst: string;
}

/** The fields as they were and as a rewrite leaves them. */
export interface FieldsRewrite {
  readonly from: HeadlineAndStandfirst;
  readonly to: HeadlineAndStandfirst;
}

/**
 * A change of the headline and standfirst carried in the body's history: the document is left as it
 * is, but undo inverts the step with the body's own changes, so one Ctrl+Z takes back a whole
 * "replace all" or Arabic tool, fields included. The editor's owner applies it to the fields.
 */
export class FieldRewriteStep extends Step {
  constructor(
    readonly from: HeadlineAndStandfirst,
    readonly to: HeadlineAndStandfirst,
  ) {
    super();
  }

  apply(document: ProseMirrorNode): StepResult {
    return StepResult.ok(document);
  }

  override getMap(): StepMap {
    return StepMap.empty;
  }

  invert(): FieldRewriteStep {
    return new FieldRewriteStep(this.to, this.from);
  }

  map(): FieldRewriteStep {
    return this;
  }

  // Never sent anywhere (no collaboration), so not registered with Step.jsonID to be read back.
  toJSON(): { stepType: string; from: HeadlineAndStandfirst; to: HeadlineAndStandfirst } {
    return { stepType: 'newsroomFieldRewrite', from: this.from, to: this.to };
  }
}
