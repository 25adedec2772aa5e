import type { Proofer } from '../../../core/proofing/proofer';
import type { ProofingAnswer, ProofingRequest } from './proofing-messages';

type Pending = { readonly resolve: (value: unknown) => void; readonly reject: (error: Error) => void };

let shared: Proofer | undefined;

/** The page's one proofing worker, started on first use and kept for every editor after. */
export function workerProofer(): Proofer {
  if (shared) return shared;
  const worker = new Worker(new URL('./proofing-worker.ts', import.meta.url), { type: 'module', name: 'proofing' });
  const pending = new Map<number, Pending>();
  let next = 0;
  worker.addEventListener('message', (event: MessageEvent<ProofingAnswer>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if (answer.ok) waiting?.resolve(answer.value);
    else waiting?.reject(new Error(answer.message));
  });
  worker.addEventListener('error', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('The proofing worker stopped.'));
    pending.clear();
  });
  const call = <Value>(method: ProofingRequest['method'], ...parameters: unknown[]): Promise<Value> =>
    new Promise<Value>((resolve, reject) => {
      next += 1;
      pending.set(next, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id: next, method, arguments: parameters } as ProofingRequest);
    });
  shared = {
    configure: (configuration) => void call('configure', configuration),
    proofBlocks: (blocks) => call('proofBlocks', blocks),
    proofArticles: (articles, configuration) => call('proofArticles', articles, configuration),
    suggest: (word, language) => call('suggest', word, language),
    languages: () => call('languages'),
  };
  return shared;
}
