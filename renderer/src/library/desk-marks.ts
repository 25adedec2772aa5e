import type { EditedBy } from '../../../core/article/article-schema';

/** What desk sync says about the library's stories, for the list and the open editor. */
export interface DeskMarks {
  /** Stories in conflict after desk sync, marked until resolved. */
  readonly conflicts: ReadonlySet<string>;
  /** Stories open on other machines now (their heartbeat is fresh): by whom, on which machine. */
  readonly openElsewhere: ReadonlyMap<string, readonly EditedBy[]>;
  /** The name this machine signs its edits with: an edit signed by another machine is shown as such. */
  readonly thisMachine: string;
}
