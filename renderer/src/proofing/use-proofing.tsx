import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { findingById, Proofing, proofingStateOf, type DocumentFinding } from '../../../core/document/proofing';
import type { ProofingFinding } from '../../../core/proofing/proofing-finding';
import { proofingConfiguration } from '../../../core/proofing/proofing-configuration';
import type { SpellingLanguage } from '../../../core/proofing/style-rule-names';
import type { WordListName } from '../../../core/proofing/word-list-names';
import type { DateStyle, ProofingSettings } from '../../../core/settings/settings-schema';
import { useText } from '../i18n/text-context';
import type { ArticleFields } from '../editor/article-fields';
import type { WordLists } from '../stores/workspace-store';
import { ProofingMenu } from './ProofingMenu';
import type { PanelFinding } from './ProofingPanel';
import { workerProofer } from './worker-proofer';

type Menu = { readonly finding: DocumentFinding; readonly at: { readonly x: number; readonly y: number } };

/** The proofing extension for a new editor, and the worker it talks to (none for a read-only article). */
export function useProofingExtension(readOnly: boolean) {
  const text = useText().proofing;
  const describe = useRef(text);
  describe.current = text;
  const openMenu = useRef<(menu: Menu) => void>(() => undefined);
  const preferredDigits = useRef<DateStyle['digits']>('latin');
  const proofer = useMemo(() => (readOnly ? undefined : workerProofer()), [readOnly]);
  const extension = useMemo(
    () =>
      Proofing.configure({
        proofer,
        describe: (finding) => (finding.kind === 'spelling' ? describe.current.spelling[finding.rule] : describe.current.rules[finding.rule]),
        preferredDigits: () => (preferredDigits.current === 'arabic-indic' ? 'arabic-indic' : 'western'),
        openMenu: (finding, at) => openMenu.current({ finding, at }),
      }),
    [proofer],
  );
  return { proofer, extension, openMenu, preferredDigits };
}

interface UseProofingOptions {
  readonly editor: Editor;
  readonly binding: ReturnType<typeof useProofingExtension>;
  readonly settings: ProofingSettings | undefined;
  readonly dateStyle: DateStyle;
  readonly wordLists: WordLists;
  readonly fields: Pick<ArticleFields, 'headline' | 'standfirst' | 'language' | 'ignoredWords'>;
  readonly update: (changes: Partial<ArticleFields>) => void;
  readonly onAddWord: (list: WordListName, word: string) => void;
}

/**
 * Proofing for one open article: tells the worker what to accept (settings, the word lists, the
 * article's own ignored words), proofs the headline and standfirst, and runs the menu and the
 * panel's fixes and navigation.
 */
export function useProofing({ editor, binding, settings, dateStyle, wordLists, fields, update, onAddWord }: UseProofingOptions) {
  const { proofer } = binding;
  const [menu, setMenu] = useState<Menu>();
  const [fieldFindings, setFieldFindings] = useState<readonly PanelFinding[]>([]);
  const [languages, setLanguages] = useState<readonly SpellingLanguage[]>();
  binding.openMenu.current = setMenu;
  binding.preferredDigits.current = dateStyle.digits;

  useEffect(() => {
    let current = true;
    proofer?.languages().then((loaded) => current && setLanguages(loaded), () => current && setLanguages([]));
    return () => {
      current = false;
    };
  }, [proofer]);

  // Each change of what is accepted proofs the article again.
  const { ignoredWords, language, headline, standfirst } = fields;
  const configuration = useMemo(() => {
    if (!settings) return undefined;
    return { ...proofingConfiguration({ proofing: settings, dateStyle }, wordLists, language), ignoredWords: ignoredWords ?? [] };
  }, [settings, dateStyle, wordLists, language, ignoredWords]);
  useEffect(() => {
    if (!proofer || !configuration) return;
    proofer.configure(configuration);
    editor.commands.reproof();
  }, [proofer, configuration, editor]);

  useEffect(() => {
    if (!proofer || !configuration) return;
    let current = true;
    const timer = setTimeout(() => {
      proofer.proofBlocks([{ text: headline, body: false }, { text: standfirst, body: false }]).then(
        ([inHeadline, inStandfirst]) => {
          if (!current) return;
          const placed = (field: 'headline' | 'standfirst', value: string) => (finding: ProofingFinding): PanelFinding => ({
            field,
            finding,
            context: { before: value.slice(Math.max(0, finding.from - 16), finding.from), after: value.slice(finding.to, finding.to + 16) },
          });
          setFieldFindings([...(inHeadline?.findings ?? []).map(placed('headline', headline)), ...(inStandfirst?.findings ?? []).map(placed('standfirst', standfirst))]);
        },
        () => undefined,
      );
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [proofer, configuration, headline, standfirst]);

  const closeMenu = () => {
    setMenu(undefined);
    editor.commands.focus();
  };

  const fieldElement = (field: 'headline' | 'standfirst') => document.getElementById(field) as HTMLTextAreaElement | null;

  const show = (entry: PanelFinding) => {
    if (entry.field === 'body') {
      const finding = entry.id === undefined ? undefined : findingById(editor.state, entry.id);
      if (finding) editor.chain().focus().setTextSelection(finding.position).scrollIntoView().run();
      return;
    }
    const element = fieldElement(entry.field);
    element?.focus();
    element?.setSelectionRange(entry.finding.from, entry.finding.to);
  };

  // Fixed from the end of each text, so the earlier offsets still hold; the body's in one undoable step.
  const fix = (entries: readonly PanelFinding[]) => {
    const sorted = [...entries].sort((first, second) => second.finding.from - first.finding.from);
    const fieldChanges: Partial<Record<'headline' | 'standfirst', string>> = {};
    let chain = editor.chain();
    for (const entry of sorted) {
      const { finding } = entry;
      if (finding.kind !== 'style') continue;
      if (entry.field === 'body') {
        const current = entry.id === undefined ? undefined : findingById(editor.state, entry.id);
        if (current) chain = chain.replaceFinding(current, finding.replacement);
      } else {
        const value = fieldChanges[entry.field] ?? fields[entry.field];
        if (value.slice(finding.from, finding.to) === finding.text) fieldChanges[entry.field] = value.slice(0, finding.from) + finding.replacement + value.slice(finding.to);
      }
    }
    chain.run();
    if (Object.keys(fieldChanges).length > 0) update(fieldChanges);
  };

  // From the caret, the next (or previous) finding in the body, round to the start (or end).
  const step = (direction: 1 | -1) => {
    const findings = proofingStateOf(editor.state).findings;
    if (findings.length === 0) return;
    const { from, to } = editor.state.selection;
    const next =
      direction === 1
        ? (findings.find((finding) => finding.position.from >= to) ?? findings[0])
        : (findings.findLast((finding) => finding.position.to <= from) ?? findings.at(-1));
    if (next) editor.chain().focus().setTextSelection(next.position).scrollIntoView().run();
  };

  const menuElement: ReactNode =
    menu && proofer ? (
      <ProofingMenu
        finding={menu.finding}
        at={menu.at}
        proofer={proofer}
        onClose={closeMenu}
        actions={{
          replace: (finding, replacement) => editor.chain().focus().replaceFinding(finding, replacement).run(),
          ignore: (finding) => editor.commands.ignoreFinding(finding),
          ignoreInArticle: (word) => update({ ignoredWords: [...(ignoredWords ?? []), word] }),
          addWord: onAddWord,
        }}
      />
    ) : undefined;

  return { menuElement, fieldFindings, loading: proofer !== undefined && languages === undefined, show, fix, step };
}
