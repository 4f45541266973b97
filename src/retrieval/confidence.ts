import type { LexicalIndex } from './lexical-index.js';
import { isStateName } from '../text/country-names.js';
import { KIND_WEIGHT } from '../question/answer-kind.js';
import { givesInstance } from './answer-instances.js';
import { withStateOfPeople } from './peoples.js';
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
 * out-of-scope question over the threshold. It counts only for whether to answer (`expressed`), not for
 * ranking (`fit`), where a passage with the asked word itself should stay ahead.
 */
const FAMILY_CREDIT = 0.5;

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
 * How a passage holds a word: by one of its stems, or by its root family — which for a word the index has
 * never seen (أنشئت) stands for the word itself — or not at all.
 */
type Held = 'word' | 'unended' | 'family' | 'none';

function holds(t: Token, id: number, index: LexicalIndex): Held {
  const field = index.words;
  if (t.readings.some((r) => field.contains(r, id))) return 'word';
  if (t.unended?.some((r) => field.contains(r, id))) return 'unended';
  if (t.related === undefined || !t.related.some((r) => field.contains(r, id))) return 'none';
  return t.readings.every((r) => field.df(r) === 0) ? 'word' : 'family';
}

type Reading = 'fit' | 'expressed';
const READINGS: readonly Reading[] = ['fit', 'expressed'];
const CREDIT: Record<Reading, Record<Held, number>> = {
  fit: { word: 1, unended: 0, family: 0, none: 0 },
  expressed: { word: 1, unended: 1, family: FAMILY_CREDIT, none: 0 },
};

/** Coverage of a passage as ranking reads it (`fit`) and as the decision to answer reads it (`expressed`). */
export interface Coverage {
  fit: number;
  expressed: number;
}

/** Whether the collection has passages in the script of a word (Arabic or Latin), read once per version of the index. */
function holdsScriptOf(index: LexicalIndex, word: string): boolean {
  const arabic = /[\u0600-\u06FF]/.test(word);
  let seen = scripts.get(index);
  if (!seen || seen.version !== index.version) {
    const langs = new Set(index.passages.map((p) => p?.lang));
    seen = { version: index.version, arabic: langs.has('ar'), latin: langs.has('en') };
    scripts.set(index, seen);
  }
  return arabic ? seen.arabic : seen.latin;
}
const scripts = new WeakMap<LexicalIndex, { version: number; arabic: boolean; latin: boolean }>();

/**
 * Passages holding a word: its own stems, or when the index has never seen the word, the same word as the
 * collection writes it («نظم» for «نظمت», «تتولى» for «يتولى») and its root family.
 */
function wordDf(t: Token, index: LexicalIndex): number {
  const own = t.readings.reduce((s, r) => s + index.words.df(r), 0);
  return own > 0 ? own : [...(t.unended ?? []), ...(t.related ?? [])].reduce((s, r) => s + index.words.df(r), 0);
}

function alternatives(concept: Concept, index: LexicalIndex): Alternative[] {
  const field = index.words;
  const forms = [concept.source, ...concept.targets.map((t) => contentTokens(t, index.options))]
    .filter((f) => f.length > 0)
    .map((f) => f.map((t) => withStateOfPeople(t, index.options)));
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
 * never seen weigh as much as the rarest word, except verbs (`onlyVerb`, verb-words.ts) when they are all the
 * question's unknown words: the asker's wording of what happened, which no passage could hold, weighs
 * nothing in the decision to answer.
 */
export class CoverageScorer {
  private readonly items: Array<Item>;
  /**
   * "How many Moroccan migrants are in Spain now?": a state the question names that no passage names. Whatever
   * else matches, nothing on record is about it (the GFMD's sessions, co-chaired by Morocco, answered).
   */
  readonly absentState: boolean;

  constructor(
    private readonly index: LexicalIndex,
    concepts: readonly Concept[],
    onlyVerb: (word: string) => boolean = () => false,
  ) {
    const field = index.words;
    const asked = new Set(concepts.flatMap((c) => c.source.flatMap((t) => t.readings)));
    const families = concepts.map((c) => ({ ...c, source: c.source.map((t) => creditableFamily(t, asked, index)) }));
    const read = families.map((c) => {
      const alts = alternatives(c, index);
      const df = Math.max(0, ...alts.map((a) => a.df));
      return { c, alts, df, verb: df === 0 && c.source.length === 1 && onlyVerb(c.source[0]!.text) };
    });
    // Only when the verbs are all the question's unknown words: beside an unknown noun ("the budget allocated
    // to…") the record lacks the thing, and the verb's weight is the rest of that absence.
    const verbsOnly = read.every((r) => r.df > 0 || r.verb);
    // Named in a language the collection is written in: asked in English of Arabic passages (a reading-comprehension
    // set), a state's name may only have failed to translate.
    const named = (r: (typeof read)[number]) => r.c.source.map((t) => t.text).join(' ');
    this.absentState = read.some((r) => r.df === 0 && isStateName(named(r)) && holdsScriptOf(index, named(r)));
    this.items = read.map(({ c, alts, df, verb }) => {
      const weight = c.source.length * field.idf(df);
      const expressed = verb && verbsOnly ? 0 : weight * (c.kind ? KIND_WEIGHT : 1);
      // (An office's holders, read by their names, weigh nothing of their own: the office's words say how rare it is.)
      const holders = c.holders?.map((form) => contentTokens(form, index.options)).filter((tokens) => tokens.length > 0);
      return { weight: { fit: weight, expressed }, alts, ...(c.answeredBy ? { answeredBy: c.answeredBy } : {}), ...(holders?.length ? { holders } : {}) };
    });
  }

  /** How each of the question's concepts is held by a passage, as the decision to answer reads it. */
  expressedBy(id: number): number[] {
    return this.items.map((item) => degree(this.held(item, id), CREDIT.expressed));
  }

  /**
   * How far passages together express the question, given each one's `expressedBy`: each concept as well as
   * the best of them holds it ("the difference between the GCM and the GCR" is answered by two documents).
   */
  together(perPassage: ReadonlyArray<readonly number[]>): number {
    let total = 0;
    let hit = 0;
    this.items.forEach((item, k) => {
      total += item.weight.expressed;
      hit += item.weight.expressed * Math.max(0, ...perPassage.map((held) => held[k]!));
    });
    return total > 0 ? hit / total : 0;
  }

  /** Both readings in one pass over the index look-ups. */
  score(id: number): Coverage {
    const total = { fit: 0, expressed: 0 };
    const hit = { fit: 0, expressed: 0 };
    for (const item of this.items) {
      const held = this.held(item, id);
      for (const reading of READINGS) {
        total[reading] += item.weight[reading];
        hit[reading] += item.weight[reading] * degree(held, CREDIT[reading]);
      }
    }
    const share = (r: Reading) => (total[r] > 0 ? hit[r] / total[r] : 0);
    return { fit: share('fit'), expressed: share('expressed') };
  }

  /**
   * How a passage holds each word of each alternative the index knows. A frame word asking for a date or a
   * place is held, for the decision to answer, by a passage that gives one ("dates" by "17–20 May 2022");
   * ranking still reads the word alone.
   */
  private held(item: Item, id: number): Held[][] {
    const words = item.alts.filter((a) => a.df > 0).map((a) => a.tokens.map((t) => holds(t, id, this.index)));
    const text = item.answeredBy && this.index.passages[id]?.text;
    if (text && givesInstance(text, item.answeredBy!)) return [...words, ['unended']];
    // «أوضحت أبو غزالة في الاجتماع التاسع…» for what the Assistant Secretary-General said there: an office is held,
    // for the decision to answer, by a passage naming one of its holders (not for ranking, which reads the words asked).
    const byHolder = item.holders?.some((tokens) => tokens.every((t) => holds(t, id, this.index) === 'word'));
    return byHolder ? [...words, ['unended']] : words;
  }
}

/** One concept of the question as the scorer weighs and finds it. */
interface Item {
  weight: Record<Reading, number>;
  alts: Alternative[];
  answeredBy?: Concept['answeredBy'];
  /** The forms of an office's holders, each as its content tokens. */
  holders?: Token[][];
}

/** An alternative holds as far as its weakest word; the concept as far as its best alternative. */
function degree(alternatives: Held[][], credit: Record<Held, number>): number {
  return Math.max(0, ...alternatives.map((words) => Math.min(...words.map((w) => credit[w]))));
}
