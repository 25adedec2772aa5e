import path from 'node:path';
import * as z from 'zod';
import { ArticleIdSchema, type ArticleId } from '../../core/article/article-schema';
import { atomicWriteFile } from '../storage/atomic-write-file';
import { realFileSystem, type FileSystem } from '../storage/file-system';

const ConflictMarksFileSchema = z.record(ArticleIdSchema, z.object({ at: z.string() }));

/**
 * The stories whose desk sync found two versions edited apart, on this machine: the other version
 * is in their History here, and the mark stays until the journalist resolves it. Kept in
 * <data>/sync/conflicts.json, beside the sync database and never replicated — a mark that travelled
 * with the story would itself have to be merged, and the other version is in this machine's History only.
 */
export class ConflictMarks {
  private readonly fileSystem: FileSystem;

  constructor(
    private readonly dataDirectory: string,
    fileSystem?: FileSystem,
  ) {
    this.fileSystem = fileSystem ?? realFileSystem;
  }

  private get filePath(): string {
    return path.join(this.dataDirectory, 'sync', 'conflicts.json');
  }

  /** The marked stories, oldest mark first; a missing or unreadable file marks none. */
  async list(): Promise<ArticleId[]> {
    return Object.entries(await this.read())
      .sort(([, first], [, second]) => first.at.localeCompare(second.at))
      .map(([id]) => id);
  }

  /** Marks stories found in conflict (read again just before writing: another process may have marked others). */
  async mark(ids: readonly ArticleId[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    const marks = await this.read();
    for (const id of ids) marks[id] = { at: at.toISOString() };
    await this.write(marks);
  }

  /** Clears a story's mark; reports whether it had one. */
  async resolve(id: ArticleId): Promise<boolean> {
    const marks = await this.read();
    if (!(id in marks)) return false;
    delete marks[id];
    await this.write(marks);
    return true;
  }

  private async read(): Promise<Record<ArticleId, { at: string }>> {
    try {
      const parsed = ConflictMarksFileSchema.safeParse(JSON.parse(await this.fileSystem.readFile(this.filePath, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  private async write(marks: Record<ArticleId, { at: string }>): Promise<void> {
    await this.fileSystem.mkdir(path.dirname(this.filePath), { recursive: true });
    await atomicWriteFile(this.fileSystem, this.filePath, JSON.stringify(marks, null, 2));
  }
}
