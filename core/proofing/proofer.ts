import type { Article } from '../article/article-schema';
import { acceptedWords } from './accepted-words';
import { proofArticle, type PlacedFinding } from './proof-article';
import { proofText, type ProofedText, type ProofingOptions } from './proof-text';
import type { Speller } from './speller';
import type { DigitSystem } from './style-rules/mixed-digits';
import type { SpellingLanguage, StyleRuleName } from './style-rule-names';

/** What proofing is told by the settings, the word lists and the article. */
export interface ProofingConfiguration extends Omit<ProofingOptions, 'speller' | 'accepted' | 'disabledRules'> {
  /** The personal and desk dictionaries' words. */
  readonly acceptedWords: readonly string[];
  /** The open article's own ignored words (proofBlocks only; proofArticles reads each article's). */
  readonly ignoredWords?: readonly string[];
  readonly disabledRules: readonly StyleRuleName[];
  readonly preferredDigits: DigitSystem;
}

/** One block to proof: its text, and whether it is body text (tatweel is checked only there). */
export interface ProofingBlock {
  readonly text: string;
  readonly body: boolean;
}

/** Proofing as a service: in a Web Worker for the editor, in-process for the CLI and tests. */
export interface Proofer {
  configure(configuration: ProofingConfiguration): void;
  proofBlocks(blocks: readonly ProofingBlock[]): Promise<readonly ProofedText[]>;
  /** Whole articles, each with its own language and ignored words, under the configuration given (the editor's stays). */
  proofArticles(articles: readonly Article[], configuration: ProofingConfiguration): Promise<readonly (readonly PlacedFinding[])[]>;
  suggest(word: string, language: SpellingLanguage): Promise<readonly string[]>;
  /** Which dictionaries loaded (empty while loading, or when they could not be read). */
  languages(): Promise<readonly SpellingLanguage[]>;
}

/** A Proofer running on this thread; the speller may still be loading, and style checks never wait for it to fail. */
export function inProcessProofer(speller: Promise<Speller>): Proofer {
  const loaded = speller.then(
    (value) => value,
    () => undefined,
  );
  const optionsOf = (configuration: ProofingConfiguration, ignoredWords: readonly string[], speller: Speller | undefined): ProofingOptions => ({
    ...configuration,
    speller,
    accepted: acceptedWords([...configuration.acceptedWords, ...ignoredWords]),
    disabledRules: new Set(configuration.disabledRules),
  });
  let options: ProofingOptions | undefined;
  return {
    configure(configuration) {
      options = optionsOf(configuration, configuration.ignoredWords ?? [], undefined);
    },
    async proofBlocks(blocks) {
      const speller = await loaded;
      if (!options) return blocks.map(() => ({ findings: [], digitRuns: [] }));
      const current = { ...options, speller };
      return blocks.map((block) => proofText(block.text, current, { body: block.body }));
    },
    async proofArticles(articles, configuration) {
      const speller = await loaded;
      return articles.map((article) => proofArticle(article, { ...optionsOf(configuration, article.ignoredWords ?? [], speller), articleLanguage: article.language }, configuration.preferredDigits));
    },
    async suggest(word, language) {
      return (await loaded)?.suggest(word, language) ?? [];
    },
    async languages() {
      return [...((await loaded)?.languages ?? [])];
    },
  };
}
