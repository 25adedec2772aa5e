import arabicAffix from '../../../assets/dictionaries/ar/ar.aff?url';
import arabicWords from '../../../assets/dictionaries/ar/ar.dic?url';
import englishAffix from '../../../assets/dictionaries/en/en.aff?url';
import englishWords from '../../../assets/dictionaries/en/en.dic?url';
import { assertNever } from '../../../core/assert-never';
import { createHunspellSpeller } from '../../../core/proofing/hunspell-speller';
import { inProcessProofer } from '../../../core/proofing/proofer';
import type { ProofingAnswer, ProofingRequest } from './proofing-messages';

// Spelling runs here, off the page's thread: loading the Arabic dictionary takes about half a
// second and 80 MB, and a 10,000-word article is checked without the editor feeling it.
const bytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());
const proofer = inProcessProofer(
  (async () => {
    const [arAff, arDic, enAff, enDic] = await Promise.all([arabicAffix, arabicWords, englishAffix, englishWords].map(bytes));
    return createHunspellSpeller({ ar: { aff: arAff!, dic: arDic! }, en: { aff: enAff!, dic: enDic! } });
  })().catch((error: unknown) => {
    // Style checks go on without spelling; the console says why for whoever investigates.
    console.error('Proofing: the spelling dictionaries could not be loaded.', error);
    throw error;
  }),
);

async function answer(request: ProofingRequest): Promise<unknown> {
  switch (request.method) {
    case 'configure':
      return proofer.configure(...request.arguments);
    case 'proofBlocks':
      return proofer.proofBlocks(...request.arguments);
    case 'proofArticles':
      return proofer.proofArticles(...request.arguments);
    case 'suggest':
      return proofer.suggest(...request.arguments);
    case 'languages':
      return proofer.languages(...request.arguments);
    default:
      return assertNever(request);
  }
}

// The page's lib (DOM) types this file; a worker's global scope needs only these two.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ProofingRequest>) => void): void;
  postMessage(message: ProofingAnswer): void;
};

scope.addEventListener('message', (event) => {
  const request = event.data;
  answer(request).then(
    (value) => scope.postMessage({ id: request.id, ok: true, value }),
    (error: unknown) => scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
