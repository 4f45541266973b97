import type { LexicalIndex } from './lexical-index.js';
import { contentTokens, type Concept, type Token } from './translate.js';

/** A concept as the coverage score sees it: any one alternative, all of its words present, counts. */
interface Alternative {
  tokens: Token[];
  df: number;
}

/**
 * Share of a word's weight that a passage earns through the word's root family alone when the index
 * knows the word itself: «انعقد» asked, «عُقد» written. Partial, because a family also joins words of
 * other meanings (العمالة, labour, and عملية, process): such a match alone must not lift an
 * out-of-scope question over the threshold. Measured in settings.ts.
 */
export const FAMILY_CREDIT = 0.5;

/**
 * A known word more frequent than this is taken to be written as asked wherever the collection means it:
 * its family earns nothing (نظام would otherwise be found in every منظمة).
 */
const RARE_KNOWN_DF = 5;

/**
 * The root family a word may be found through: all of it for a word the index has never seen; for a rare
 * known word, its members that the question does not ask for in its own right (للعمالة is not found
 * through عملية when the question names عملية التشاور); none for a common word.
 */
function creditableFamily(t: Token, asked: ReadonlySet<string>, index: LexicalIndex): Token {
  if (!t.related) return t;
  const own = t.readings.reduce((s, r) => s + index.words.df(r), 0);
  if (own === 0) return t;
  return { ...t, related: own > RARE_KNOWN_DF ? undefined : t.related.filter((r) => !asked.has(r)) };
}

/**
 * How far a passage holds a word, in [0, 1]: 1 for one of its stems, or, for a word the index has never
 * seen (أنشئت), one of its root family; FAMILY_CREDIT for the family of a word the index knows.
 */
function matchesWord(t: Token, id: number, index: LexicalIndex, familyCredit: number): number {
  const field = index.words;
  if (t.readings.some((r) => field.contains(r, id))) return 1;
  if (t.related === undefined || !t.related.some((r) => field.contains(r, id))) return 0;
  return t.readings.every((r) => field.df(r) === 0) ? 1 : familyCredit;
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

  /**
   * familyCredit: what the root family of a known word earns (FAMILY_CREDIT for the abstention
   * decision; 0 for ranking, where a passage with the asked word itself should stay ahead).
   */
  constructor(
    private readonly index: LexicalIndex,
    concepts: readonly Concept[],
    private readonly familyCredit = 0,
  ) {
    const field = index.words;
    const asked = new Set(concepts.flatMap((c) => c.source.flatMap((t) => t.readings)));
    const families = concepts.map((c) => ({ ...c, source: c.source.map((t) => creditableFamily(t, asked, index)) }));
    this.items = families.map((c) => {
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
      hit += item.weight * this.held(item.alts, id);
    }
    return total > 0 ? hit / total : 0;
  }

  /** An alternative holds as far as its weakest word; the concept as far as its best alternative. */
  private held(alts: Alternative[], id: number): number {
    const degree = (a: Alternative) => Math.min(...a.tokens.map((t) => matchesWord(t, id, this.index, this.familyCredit)));
    return Math.max(0, ...alts.filter((a) => a.df > 0).map(degree));
  }
}
