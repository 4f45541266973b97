import type { LexicalIndex } from './lexical-index.js';
import { contentTokens, type Concept, type Token } from './translate.js';

/** A concept as the coverage score sees it: any one alternative, all of its words present, counts. */
interface Alternative {
  tokens: Token[];
  df: number;
}

/**
 * Whether a passage holds a word: one of its stems, or, for a word the index has never seen (أنشئت), one
 * of its root family. A word the index knows is not found through its family: العمالة (labour) would
 * otherwise be found in every passage naming the process, عملية.
 */
function matchesWord(t: Token, id: number, index: LexicalIndex): boolean {
  const field = index.words;
  if (t.readings.some((r) => field.contains(r, id))) return true;
  return t.related !== undefined && t.readings.every((r) => field.df(r) === 0) && t.related.some((r) => field.contains(r, id));
}

/** Passages holding a word: its own stems, or its root family when the index has never seen the word. */
function wordDf(t: Token, index: LexicalIndex): number {
  const own = t.readings.reduce((s, r) => s + index.words.df(r), 0);
  return own > 0 ? own : (t.related ?? []).reduce((s, r) => s + index.words.df(r), 0);
}

function alternatives(concept: Concept, index: LexicalIndex): Alternative[] {
  const field = index.words;
  const forms = [concept.source, ...concept.targets.map((t) => contentTokens(t, index.options))].filter((f) => f.length > 0);
  return forms.map((tokens) => ({
    tokens,
    // A phrase is at most as frequent as its rarest word.
    df: Math.min(...tokens.map((t) => Math.min(field.docCount, wordDf(t, index)))),
  }));
}

/**
 * Share of the question's concepts (weighted by idf and by how many words they span) that a passage
 * expresses, in [0, 1]. A question whose rare words appear nowhere in the collection scores low however
 * well its common words match, which is what out-of-scope questions look like. Concepts the index has
 * never seen weigh as much as the rarest word.
 */
export class CoverageScorer {
  private readonly items: Array<{ weight: number; alts: Alternative[] }>;

  constructor(
    private readonly index: LexicalIndex,
    concepts: readonly Concept[],
  ) {
    const field = index.words;
    this.items = concepts.map((c) => {
      const alts = alternatives(c, index);
      const df = Math.max(0, ...alts.map((a) => a.df));
      return { weight: c.source.length * field.idf(df), alts };
    });
  }

  score(id: number): number {
    let total = 0;
    let hit = 0;
    for (const item of this.items) {
      total += item.weight;
      const found = item.alts.some((a) => a.df > 0 && a.tokens.every((t) => matchesWord(t, id, this.index)));
      if (found) hit += item.weight;
    }
    return total > 0 ? hit / total : 0;
  }
}
