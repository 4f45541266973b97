import { queryNoiseWords } from '../text/query-noise.js';
import { tokenize } from '../text/tokenize.js';
import { LexicalIndex } from './lexical-index.js';
import type { QueryTranslator } from './translate.js';
import { understandQuery, type UnderstoodQuestion } from './understand.js';
import { Vocabulary } from './vocabulary.js';

// A word as written, with the marks normalisation deletes (harakat, tatweel).
const WRITTEN = /[\p{L}\p{M}\p{N}\u0640]+/gu;
const MARKS = /[\p{M}\u0640]/gu;

/** The normalised words of a text, each with the way it is written (without harakat). */
function* writtenWords(text: string): Iterable<[string, string]> {
  for (const [raw] of text.matchAll(WRITTEN)) {
    const tokens = tokenize(raw);
    if (tokens.length === 1) yield [tokens[0]!, raw.replace(MARKS, '')];
    else for (const t of tokens) yield [t, t];
  }
}

/** The vocabulary of what the index holds now, and the glossary: rebuilt when passages change. */
export class CollectionVocabulary {
  private cache: { version: number; vocabulary: Vocabulary } | undefined;

  constructor(
    private readonly lexical: LexicalIndex,
    private readonly translator: QueryTranslator | undefined,
  ) {}

  get(): Vocabulary {
    if (this.cache?.version !== this.lexical.version) {
      const corpus = function* (lexical: LexicalIndex, baseForms: Iterable<[string, string]>): Iterable<[string, string]> {
        for (const p of lexical.passages) if (p) yield* writtenWords(LexicalIndex.indexedText(p));
        yield* baseForms;
      };
      const glossary = (this.translator?.glossaryForms() ?? []).flatMap((f) => [...writtenWords(f)]);
      // (A family name: "Karen" of Karen AbuZayd would stand for "Kearney".)
      const names = (this.translator?.glossaryForms('person') ?? []).flatMap((f) => [...writtenWords(f)].slice(-1));
      // (Its forms of one word: "State of Palestine" is no place called "state".)
      const places = (this.translator?.glossaryForms('one-word name') ?? []).map((f) => [...writtenWords(f)]).filter((words) => words.length === 1).flat();
      const vocabulary = new Vocabulary(corpus(this.lexical, this.baseForms()), glossary, this.lexical.words.postings.keys(), { names, places, asking: queryNoiseWords() });
      this.cache = { version: this.lexical.version, vocabulary };
    }
    return this.cache.vocabulary;
  }

  /**
   * English stems of the collection that are words themselves ("recommend" of "recommendations"), so that
   * a misspelt base form ("recomend") finds its word though the collection only writes it inflected.
   */
  private *baseForms(): Iterable<[string, string]> {
    if (!this.translator) return;
    for (const stem of this.lexical.words.postings.keys()) {
      if (/^[a-z]{4,}$/.test(stem) && this.translator.isDictionaryWord(stem)) yield [stem, stem];
    }
  }

  /** The question read against this vocabulary (dialect words, misspellings): see understand.ts. */
  understand(text: string): UnderstoodQuestion {
    const vocabulary = this.get();
    const words = this.lexical.words;
    return understandQuery(text, {
      vocabulary,
      // Known by a stem, not by its root family: التاني shares a family with words of the collection, and
      // is still a misspelling of الثاني.
      known: (w) => (this.translator ? this.translator.readingsOf(w) : [w]).some((r) => words.df(r) > 0),
      frequency: (w) => Math.max(0, ...(this.translator ? this.translator.readingsOf(w) : [w]).map((r) => words.df(r))),
      realWord: (w) => this.translator?.isDictionaryWord(w) ?? false,
    });
  }
}
