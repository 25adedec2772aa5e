import type { ArticleId } from '../../core/article/article-schema';
import { indexTerms, searchWords } from '../../core/search/search-terms';
import { wordHash } from './word-sequences';

/** The fields of an article the index reads, in the order their numbers are stored. */
export const indexedFields = ['headline', 'standfirst', 'body', 'tags', 'byline', 'place', 'section', 'slug', 'note'] as const;
export type IndexedField = (typeof indexedFields)[number];
export type IndexedFields = Readonly<Record<IndexedField, string>>;

/** The fields whose words are kept in order, for exact phrases; a phrase never runs from one into the next. */
const phraseFields: readonly IndexedField[] = ['headline', 'standfirst', 'body', 'tags'];

const fieldCount = indexedFields.length;
const latinLetter = /^\p{Script=Latin}/u;
const fieldShift = 24;
const frequencyMask = (1 << fieldShift) - 1;

/** One word of a query: the terms that stand for it, whether longer words beginning with them count (typing), and how many typos are forgiven. */
export interface TermQuery {
  readonly terms: readonly string[];
  readonly prefix: boolean;
  readonly typos: number;
}

/** What the index keeps of each article besides its words, found again with each result. */
export interface IndexedDocument {
  readonly id: ArticleId;
}

export interface TermScoring<Document extends IndexedDocument> {
  readonly boosts: Readonly<Record<IndexedField, number>>;
  /** Multiplies a document's score (recency). */
  readonly documentBoost: (document: Document) => number;
}

/** A document a search found, with its score. */
export interface ScoredDocument<Document extends IndexedDocument> {
  readonly document: Document;
  readonly score: number;
}

/** What an index is written as: sorted terms, documents in order, and its numbers as Uint32 arrays. */
export interface TermIndexSnapshot<Document extends IndexedDocument> {
  readonly terms: readonly string[];
  readonly documents: readonly Document[];
  /** postings ([document, field << 24 | frequency] pairs), term starts, field lengths, phrase starts, phrase words. */
  readonly arrays: readonly [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
}

// BM25+ as MiniSearch scores it, so relevance reads the same as before the index was our own.
const saturation = 1.2;
const lengthNormalisation = 0.7;
const floor = 0.5;
const prefixWeight = 0.375;
const typoWeight = 0.45;

function compareTerms(first: string, second: string): number {
  return first < second ? -1 : first > second ? 1 : 0;
}

/** The first position in sorted terms not before term. */
function lowerBound(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Levenshtein distance when it is at most limit, otherwise limit + 1. */
function editDistanceWithin(first: string, second: string, limit: number): number {
  if (Math.abs(first.length - second.length) > limit) return limit + 1;
  let previous = Array.from({ length: second.length + 1 }, (_, index) => index);
  for (let row = 1; row <= first.length; row += 1) {
    const current = [row];
    let smallest = row;
    for (let column = 1; column <= second.length; column += 1) {
      const cost = first[row - 1] === second[column - 1] ? 0 : 1;
      const value = Math.min(previous[column]! + 1, current[column - 1]! + 1, previous[column - 1]! + cost);
      current.push(value);
      smallest = Math.min(smallest, value);
    }
    if (smallest > limit) return limit + 1;
    previous = current;
  }
  return previous[second.length]!;
}

/**
 * An inverted index held in typed arrays: terms sorted once, each term's postings side by side in one
 * Uint32Array, so a saved index opens by reading one buffer instead of rebuilding a tree, and a word
 * found in every article is scored by walking an array. Changes go to small additions beside it (a
 * changed article gets a new number, its old one is skipped) until compact() folds them in.
 */
export class TermIndex<Document extends IndexedDocument> {
  private held: Array<Document | undefined> = [];
  private readonly numbers = new Map<ArticleId, number>();
  /** Words per field, document × field. */
  private lengths: number[] = [];
  private readonly lengthSums = new Float64Array(fieldCount);
  private liveCount = 0;
  private sequences: Array<Uint32Array | undefined> = [];
  private sortedTerms: readonly string[] = [];
  private starts: Uint32Array<ArrayBufferLike> = new Uint32Array(1);
  private postings: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
  /** Whether the postings sit in an array of our own (after a compaction), not in the bytes of a loaded file. */
  private ownsPostings = false;
  private spare: Uint32Array<ArrayBufferLike> | undefined;
  private addedTerms: string[] = [];
  private readonly addedNumbers = new Map<string, number>();
  private readonly addedPostings = new Map<number, number[]>();
  /** The terms in Latin letters (English names), the only ones a typo search compares; built when first needed. */
  private latinTerms: number[] | undefined;

  /** How many articles the index holds. */
  get size(): number {
    return this.liveCount;
  }

  /** Whether an article is in the index. */
  has(id: ArticleId): boolean {
    return this.numbers.has(id);
  }

  /** What is held for an article. */
  get(id: ArticleId): Document | undefined {
    const number = this.numbers.get(id);
    return number === undefined ? undefined : this.held[number];
  }

  /** Every article held. */
  documents(): Document[] {
    return this.held.filter((document) => document !== undefined);
  }

  /** An article's words as hashes, in order, fields apart (0 between them). */
  sequenceOf(id: ArticleId): Uint32Array | undefined {
    const number = this.numbers.get(id);
    return number === undefined ? undefined : this.sequences[number];
  }

  /** Indexes an article's fields, replacing what was held for it. */
  add(held: Document, fields: IndexedFields): void {
    this.remove(held.id);
    const document = this.held.length;
    this.held.push(held);
    this.numbers.set(held.id, document);
    this.liveCount += 1;
    const counts = new Map<string, number[]>();
    const sequence: number[] = [];
    indexedFields.forEach((field, fieldNumber) => {
      const words = searchWords(fields[field]);
      this.lengths.push(words.length);
      this.lengthSums[fieldNumber] = this.lengthSums[fieldNumber]! + words.length;
      for (const word of words) {
        for (const term of indexTerms(word)) {
          let perField = counts.get(term);
          if (!perField) counts.set(term, (perField = new Array<number>(fieldCount).fill(0)));
          perField[fieldNumber] = perField[fieldNumber]! + 1;
        }
        if (phraseFields.includes(field)) sequence.push(wordHash(word));
      }
      if (phraseFields.includes(field)) sequence.push(0);
    });
    this.sequences.push(Uint32Array.from(sequence));
    for (const [term, perField] of counts) {
      const termNumber = this.termNumber(term) ?? this.addTerm(term);
      let list = this.addedPostings.get(termNumber);
      if (!list) this.addedPostings.set(termNumber, (list = []));
      perField.forEach((frequency, fieldNumber) => {
        if (frequency > 0) list.push(document, (fieldNumber << fieldShift) | Math.min(frequency, frequencyMask));
      });
    }
  }

  /** Replaces what is held for an article already indexed, its words unchanged. */
  replaceHeld(held: Document): void {
    const number = this.numbers.get(held.id);
    if (number !== undefined) this.held[number] = held;
  }

  /** Drops an article; its postings are skipped until compact(). */
  remove(id: ArticleId): void {
    const document = this.numbers.get(id);
    if (document === undefined) return;
    this.numbers.delete(id);
    this.held[document] = undefined;
    this.sequences[document] = undefined;
    this.liveCount -= 1;
    for (let field = 0; field < fieldCount; field += 1) this.lengthSums[field] = this.lengthSums[field]! - this.lengths[document * fieldCount + field]!;
  }

  /**
   * Scores the articles holding every query word (any of its terms), BM25+ per field with the field's
   * boost, times the document's boost; articles holding any excluded term are left out.
   */
  search(words: readonly TermQuery[], excluded: readonly string[], scoring: TermScoring<Document>): Array<ScoredDocument<Document>> {
    const total = new Float64Array(this.held.length);
    let candidates: number[] | undefined;
    for (const word of words) {
      const { scores, documents } = this.scoreWord(word, scoring);
      candidates = (candidates ?? documents).filter((document) => scores[document]! > 0);
      for (const document of candidates) total[document] = total[document]! + scores[document]!;
      if (candidates.length === 0) break;
    }
    const excludedDocuments = new Set<number>();
    for (const term of excluded) {
      const termNumber = this.termNumber(term);
      if (termNumber !== undefined) this.eachPosting(termNumber, (document) => excludedDocuments.add(document));
    }
    const result: Array<ScoredDocument<Document>> = [];
    for (const number of candidates ?? this.held.keys()) {
      const document = this.held[number];
      if (document === undefined || excludedDocuments.has(number)) continue;
      result.push({ document, score: words.length > 0 ? total[number]! * scoring.documentBoost(document) : 0 });
    }
    return result;
  }

  /** Folds the additions and removals into the sorted arrays: documents renumbered, unused terms dropped. */
  compact(): void {
    if (this.addedTerms.length === 0 && this.addedPostings.size === 0 && this.liveCount === this.held.length) return;
    const renumbered = new Int32Array(this.held.length).fill(-1);
    const held: Document[] = [];
    const lengths: number[] = [];
    const sequences: Array<Uint32Array | undefined> = [];
    this.held.forEach((kept, document) => {
      if (kept === undefined) return;
      renumbered[document] = held.length;
      held.push(kept);
      for (let field = 0; field < fieldCount; field += 1) lengths.push(this.lengths[document * fieldCount + field]!);
      sequences.push(this.sequences[document]);
    });
    const added = this.addedTerms.map((term, index) => [term, this.sortedTerms.length + index] as const).sort(([first], [second]) => compareTerms(first, second));
    let addedCount = 0;
    for (const list of this.addedPostings.values()) addedCount += list.length;
    const needed = this.postings.length + addedCount;
    // The last compaction's array is reused when it is large enough: fresh memory costs more to touch than to fill.
    const postings = this.spare && this.spare.length >= needed ? this.spare : new Uint32Array(needed + (needed >> 3));
    this.spare = this.ownsPostings ? new Uint32Array(this.postings.buffer) : undefined;
    const starts: number[] = [0];
    const terms: string[] = [];
    let written = 0;
    // Plain loops, no callback per posting: a library of 10,000 articles holds millions of postings.
    const copy = (source: ArrayLike<number>, from: number, to: number) => {
      for (let at = from; at < to; at += 2) {
        const document = renumbered[source[at]!]!;
        if (document === -1) continue;
        postings[written] = document;
        postings[written + 1] = source[at + 1]!;
        written += 2;
      }
    };
    const take = (term: string, termNumber: number) => {
      if (termNumber < this.sortedTerms.length) copy(this.postings, this.starts[termNumber]! * 2, this.starts[termNumber + 1]! * 2);
      const added = this.addedPostings.get(termNumber);
      if (added) copy(added, 0, added.length);
      if (written / 2 === starts.at(-1)) return;
      terms.push(term);
      starts.push(written / 2);
    };
    let next = 0;
    for (const [termNumber, term] of this.sortedTerms.entries()) {
      while (next < added.length && added[next]![0] < term) take(...added[next++]!);
      take(term, termNumber);
    }
    while (next < added.length) take(...added[next++]!);
    this.held = held;
    this.numbers.clear();
    held.forEach((kept, document) => this.numbers.set(kept.id, document));
    this.lengths = lengths;
    this.sequences = sequences;
    this.sortedTerms = terms;
    this.starts = Uint32Array.from(starts);
    this.postings = postings.subarray(0, written);
    this.ownsPostings = true;
    this.addedTerms = [];
    this.addedNumbers.clear();
    this.addedPostings.clear();
    this.latinTerms = undefined;
  }

  /** The index as terms, documents and arrays (compacted first). */
  snapshot(): TermIndexSnapshot<Document> {
    this.compact();
    const phraseStarts = new Uint32Array(this.held.length + 1);
    let wordCount = 0;
    this.sequences.forEach((sequence, document) => {
      wordCount += sequence?.length ?? 0;
      phraseStarts[document + 1] = wordCount;
    });
    const phraseWords = new Uint32Array(wordCount);
    this.sequences.forEach((sequence, document) => sequence && phraseWords.set(sequence, phraseStarts[document]));
    return {
      terms: this.sortedTerms,
      documents: this.held as Document[],
      arrays: [this.postings, this.starts, Uint32Array.from(this.lengths), phraseStarts, phraseWords],
    };
  }

  /** An index from what snapshot() gave; throws when the pieces do not fit together (a corrupt file). */
  static fromSnapshot<Document extends IndexedDocument>(snapshot: TermIndexSnapshot<Document>): TermIndex<Document> {
    const { terms, documents } = snapshot;
    const [postings, starts, lengths, phraseStarts, phraseWords] = snapshot.arrays;
    const documentCount = documents.length;
    const fits =
      documents.every((document) => typeof document?.id === 'string') &&
      new Set(documents.map((document) => document.id)).size === documentCount &&
      terms.every((term, index) => typeof term === 'string' && (index === 0 || terms[index - 1]! < term)) &&
      starts.length === terms.length + 1 &&
      starts[0] === 0 &&
      starts[terms.length] === postings.length / 2 &&
      postings.length % 2 === 0 &&
      lengths.length === documentCount * fieldCount &&
      phraseStarts.length === documentCount + 1 &&
      phraseStarts[documentCount] === phraseWords.length;
    if (!fits) throw new Error('The index file does not hold a consistent index.');
    for (let term = 0; term < terms.length; term += 1) if (starts[term]! > starts[term + 1]!) throw new Error('Term starts out of order.');
    for (let document = 0; document < documentCount; document += 1) if (phraseStarts[document]! > phraseStarts[document + 1]!) throw new Error('Phrase starts out of order.');
    for (let at = 0; at < postings.length; at += 2) {
      if (postings[at]! >= documentCount || postings[at + 1]! >>> fieldShift >= fieldCount) throw new Error('A posting points outside the index.');
    }
    const index = new TermIndex<Document>();
    index.held = [...documents];
    documents.forEach((document, number) => index.numbers.set(document.id, number));
    index.lengths = Array.from(lengths);
    for (let at = 0; at < index.lengths.length; at += 1) index.lengthSums[at % fieldCount] = index.lengthSums[at % fieldCount]! + index.lengths[at]!;
    index.liveCount = documentCount;
    index.sequences = documents.map((_, document) => phraseWords.subarray(phraseStarts[document], phraseStarts[document + 1]));
    index.sortedTerms = terms;
    index.starts = starts;
    index.postings = postings;
    return index;
  }

  private termNumber(term: string): number | undefined {
    const position = lowerBound(this.sortedTerms, term);
    return this.sortedTerms[position] === term ? position : this.addedNumbers.get(term);
  }

  private addTerm(term: string): number {
    const termNumber = this.sortedTerms.length + this.addedTerms.length;
    this.addedTerms.push(term);
    this.addedNumbers.set(term, termNumber);
    if (latinLetter.test(term)) this.latinTerms?.push(termNumber);
    return termNumber;
  }

  private termAt(termNumber: number): string {
    return termNumber < this.sortedTerms.length ? this.sortedTerms[termNumber]! : this.addedTerms[termNumber - this.sortedTerms.length]!;
  }

  /** Visits a term's postings on live documents, in document order. */
  private eachPosting(termNumber: number, visit: (document: number, packed: number) => void): void {
    if (termNumber < this.sortedTerms.length) {
      for (let at = this.starts[termNumber]! * 2, end = this.starts[termNumber + 1]! * 2; at < end; at += 2) {
        const document = this.postings[at]!;
        if (this.held[document] !== undefined) visit(document, this.postings[at + 1]!);
      }
    }
    const added = this.addedPostings.get(termNumber);
    if (added) {
      for (let at = 0; at < added.length; at += 2) if (this.held[added[at]!] !== undefined) visit(added[at]!, added[at + 1]!);
    }
  }

  /** The terms a query word stands for, each with its weight: 1 for the terms themselves, less for longer words (typing) and near spellings. */
  private expand(word: TermQuery): Map<number, number> {
    const weights = new Map<number, number>();
    const weigh = (termNumber: number, weight: number) => weights.set(termNumber, Math.max(weights.get(termNumber) ?? 0, weight));
    for (const term of word.terms) {
      const exact = this.termNumber(term);
      if (exact !== undefined) weigh(exact, 1);
      if (word.prefix) {
        for (let position = lowerBound(this.sortedTerms, term); position < this.sortedTerms.length && this.sortedTerms[position]!.startsWith(term); position += 1) {
          weigh(position, (prefixWeight * term.length) / this.sortedTerms[position]!.length);
        }
        this.addedTerms.forEach((candidate, index) => {
          if (candidate.startsWith(term)) weigh(this.sortedTerms.length + index, (prefixWeight * term.length) / candidate.length);
        });
      }
      if (word.typos > 0) {
        this.latinTerms ??= [...this.sortedTerms, ...this.addedTerms].flatMap((candidate, termNumber) => (latinLetter.test(candidate) ? [termNumber] : []));
        for (const termNumber of this.latinTerms) {
          const candidate = this.termAt(termNumber);
          if (Math.abs(candidate.length - term.length) > word.typos) continue;
          const distance = editDistanceWithin(term, candidate, word.typos);
          if (distance > 0 && distance <= word.typos) weigh(termNumber, (typoWeight * term.length) / (term.length + distance));
        }
      }
    }
    return weights;
  }

  /** Each live document holding one of the word's terms (in the order first met), and its score for that word by document number. */
  private scoreWord(word: TermQuery, scoring: TermScoring<Document>): { scores: Float64Array; documents: number[] } {
    const scores = new Float64Array(this.held.length);
    const documents: number[] = [];
    const documentCount = Math.max(1, this.liveCount);
    const averages = Array.from(this.lengthSums, (sum) => Math.max(1, sum / documentCount));
    const boosts = indexedFields.map((field) => scoring.boosts[field]);
    for (const [termNumber, weight] of this.expand(word)) {
      let frequency = 0;
      let previous = -1;
      this.eachPosting(termNumber, (document) => {
        if (document !== previous) frequency += 1;
        previous = document;
      });
      if (frequency === 0) continue;
      const rarity = Math.log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5));
      const weights = boosts.map((boost, field) => ({ weight: weight * boost! * rarity, average: averages[field]! }));
      this.eachPosting(termNumber, (document, packed) => {
        const field = packed >>> fieldShift;
        const count = packed & frequencyMask;
        const { weight: fieldWeight, average } = weights[field]!;
        const length = this.lengths[document * fieldCount + field]!;
        const relevance = floor + (count * (saturation + 1)) / (count + saturation * (1 - lengthNormalisation + (lengthNormalisation * length) / average));
        if (scores[document] === 0) documents.push(document);
        scores[document] = scores[document]! + fieldWeight * relevance;
      });
    }
    return { scores, documents };
  }
}
