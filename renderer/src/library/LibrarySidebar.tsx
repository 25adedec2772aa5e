import { useRef } from 'react';
import type { TagUsage } from '../../../core/api/api-contract';
import { articleStatuses, type ArticleSummary } from '../../../core/article/article-schema';
import { isSearching, type LibraryFilter, type LibrarySearch, type SearchSort } from '../stores/library-store';
import { SearchResults } from './SearchResults';
import { ArticleList } from './ArticleList';
import { DeskSyncLine } from '../sync/DeskSyncLine';
import type { DeskSyncView } from '../sync/use-desk-sync';
import { useText } from '../i18n/text-context';
import './library.css';
import { fieldDirection } from '../../../core/text/field-direction';
import type { DeskMarks } from './desk-marks';
import { firstClickOnly } from '../app/first-click-only';
import { ToolIcon } from '../editor/ToolIcon';


interface LibrarySidebarProps {
  readonly articles: readonly ArticleSummary[];
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onDelete: (id: string) => void;
  readonly checked: ReadonlySet<string>;
  readonly onCheck: (checked: ReadonlySet<string>) => void;
  readonly filter: LibraryFilter;
  readonly onFilter: (filter: LibraryFilter) => void;
  readonly knownTags: readonly TagUsage[];
  /** Everyone an article is or can be assigned to, for the assignee filter. */
  readonly people: readonly string[];
  readonly onExport: (ids: readonly string[]) => void;
  /** Moves the ticked stories to the trash, with one Undo. */
  readonly onTrash: (ids: readonly string[]) => void;
  readonly search: LibrarySearch;
  readonly onQuery: (query: string) => void;
  readonly onSort: (sort: SearchSort | '') => void;
  readonly onNarrow: (narrowing: Partial<Pick<LibrarySearch, 'section' | 'language' | 'from' | 'to'>>) => void;
  /** The sections to narrow by (settings and articles). */
  readonly sections: readonly string[];
  readonly deskSync: DeskSyncView;
  readonly deskMarks: DeskMarks;
}

/** The library list: filters, selection for batch export or the trash, newest first, delete per article. */
export function LibrarySidebar({ articles, selectedId, onSelect, onDelete, checked, onCheck, filter, onFilter, knownTags, people, onExport, onTrash, search, onQuery, onSort, onNarrow, sections, deskSync, deskMarks }: LibrarySidebarProps) {
  const text = useText();
  const focusSearch = () => document.getElementById('library-search')?.focus();
  const searching = isSearching(search);
  const narrowed = search.section !== '' || search.language !== '' || search.from !== '' || search.to !== '';
  const visibleChecked = checked.size === 0 ? [] : articles.filter((article) => checked.has(article.id)).map((article) => article.id);
  const allChecked = articles.length > 0 && visibleChecked.length === articles.length;
  // Shift+click ticks (or unticks) every story from the one ticked last to this one, as in a mail list.
  const lastToggled = useRef<string | undefined>(undefined);
  const toggle = (id: string, extend: boolean) => {
    const next = new Set(checked);
    const ticking = !next.has(id);
    const at = articles.findIndex((article) => article.id === id);
    const from = extend && lastToggled.current !== undefined ? articles.findIndex((article) => article.id === lastToggled.current) : -1;
    const range = from >= 0 && at >= 0 ? articles.slice(Math.min(from, at), Math.max(from, at) + 1).map((article) => article.id) : [id];
    for (const each of range) {
      if (ticking) next.add(each);
      else next.delete(each);
    }
    lastToggled.current = id;
    onCheck(next);
  };
  return (
    <nav id="library" className="sidebar" aria-label={text.library}>
      <h2 className="sidebar-title">{text.library}</h2>
      <DeskSyncLine sync={deskSync} />
      <div className="library-search">
        <input
          id="library-search"
          type="search"
          aria-label={text.search.label}
          placeholder={text.search.placeholder}
          dir={fieldDirection(search.query, text.direction)}
          value={search.query}
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && search.query) {
              event.preventDefault();
              onQuery('');
            } else if (event.key === 'ArrowDown') {
              // Into the results, or the list: at the open story if it is in view, else at the first row drawn.
              event.preventDefault();
              const into = document.querySelector('.search-hit-open') ?? document.querySelector('.article-item-open[aria-current="true"]') ?? document.querySelector('.article-item-open');
              if (into instanceof HTMLElement) into.focus();
            }
          }}
        />
      </div>
      <div className="library-filters">
        <select aria-label={text.exporting.filterStatus} value={filter.status} onChange={(event) => onFilter({ ...filter, status: event.target.value as LibraryFilter['status'] })}>
          <option value="">{text.exporting.allStatuses}</option>
          {articleStatuses.map((status) => (
            <option key={status} value={status}>{text.status[status]}</option>
          ))}
        </select>
        <select aria-label={text.exporting.filterTag} value={filter.tag} onChange={(event) => onFilter({ ...filter, tag: event.target.value })}>
          <option value="">{text.exporting.allTags}</option>
          {knownTags.map((usage) => (
            <option key={usage.tag} value={usage.tag}>{usage.tag}</option>
          ))}
        </select>
        {people.length > 0 && (
          <select aria-label={text.workflow.filterAssignee} value={filter.assignee} onChange={(event) => onFilter({ ...filter, assignee: event.target.value })}>
            <option value="">{text.workflow.anyone}</option>
            {people.map((person) => (
              <option key={person} value={person}>{person}</option>
            ))}
          </select>
        )}
      </div>
      <details className="library-narrowing" open={narrowed || undefined}>
        <summary>{text.search.more}</summary>
        <div className="library-filters">
          <select aria-label={text.exporting.filterSection} value={search.section} onChange={(event) => onNarrow({ section: event.target.value })}>
            <option value="">{text.search.anySection}</option>
            {sections.map((section) => <option key={section} value={section}>{section}</option>)}
          </select>
          <select aria-label={text.exporting.filterLanguage} value={search.language} onChange={(event) => onNarrow({ language: event.target.value })}>
            <option value="">{text.search.anyLanguage}</option>
            <option value="ar">العربية</option>
            <option value="en">English</option>
          </select>
          <label className="narrow-date">
            <span>{text.search.from}</span>
            <input type="date" value={search.from} onChange={(event) => onNarrow({ from: event.target.value })} />
          </label>
          <label className="narrow-date">
            <span>{text.search.to}</span>
            <input type="date" value={search.to} onChange={(event) => onNarrow({ to: event.target.value })} />
          </label>
        </div>
      </details>
      <div className="library-selection">
        <label className="check">
          <input type="checkbox" checked={allChecked} onChange={() => onCheck(allChecked ? new Set() : new Set([...checked, ...articles.map((article) => article.id)]))} />
          {text.exporting.selectAll}
        </label>
        <span className="library-selection-actions">
          <button type="button" className="button" disabled={visibleChecked.length === 0} onClick={() => onExport(visibleChecked)}>
            {text.exporting.exportSelected(visibleChecked.length)}
          </button>
          <button
            type="button"
            className="icon-button"
            disabled={visibleChecked.length === 0}
            aria-label={text.exporting.trashSelected(visibleChecked.length)}
            title={text.exporting.trashSelected(visibleChecked.length)}
            onClick={firstClickOnly(() => onTrash(visibleChecked))}
          >
            <ToolIcon name="trash" />
          </button>
        </span>
      </div>
      {searching ? (
        <SearchResults search={search} selectedId={selectedId} onSelect={onSelect} onSort={onSort} onLeaveTop={focusSearch} />
      ) : articles.length === 0 ? (
        <p className="muted">{text.noArticles}</p>
      ) : (
        <ArticleList articles={articles} selectedId={selectedId} onSelect={onSelect} onDelete={onDelete} checked={checked} onToggle={toggle} deskMarks={deskMarks} onLeaveTop={focusSearch} />
      )}
    </nav>
  );
}
