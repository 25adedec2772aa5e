import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArticleSummary } from '../../../core/article/article-schema';
import type { DeskMarks } from './desk-marks';
import { ArticleRow } from './ArticleRow';

interface ArticleListProps {
  readonly articles: readonly ArticleSummary[];
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onDelete: (id: string) => void;
  readonly checked: ReadonlySet<string>;
  readonly onToggle: (id: string, extend: boolean) => void;
  readonly deskMarks: DeskMarks;
  /** Arrow up from the first story goes back to the search box. */
  readonly onLeaveTop: () => void;
}

/** A one-line headline with its status line; longer headlines wrap and are measured. */
const estimatedRowHeight = 58;

/** The list as last seen while it holds the same stories in the same places. */
function useSameOrder(articles: readonly ArticleSummary[]): readonly ArticleSummary[] {
  const held = useRef(articles);
  const previous = held.current;
  if (previous !== articles && (previous.length !== articles.length || articles.some((article, index) => article.id !== previous[index]!.id))) held.current = articles;
  return held.current;
}

/** The button that opens the story at an index of the list, when its row is in the page. */
function openButtonAt(list: HTMLElement | null, index: number): HTMLButtonElement | null {
  return list?.querySelector<HTMLButtonElement>(`li[data-index="${index}"] .article-item-open`) ?? null;
}

/**
 * The library's articles, newest first. Only the rows in view (and a few around them) are in the
 * page, so a library of 10,000 stories renders as fast as one of twenty. The arrow keys, Home and
 * End move between the stories, as in a mail list; Enter opens one, Delete moves it to the trash.
 */
export function ArticleList({ articles, selectedId, onSelect, onDelete, checked, onToggle, deskMarks, onLeaveTop }: ArticleListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The handlers the rows call stay the same functions while the window draws new ones each time:
  // a row whose story did not change is not drawn again.
  const handlers = useRef({ onSelect, onDelete, onToggle });
  handlers.current = { onSelect, onDelete, onToggle };
  const [select, remove, toggle] = useMemo(
    () => [(id: string) => handlers.current.onSelect(id), (id: string) => handlers.current.onDelete(id), (id: string, extend: boolean) => handlers.current.onToggle(id, extend)] as const,
    [],
  );
  const ordered = useSameOrder(articles);
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedRowHeight,
    // The same function while the stories keep their places (a save changes a story, not where it
    // is): a new one makes the virtualiser measure all 10,000 rows again.
    getItemKey: useCallback((index: number) => ordered[index]!.id, [ordered]),
    overscan: 8,
  });
  const selectedIndex = articles.findIndex((article) => article.id === selectedId);
  // An article opened from elsewhere (search, a new draft, an import) is brought into view.
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  // A row moved to that is not in the page yet (End in 10,000 stories) is focused once it is drawn.
  const focusWhenDrawn = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (focusWhenDrawn.current === undefined) return;
    const button = openButtonAt(scroller.current, focusWhenDrawn.current);
    if (!button) return;
    focusWhenDrawn.current = undefined;
    button.focus();
  });
  const moveTo = (index: number) => {
    const button = openButtonAt(scroller.current, index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
    if (button) button.focus({ preventScroll: true });
    else focusWhenDrawn.current = index;
  };
  // Delete on a story: once it has left the list, the story after it (or before, at the end) has focus.
  const focusAfterRemoval = useRef<{ readonly removed: string; readonly next: string | undefined } | undefined>(undefined);
  useEffect(() => {
    const pending = focusAfterRemoval.current;
    if (!pending || articles.some((article) => article.id === pending.removed)) return;
    focusAfterRemoval.current = undefined;
    const index = articles.findIndex((article) => article.id === pending.next);
    if (index >= 0) moveTo(index);
    else onLeaveTop();
  });
  return (
    <div className="article-list-scroller" ref={scroller}>
      <ul
        className="article-list article-list--virtual"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={(event) => {
          const row = (event.target as HTMLElement).closest('li[data-index]');
          if (!row || !(event.target as HTMLElement).classList.contains('article-item-open')) return;
          const index = Number(row.getAttribute('data-index'));
          const last = articles.length - 1;
          if (event.key === 'Delete') {
            event.preventDefault();
            focusAfterRemoval.current = { removed: articles[index]!.id, next: (articles[index + 1] ?? articles[index - 1])?.id };
            return remove(articles[index]!.id);
          }
          const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? last : undefined;
          if (next === undefined) return;
          event.preventDefault();
          if (next < 0) onLeaveTop();
          else moveTo(Math.min(next, last));
        }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const article = articles[row.index]!;
          return (
            <ArticleRow
              key={row.key}
              article={article}
              index={row.index}
              total={articles.length}
              start={row.start}
              selected={article.id === selectedId}
              checked={checked.has(article.id)}
              measure={virtualizer.measureElement}
              onSelect={select}
              onDelete={remove}
              onToggle={toggle}
              deskMarks={deskMarks}
            />
          );
        })}
      </ul>
    </div>
  );
}
