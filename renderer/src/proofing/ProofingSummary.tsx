import { useEffect, useState } from 'react';
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
}

/** The findings in the articles about to be exported, proofed in the worker, and those without a headline; undefined while it works (or for a very large batch). */
export function useProofingSummary(api: ApiClient, ids: readonly string[], configuration: ProofingConfiguration | undefined): ExportCheck | undefined {
  const [check, setCheck] = useState<ExportCheck>();
  useEffect(() => {
    if (!configuration || ids.length > maximumSummarised) return;
    let current = true;
    void (async () => {
      const loaded = (await Promise.all(ids.map((id) => api.getArticle({ id })))).flatMap((answer) => (answer.ok ? [answer.value] : []));
      const proofed = await workerProofer().proofArticles(loaded, configuration);
      if (current) setCheck({ findings: proofed.flat(), untitled: loaded.filter((article) => article.headline.trim() === '').length });
    })().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [api, ids, configuration]);
  return check;
}

/** Before an export: how many proofing findings are left, by kind, and how many stories have no headline. */
export function ProofingSummary({ check: { findings, untitled } }: { readonly check: ExportCheck }) {
  const text = useText().proofing;
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const label = finding.kind === 'spelling' ? text.spelling[finding.rule] : text.rules[finding.rule];
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return (
    // A region, not a live status: the dialog's own status reports the export's progress.
    <section aria-label={text.title} className={findings.length > 0 || untitled > 0 ? 'banner banner--warning proofing-summary' : 'muted proofing-summary'}>
      {untitled > 0 && <p>{text.untitledSummary(untitled)}</p>}
      <p>{text.exportSummary(findings.length)}</p>
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
