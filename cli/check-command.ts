import type { NewsroomApi } from '../core/api/api-contract';
import { isUntitled } from '../core/article/is-untitled';
import { createHunspellSpeller } from '../core/proofing/hunspell-speller';
import type { PlacedFinding } from '../core/proofing/proof-article';
import { inProcessProofer } from '../core/proofing/proofer';
import { proofingConfiguration } from '../core/proofing/proofing-configuration';
import { readBundledDictionaries } from '../services/proofing/bundled-dictionaries';
import { UsageError } from './usage-error';

interface CheckedFinding {
  readonly kind: PlacedFinding['kind'];
  readonly rule: PlacedFinding['rule'];
  readonly text: string;
  readonly field: PlacedFinding['field'];
  readonly block: number;
  readonly from: number;
  readonly to: number;
  readonly suggestions: readonly string[];
}

/**
 * `newsroom check <id…> | --all [--json]`: spelling and style findings with their places (field,
 * block of the body, offsets in that block), as the editor shows them, and a missing headline (the
 * story would go out with an empty title); exits 1 when anything is found.
 */
export async function checkCommand(api: NewsroomApi, ids: readonly string[], options: { readonly json: boolean; readonly all: boolean }): Promise<number> {
  if (ids.length === 0 && !options.all) throw new UsageError('Say which articles to check: newsroom check <id…> or --all.');
  let chosen = ids;
  if (options.all) {
    const listed = await api.listArticles({});
    if (!listed.ok) throw new UsageError(listed.error.message);
    chosen = listed.value.articles.map((article) => article.id);
  }
  const [settings, lists] = await Promise.all([api.getSettings({}), api.getWordLists({})]);
  if (!settings.ok) throw new UsageError(settings.error.message);
  if (!lists.ok) throw new UsageError(lists.error.message);
  const proofer = inProcessProofer(readBundledDictionaries().then(createHunspellSpeller));
  const configuration = proofingConfiguration(settings.value.settings, lists.value);
  const suggestions = new Map<string, Promise<readonly string[]>>();
  const results: { id: string; headline: string; untitled: boolean; findings: CheckedFinding[] }[] = [];
  for (const id of chosen) {
    const loaded = await api.getArticle({ id });
    if (!loaded.ok) throw new UsageError(`${id}: ${loaded.error.message}`);
    const [placed = []] = await proofer.proofArticles([loaded.value], configuration);
    const findings = await Promise.all(
      placed.map(async (finding): Promise<CheckedFinding> => {
        const { kind, rule, text, field, block, from, to } = finding;
        if (finding.kind === 'style') return { kind, rule, text, field, block, from, to, suggestions: [finding.replacement] };
        const key = `${finding.rule}:${text}`;
        if (!suggestions.has(key)) suggestions.set(key, proofer.suggest(text, finding.rule));
        return { kind, rule, text, field, block, from, to, suggestions: await suggestions.get(key)! };
      }),
    );
    results.push({ id, headline: loaded.value.headline, untitled: isUntitled(loaded.value), findings });
  }
  const total = results.reduce((count, result) => count + result.findings.length, 0);
  const withoutHeadline = results.filter((result) => result.untitled).length;
  if (options.json) {
    process.stdout.write(`${JSON.stringify(results.map(({ id, untitled, findings }) => ({ id, untitled, findings })), null, 2)}\n`);
  } else {
    for (const result of results) {
      if (result.findings.length === 0 && !result.untitled) continue;
      process.stdout.write(`${result.id}  ${result.headline || '(untitled)'}\n`);
      if (result.untitled) process.stdout.write('  headline: none; it would export with an empty title\n');
      for (const finding of result.findings) {
        const place = finding.field === 'body' ? `body ¶${finding.block + 1}` : finding.field;
        const offered = finding.suggestions.length === 0 ? '' : ` → ${finding.suggestions.map((suggestion) => (suggestion === '' ? '(remove)' : `«${suggestion}»`)).join(' ')}`;
        process.stdout.write(`  ${place}:${finding.from}-${finding.to}  ${finding.kind}/${finding.rule}  «${finding.text}»${offered}\n`);
      }
    }
  }
  const headlineNote = withoutHeadline === 0 ? '' : `; ${withoutHeadline} without a headline`;
  process.stderr.write(`${total} finding${total === 1 ? '' : 's'} in ${results.length} article${results.length === 1 ? '' : 's'}${headlineNote}\n`);
  return total > 0 || withoutHeadline > 0 ? 1 : 0;
}
