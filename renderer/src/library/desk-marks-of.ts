import type { DeskSyncStatus } from '../../../core/api/api-contract';
import type { EditedBy } from '../../../core/article/article-schema';
import type { DeskMarks } from './desk-marks';

/** The desk's marks on the library from the conflicts listed and the stories desk sync says are open elsewhere. */
export function deskMarksOf(conflicts: ReadonlySet<string>, editing: DeskSyncStatus['editing'] | undefined, thisMachine: string): DeskMarks {
  const openElsewhere = new Map<string, EditedBy[]>();
  for (const { id, name, machine } of editing ?? []) openElsewhere.set(id, [...(openElsewhere.get(id) ?? []), { name, machine }]);
  return { conflicts, openElsewhere, thisMachine };
}
