import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { proofingPluginKey, proofingStateOf } from '../../../core/document/proofing';
import type { ProofedField } from '../../../core/proofing/proof-article';
import type { ProofingFinding } from '../../../core/proofing/proofing-finding';
import { useText } from '../i18n/text-context';

/** A finding as the panel lists it: where it is, and the body finding's id to find it again. */
export interface PanelFinding {
  readonly field: ProofedField;
  readonly finding: ProofingFinding;
  /** For body findings: the id in the editor's proofing state. */
  readonly id?: number;
  /** A few words either side, so "," or a doubled space can be told apart in the list. */
  readonly context?: { readonly before: string; readonly after: string };
}

const contextLength = 16;

interface ProofingPanelProps {
  readonly editor: Editor;
  /** Findings in the headline and standfirst, which are not part of the editor's document. */
  readonly fieldFindings: readonly PanelFinding[];
  readonly loading: boolean;
  readonly readOnly: boolean;
  readonly onShow: (entry: PanelFinding) => void;
  readonly onFix: (entries: readonly PanelFinding[]) => void;
  readonly onStep: (step: 1 | -1) => void;
}

/** The body's findings, read again only when new proofing results arrive, not on every keystroke. */
export function useBodyFindings(editor: Editor): readonly PanelFinding[] {
  const read = () => {
    const { doc } = editor.state;
    return proofingStateOf(editor.state).findings.map(
      (finding): PanelFinding => ({
        field: 'body',
        finding,
        id: finding.id,
        context: {
          before: doc.textBetween(Math.max(0, finding.position.from - contextLength), finding.position.from, ' ', ' '),
          after: doc.textBetween(finding.position.to, Math.min(doc.content.size, finding.position.to + contextLength), ' ', ' '),
        },
      }),
    );
  };
  const [findings, setFindings] = useState(read);
  useEffect(() => {
    const onTransaction = ({ transaction }: { transaction: { getMeta: (key: typeof proofingPluginKey) => unknown } }) => {
      if (transaction.getMeta(proofingPluginKey)) setFindings(read());
    };
    editor.on('transaction', onTransaction);
    return () => void editor.off('transaction', onTransaction);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read follows the editor
  }, [editor]);
  return findings;
}

function ruleKey(finding: ProofingFinding): string {
  return `${finding.kind}:${finding.rule}`;
}

/** The proofing summary: how many findings of each kind, "next" through them, and each with its one-click fix. */
export function ProofingPanel({ editor, fieldFindings, loading, readOnly, onShow, onFix, onStep }: ProofingPanelProps) {
  const text = useText().proofing;
  const bodyFindings = useBodyFindings(editor);
  const entries = [...fieldFindings, ...bodyFindings];
  const groups = new Map<string, PanelFinding[]>();
  for (const entry of entries) groups.set(ruleKey(entry.finding), [...(groups.get(ruleKey(entry.finding)) ?? []), entry]);
  const label = (finding: ProofingFinding) => (finding.kind === 'spelling' ? text.spelling[finding.rule] : text.rules[finding.rule]);

  return (
    <section className="proofing-panel" aria-label={text.title}>
      <header className="proofing-panel-header">
        <h2>{text.title}</h2>
        <p role="status" className="proofing-count">{loading ? text.loading : text.count(entries.length)}</p>
        <div className="proofing-steps">
          <button type="button" className="button" disabled={bodyFindings.length === 0} onClick={() => onStep(-1)}>{text.previous}</button>
          <button type="button" className="button" disabled={bodyFindings.length === 0} onClick={() => onStep(1)}>{text.next}</button>
        </div>
      </header>
      {entries.length === 0 && !loading && <p className="muted">{text.clean}</p>}
      {[...groups.values()].map((group) => {
        const first = group[0]!.finding;
        // A misspelt word is listed once, with how often it occurs; "show" goes to its first place.
        const listed = first.kind === 'spelling' ? [...new Map(group.map((entry) => [entry.finding.text, entry])).values()] : group;
        const counts = new Map<string, number>();
        for (const entry of group) counts.set(entry.finding.text, (counts.get(entry.finding.text) ?? 0) + 1);
        const occurrences = (entry: PanelFinding) => counts.get(entry.finding.text) ?? 1;
        return (
          <section key={ruleKey(first)} className="proofing-group" aria-label={label(first)}>
            <h3>
              {label(first)} <span className="proofing-group-count">({group.length})</span>
              {first.kind === 'style' && group.length > 1 && !readOnly && (
                <button type="button" className="link-button" onClick={() => onFix(group)}>{text.fixAll}</button>
              )}
            </h3>
            <ul className="proofing-list">
              {listed.map((entry) => (
                <li key={`${entry.field}-${entry.id ?? entry.finding.from}`} className="proofing-item">
                  <button type="button" className="proofing-item-text" dir="auto" onClick={() => onShow(entry)} title={text.show}>
                    {first.kind === 'spelling' || !entry.context ? (
                      <>«{entry.finding.text}»</>
                    ) : (
                      <>
                        …{entry.context.before}
                        <mark>{entry.finding.text.replace(/ /g, '·')}</mark>
                        {entry.context.after}…
                      </>
                    )}
                  </button>
                  {first.kind === 'spelling' && occurrences(entry) > 1 && <small className="proofing-group-count">×{occurrences(entry)}</small>}
                  <small className="muted">{text.fields[entry.field]}</small>
                  {entry.finding.kind === 'style' && !readOnly && (
                    <button type="button" className="button button--small" aria-label={`${text.fix} «${entry.finding.text}»`} onClick={() => onFix([entry])}>
                      {text.fix}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
