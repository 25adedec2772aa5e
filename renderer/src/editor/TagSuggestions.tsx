import { useMemo } from 'react';
import type { TagUsage } from '../../../core/api/api-contract';
import { suggestTags } from '../../../core/search/suggest-tags';
import { useText } from '../i18n/text-context';
import type { EditingSession } from '../stores/editing-session';
import { useStoreSelector } from '../stores/use-store-selector';

interface TagSuggestionsProps {
  readonly session: EditingSession;
  readonly knownTags: readonly TagUsage[];
  readonly tags: readonly string[];
  readonly onAdd: (tag: string) => void;
}

/**
 * Library tags the article's text mentions and it does not carry yet, each a click away. They follow
 * the text as the back end last confirmed it: this renders again after each save on its own, so the
 * editor around it does not (and the saved article needs no serialising). Once the library has tags
 * the row keeps its line when there is nothing to suggest, so a suggestion arriving with a save
 * does not move the fields below it under a pointer on its way to them.
 */
export function TagSuggestions({ session, knownTags, tags, onAdd }: TagSuggestionsProps) {
  const metadata = useText().metadata;
  const saved = useStoreSelector(session, () => session.savedArticle);
  // A library without tags has nothing to suggest: the story's text is not read after each save for nothing.
  const suggested = useMemo(
    () => (knownTags.length === 0 ? [] : suggestTags([saved.headline, saved.standfirst, session.savedBodyText()].join('\n'), knownTags, tags)),
    [session, saved, knownTags, tags],
  );
  if (knownTags.length === 0) return null;
  return (
    <span className="suggested-tags" role="group" aria-label={metadata.suggestedTags}>
      <small className="muted">{metadata.suggestedTags}:</small>
      {suggested.length === 0 && <small className="muted">{metadata.noSuggestedTags}</small>}
      {suggested.map((tag) => (
        <button key={tag} type="button" className="link-button" aria-label={`${metadata.addSuggestedTag}: ${tag}`} onClick={() => onAdd(tag)}>
          + <bdi>{tag}</bdi>
        </button>
      ))}
    </span>
  );
}
