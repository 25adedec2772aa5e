import { useEffect, useState } from 'react';
import { isUntitled } from '../../../core/article/is-untitled';
import type { PlacedFinding } from '../../../core/proofing/proof-article';
import type { ProofingConfiguration } from '../../../core/proofing/proofer';
import type { ApiClient } from '../api/api-client';
import { useText } from '../i18n/text-context';
import { workerProofer } from './worker-proofer';

// Past this many, proofing a whole batch before its export would keep the dialog waiting.
const maximumSummarised = 100;

/** What is left to see to in the articles about to be exported. */
export interface ExportCheck {
  readonly findings: readonly PlacedFinding[];
  /** How many have no headline: they would go out with an empty title. */
  readonly untitled: number;
  /** False for a batch too large to proof before its export (its findings are then unknown). */
  readonly proofed: boolean;
}

/**
 * The findings in the articles about to be exported, proofed in the worker, and those without a
 * headline; undefined while it works. A very large batch is not proofed, and its untitled stories
 * are counted from the library's listing (untitledInListing) rather than read one by one.
 */
export function useProofingSummary(api: ApiClient, ids: readonly string[], configuration: ProofingConfiguration | undefined, untitledInListing: number): ExportCheck | undefined {
  const [check, setCheck] = useState<ExportCheck>();
  const tooMany = ids.length > maximumSummarised;
  useEffect(() => {
    if (!configuration || tooMany) return;
    let current = true;
    void (async () => {
      const loaded = (await Promise.all(ids.map((id) => api.getArticle({ id })))).flatMap((answer) => (answer.ok ? [answer.value] : []));
      const proofed = await workerProofer().proofArticles(loaded, configuration);
      if (current) setCheck({ findings: proofed.flat(), untitled: loaded.filter(isUntitled).length, proofed: true });
    })().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [api, ids, configuration, tooMany]);
  return tooMany ? { findings: [], untitled: untitledInListing, proofed: false } : check;
}

/** Before an export: how many proofing findings are left, by kind, and how many stories have no headline. */
export function ProofingSummary({ check: { findings, untitled, proofed } }: { readonly check: ExportCheck }) {
  const text = useText().proofing;
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const label = finding.kind === 'spelling' ? text.spelling[finding.rule] : text.rules[finding.rule];
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return (
    // A region, not a live status: the dialog's own status reports the export's progress.
    <section aria-label={text.title} className={findings.length > 0 || untitled > 0 || !proofed ? 'banner banner--warning proofing-summary' : 'muted proofing-summary'}>
      {untitled > 0 && <p>{text.untitledSummary(untitled)}</p>}
      <p>{proofed ? text.exportSummary(findings.length) : text.notSummarised(maximumSummarised)}</p>
      {counts.size > 0 && (
        <ul>
          {[...counts].map(([label, count]) => (
            <li key={label}>
              {label}: {count}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
