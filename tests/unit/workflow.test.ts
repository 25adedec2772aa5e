import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleStatuses, type Article, type ArticleStatus } from '../../core/article/article-schema';
import { canMoveStatus } from '../../core/workflow/can-move-status';
import { isUnderEmbargo } from '../../core/workflow/is-under-embargo';
import { statusAfterEdit } from '../../core/workflow/status-after-edit';
import { ArticleLibrary } from '../../services/library/article-library';
import { temporaryDirectory } from '../support/temporary-directory';

const allowed: ReadonlyArray<readonly [ArticleStatus, ArticleStatus]> = [
  ['draft', 'in-review'],
  ['in-review', 'draft'],
  ['in-review', 'approved'],
  ['approved', 'in-review'],
  ['approved', 'exported'],
  ['exported', 'in-review'],
];
const isAllowed = (from: ArticleStatus, to: ArticleStatus) => allowed.some(([allowedFrom, allowedTo]) => allowedFrom === from && allowedTo === to);
const everyMove = articleStatuses.flatMap((from) => articleStatuses.map((to) => [from, to] as const));

describe('the status machine', () => {
  it.each(everyMove.filter(([from, to]) => isAllowed(from, to)))('allows %s → %s', (from, to) => {
    expect(canMoveStatus(from, to)).toBe(true);
  });

  it.each(everyMove.filter(([from, to]) => !isAllowed(from, to)))('refuses %s → %s', (from, to) => {
    expect(canMoveStatus(from, to)).toBe(false);
  });

  it('sends approved and published copy back to review when it is edited, and leaves drafts and copy in review alone', () => {
    expect(articleStatuses.map((status) => [status, statusAfterEdit(status)])).toEqual([
      ['draft', 'draft'],
      ['in-review', 'in-review'],
      ['approved', 'in-review'],
      ['exported', 'in-review'],
    ]);
  });
});

describe('the embargo gate', () => {
  const at = (embargo: string) => ({ embargo });
  it('holds an article until its embargo moment and lets it go from then on', () => {
    expect(isUnderEmbargo(at('2026-12-01T08:00:00+03:00'), new Date('2026-12-01T04:59:59Z'))).toBe(true);
    expect(isUnderEmbargo(at('2026-12-01T08:00:00+03:00'), new Date('2026-12-01T05:00:00Z'))).toBe(false);
    expect(isUnderEmbargo(at(''), new Date(0))).toBe(false);
  });
});

describe('the workflow in the library', () => {
  let directory: { path: string; remove: () => Promise<void> };
  let library: ArticleLibrary;
  let time = Date.UTC(2026, 10, 29, 9);
  beforeEach(async () => {
    directory = await temporaryDirectory('newsroom-workflow-');
    library = new ArticleLibrary({ directory: directory.path, now: () => new Date((time += 60_000)) });
    await library.open();
  });
  afterEach(() => directory.remove());

  const valueOf = <Value>(result: { ok: true; value: Value } | { ok: false; error: { message: string } }): Value => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const approved = async (): Promise<Article> => {
    let article = valueOf(await library.create({ headline: 'خبر للمراجعة' }));
    article = valueOf(await library.changeStatus(article.id, article.revision, 'in-review', 'سامر'));
    return valueOf(await library.changeStatus(article.id, article.revision, 'approved', 'ليلى'));
  };

  it('records who moved an article and when, and refuses a move the workflow does not allow', async () => {
    const article = await approved();
    expect(article.statusHistory).toEqual([
      { status: 'in-review', by: 'سامر', at: expect.any(String), reason: 'moved' },
      { status: 'approved', by: 'ليلى', at: expect.any(String), reason: 'moved' },
    ]);
    const refused = await library.changeStatus(article.id, article.revision, 'draft', 'ليلى');
    expect(refused).toMatchObject({ ok: false, error: { code: 'status-move-refused' } });
    const stale = await library.changeStatus(article.id, article.revision - 1, 'in-review', 'ليلى');
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(valueOf(await library.get(article.id))).toMatchObject({ status: 'approved', revision: article.revision });
  });

  it('sends approved copy back to review when the copy changes, not when the note or assignee does', async () => {
    const article = await approved();
    const noted = valueOf(await library.save(article.id, article.revision, { editorialNote: 'راجِع الأرقام', assignee: 'ليلى' }, { by: 'سامر' }));
    expect(noted.status).toBe('approved');
    const edited = valueOf(await library.save(noted.id, noted.revision, { headline: 'خبر معدّل بعد الاعتماد' }, { by: 'سامر' }));
    expect(edited.status).toBe('in-review');
    expect(edited.statusHistory.at(-1)).toEqual({ status: 'in-review', by: 'سامر', at: edited.updatedAt, reason: 'edited' });
  });

  it('never takes a status from a save', async () => {
    const article = valueOf(await library.create({ headline: 'مسودة' }));
    const sneaked = await library.save(article.id, article.revision, { status: 'approved' } as never);
    expect(sneaked).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
