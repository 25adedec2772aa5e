import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DocumentFinding } from '../../../core/document/proofing';
import type { Proofer } from '../../../core/proofing/proofer';
import type { WordListName } from '../../../core/proofing/word-list-names';
import { MenuList, type MenuItem } from '../editor/MenuList';
import { useText } from '../i18n/text-context';
import { interfaceTextAttributes } from '../i18n/interface-text-attributes';

export interface ProofingMenuActions {
  readonly replace: (finding: DocumentFinding, replacement: string) => void;
  readonly ignore: (finding: DocumentFinding) => void;
  readonly ignoreInArticle: (word: string) => void;
  readonly addWord: (list: WordListName, word: string) => void;
}

interface ProofingMenuProps {
  readonly finding: DocumentFinding;
  /** Where to open, in viewport pixels: the pointer, or the caret for the keyboard. */
  readonly at: { readonly x: number; readonly y: number };
  readonly proofer: Proofer;
  readonly actions: ProofingMenuActions;
  /** Closed: focus goes back to the text. */
  readonly onClose: () => void;
}

const maximumOffered = 6;

/** The menu on a marked word: the dictionary's suggestions or the style rule's fix, then ignore and add-to-dictionary. */
export function ProofingMenu({ finding, at, proofer, actions, onClose }: ProofingMenuProps) {
  const messages = useText();
  const text = messages.proofing;
  const container = useRef<HTMLDivElement>(null);
  const [suggestions, setSuggestions] = useState<readonly string[] | undefined>(finding.kind === 'spelling' ? undefined : []);
  const [top, setTop] = useState(at.y);

  // Kept inside the window: near the bottom edge the menu opens upwards. The suggestions arrive a
  // moment after it opens: the menu then grows upwards, so the items below them (ignore, add to a
  // dictionary) stay under the pointer that may be reaching for one.
  const shown = useRef<{ readonly at: typeof at; readonly height: number } | undefined>(undefined);
  useLayoutEffect(() => {
    const height = container.current?.getBoundingClientRect().height ?? 0;
    const grown = shown.current?.at === at ? height - shown.current.height : 0;
    shown.current = { at, height };
    setTop((current) => {
      if (grown !== 0) return Math.max(8, current - grown);
      return at.y + height > window.innerHeight - 8 ? Math.max(8, window.innerHeight - height - 8) : at.y;
    });
  }, [at, suggestions]);

  useEffect(() => {
    if (finding.kind !== 'spelling') return;
    let current = true;
    proofer.suggest(finding.text, finding.rule).then(
      (found) => current && setSuggestions(found),
      () => current && setSuggestions([]),
    );
    return () => {
      current = false;
    };
  }, [finding, proofer]);

  useEffect(() => {
    const closeOutside = (event: MouseEvent) => {
      if (!container.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', closeOutside);
    window.addEventListener('resize', onClose);
    return () => {
      document.removeEventListener('mousedown', closeOutside);
      window.removeEventListener('resize', onClose);
    };
  }, [onClose]);

  let items: MenuItem[];
  if (finding.kind === 'spelling') {
    const offered: MenuItem[] =
      suggestions === undefined
        ? [{ label: text.suggestionsLoading, run: () => undefined, disabled: true }]
        : suggestions.length === 0
          ? [{ label: text.noSuggestions, run: () => undefined, disabled: true }]
          : suggestions.slice(0, maximumOffered).map((suggestion) => ({ label: suggestion, run: () => actions.replace(finding, suggestion) }));
    items = [
      ...offered,
      { label: text.ignore, run: () => actions.ignore(finding), separated: true },
      { label: text.ignoreInArticle, run: () => actions.ignoreInArticle(finding.text) },
      { label: text.addToPersonal, run: () => actions.addWord('personal', finding.text) },
      { label: text.addToDesk, run: () => actions.addWord('desk', finding.text) },
    ];
  } else {
    items = [
      { label: finding.replacement === '' ? text.remove : text.replaceWith(finding.replacement.trim() || finding.replacement), run: () => actions.replace(finding, finding.replacement) },
      { label: text.ignore, run: () => actions.ignore(finding), separated: true },
    ];
  }

  const heading = finding.kind === 'spelling' ? text.spelling[finding.rule] : text.rules[finding.rule];
  return (
    <div ref={container} className="proofing-menu" style={{ top, left: at.x }} {...interfaceTextAttributes(messages)}>
      <p className="proofing-menu-heading">{heading}</p>
      <MenuList items={items} label={text.menu} className="proofing-menu-list" onEscape={onClose} onClose={onClose} />
    </div>
  );
}
