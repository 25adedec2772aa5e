import { useState } from 'react';
import type { TagUsage } from '../../../core/api/api-contract';
import { fieldDirection } from '../../../core/text/field-direction';
import { useFormatNumber } from '../i18n/date-style-context';
import { useText } from '../i18n/text-context';
import './tags.css';
import { firstClickOnly } from '../app/first-click-only';

interface TagsViewProps {
  readonly tags: readonly TagUsage[];
  /** Replaces every spelling in from with to across the library. */
  readonly onRename: (from: readonly string[], to: string) => void;
  /** Back to the library, its list filtered to the stories with this tag. */
  readonly onShowArticles: (tag: string) => void;
  readonly onClose: () => void;
}

/**
 * The library's tag vocabulary: each tag with its count and the spellings that fold to it; rename one,
 * make its variants one spelling, or merge several ticked tags into one — across every article at once.
 */
export function TagsView({ tags, onRename, onShowArticles, onClose }: TagsViewProps) {
  const text = useText();
  const words = text.tags;
  const formatNumber = useFormatNumber();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<{ readonly tag: string; readonly value: string }>();
  const [mergeInto, setMergeInto] = useState('');
  const variantsOf = (names: Iterable<string>) => tags.filter((usage) => [...names].includes(usage.tag)).flatMap((usage) => usage.variants);
  return (
    <section className="tags-view" aria-labelledby="tags-title">
      <header className="trash-header">
        <h2 id="tags-title">{words.title}</h2>
        <button type="button" className="button" onClick={onClose}>{text.backToLibrary}</button>
      </header>
      <p className="muted">{words.hint}</p>
      {ticked.size >= 2 && (
        <form
          className="tags-merge banner"
          onSubmit={(event) => {
            event.preventDefault();
            if (!mergeInto.trim()) return;
            onRename(variantsOf(ticked), mergeInto.trim());
            setTicked(new Set());
            setMergeInto('');
          }}
        >
          <label>
            {words.mergeInto(ticked.size)}{' '}
            <input dir={fieldDirection(mergeInto, text.direction)} value={mergeInto} list="tag-names" onChange={(event) => setMergeInto(event.target.value)} />
          </label>
          <datalist id="tag-names">{[...ticked].map((tag) => <option key={tag} value={tag} />)}</datalist>
          <button type="submit" className="button button--primary" disabled={!mergeInto.trim()}>{words.merge}</button>
        </form>
      )}
      {tags.length === 0 ? (
        <p className="muted">{words.none}</p>
      ) : (
        <table className="tags-table">
          <thead>
            <tr>
              <th scope="col"><span className="visually-hidden">{words.select}</span></th>
              <th scope="col">{words.tag}</th>
              <th scope="col">{words.articles}</th>
              <th scope="col">{words.variants}</th>
              <th scope="col"><span className="visually-hidden">{words.actions}</span></th>
            </tr>
          </thead>
          <tbody>
            {tags.map((usage) => (
              <tr key={usage.tag}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${words.select}: ${usage.tag}`}
                    checked={ticked.has(usage.tag)}
                    onChange={() => {
                      const next = new Set(ticked);
                      if (next.has(usage.tag)) next.delete(usage.tag);
                      else next.add(usage.tag);
                      setTicked(next);
                    }}
                  />
                </td>
                <td dir={fieldDirection(usage.tag, text.direction)}>
                  {editing?.tag === usage.tag ? (
                    <form
                      className="tags-rename"
                      onSubmit={(event) => {
                        event.preventDefault();
                        if (editing.value.trim()) onRename(usage.variants, editing.value.trim());
                        setEditing(undefined);
                      }}
                    >
                      <input aria-label={`${words.rename}: ${usage.tag}`} autoFocus dir={fieldDirection(editing.value, text.direction)} value={editing.value} onChange={(event) => setEditing({ tag: usage.tag, value: event.target.value })} />
                      <button type="submit" className="button button--primary">{text.editor.apply}</button>
                      <button type="button" className="link-button" onClick={() => setEditing(undefined)}>{text.editor.cancel}</button>
                    </form>
                  ) : (
                    usage.tag
                  )}
                </td>
                <td>{formatNumber(usage.count)}</td>
                <td>{usage.variants.length > 1 ? usage.variants.map((variant) => <bdi key={variant} className="tag-variant">{variant}</bdi>) : <span className="muted">—</span>}</td>
                <td>
                  <span className="tags-actions">
                  <button type="button" className="link-button" onClick={() => onShowArticles(usage.tag)} aria-label={`${words.showArticles}: ${usage.tag}`}>{words.showArticles}</button>
                  <button type="button" className="link-button" onClick={() => setEditing({ tag: usage.tag, value: usage.tag })} aria-label={`${words.rename}: ${usage.tag}`}>{words.rename}</button>
                  {usage.variants.length > 1 && (
                    <button type="button" className="link-button" onClick={firstClickOnly(() => onRename(usage.variants, usage.tag))} aria-label={`${words.unify}: ${usage.tag}`}>{words.unify}</button>
                  )}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
