import { normalizeArabic } from '../../text/normalize.js';
import type { Token } from './tokens.js';

/**
 * A bigram model of word order learned from well-formed text, used to tell a line in reading order from
 * one in visual (reversed) order. Sparse word bigrams back off (Witten-Bell) to bigrams over word classes:
 * frequent words are their own class, other Arabic words are classed by clitic prefix and suffix, numbers,
 * Latin words and bullets by kind, punctuation by mark. Line starts and ends are modelled too, since a
 * bullet or a full stop says a lot about which end of a line is its beginning.
 */

const START = '<s>';
const END = '</s>';
const PREFIXES = ['وبال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف'];
const SUFFIXES = ['ات', 'ين', 'ون', 'ية', 'ها', 'هم', 'ه', 'ي', 'ا'];
const FREQUENT_WORDS = 80;

export function wordKey(t: Token): string {
  switch (t.kind) {
    case 'ar':
      return normalizeArabic(t.text);
    case 'num':
      return '<num>';
    case 'lat':
      return '<lat>';
    case 'bullet':
      return '<bul>';
    default:
      return t.text;
  }
}

function shapeClass(key: string): string {
  const prefix = PREFIXES.find((p) => key.startsWith(p) && key.length - p.length >= 2) ?? '';
  const suffix = SUFFIXES.find((s) => key.endsWith(s) && key.length - s.length >= 2) ?? '';
  return `ar:${prefix}|${suffix}`;
}

class Counter<K> extends Map<K, number> {
  inc(key: K, by = 1): void {
    this.set(key, (this.get(key) ?? 0) + by);
  }
  n(key: K): number {
    return this.get(key) ?? 0;
  }
}

/** Counts of one bigram table: pairs, contexts, and how many distinct followers each context has. */
class BigramCounts {
  readonly pairs = new Counter<string>();
  readonly context = new Counter<string>();
  readonly followers = new Counter<string>();
  add(a: string, b: string): void {
    const k = `${a}\u0001${b}`;
    if (!this.pairs.has(k)) this.followers.inc(a);
    this.pairs.inc(k);
    this.context.inc(a);
  }
  /** Witten-Bell interpolation of P(b|a) with a lower-order estimate. */
  prob(a: string, b: string, lower: number): number {
    const c = this.context.n(a);
    if (c === 0) return lower;
    const t = this.followers.n(a);
    return (this.pairs.n(`${a}\u0001${b}`) + t * lower) / (c + t);
  }
}

export class WordOrderModel {
  private readonly words = new Counter<string>();
  private readonly classes = new Counter<string>();
  private readonly classMembers = new Counter<string>();
  private readonly wordBigrams = new BigramCounts();
  private readonly classBigrams = new BigramCounts();
  private frequent = new Set<string>();
  private tokens = 0;
  private lines = 0;
  // Line reordering asks for the same pairs over and over: keys and probabilities are remembered.
  private readonly keys = new Map<string, string>();
  private readonly memo = new Map<string, number>();

  /** Learns from lines of well-formed text, each already split into tokens. */
  static train(lines: Token[][]): WordOrderModel {
    const model = new WordOrderModel();
    const keyed = lines.filter((l) => l.length > 0).map((l) => l.map(wordKey));
    for (const line of keyed) for (const k of line) model.words.inc(k);
    const ranked = [...model.words.entries()].sort((a, b) => b[1] - a[1]);
    model.frequent = new Set(ranked.slice(0, FREQUENT_WORDS).map(([k]) => k));
    for (const [k, n] of model.words) {
      model.classes.inc(model.classOf(k), n);
      model.classMembers.inc(model.classOf(k));
      model.tokens += n;
    }
    for (const line of keyed) {
      model.lines++;
      const seq = [START, ...line, END];
      for (let i = 1; i < seq.length; i++) {
        model.wordBigrams.add(seq[i - 1]!, seq[i]!);
        model.classBigrams.add(model.classOf(seq[i - 1]!), model.classOf(seq[i]!));
      }
    }
    return model;
  }

  get trainedLines(): number {
    return this.lines;
  }

  private classOf(key: string): string {
    if (key === START || key === END || this.frequent.has(key) || !/^[\u0621-\u064A]/u.test(key)) return key;
    return shapeClass(key);
  }

  /** P(word | its class), smoothed so that unseen words keep a little mass. */
  private emission(key: string): number {
    if (key === END) return 1;
    const cls = this.classOf(key);
    if (cls === key) return 1;
    return (this.words.n(key) + 0.1) / (this.classes.n(cls) + 0.1 * (this.classMembers.n(cls) + 1));
  }

  private unigram(cls: string): number {
    const nClasses = this.classes.size + 2;
    return (this.classes.n(cls) + (cls === END ? this.lines : 0) + 1) / (this.tokens + this.lines + nClasses);
  }

  private classProb(a: string, b: string): number {
    const cb = this.classOf(b);
    return this.classBigrams.prob(this.classOf(a), cb, this.unigram(cb)) * this.emission(b);
  }

  /** log P(b | a) for token keys; START and END mark the line's edges. */
  logProbKeys(a: string, b: string): number {
    const k = `${a}\u0001${b}`;
    let v = this.memo.get(k);
    if (v === undefined) {
      if (this.memo.size > 200_000) this.memo.clear();
      v = this.computeLogProb(a, b);
      this.memo.set(k, v);
    }
    return v;
  }

  private computeLogProb(a: string, b: string): number {
    const lower = this.classProb(a, b);
    let p = this.wordBigrams.prob(a, b, lower);
    // Lines cut from slides and wrapped paragraphs start and end mid-sentence: soften the edges.
    if (b === END) p = 0.5 * p + 0.5 * 0.05;
    else if (a === START) p = 0.5 * p + 0.5 * this.unigram(this.classOf(b)) * this.emission(b);
    return Math.log(p);
  }

  logProb(a: Token | null, b: Token | null): number {
    return this.logProbKeys(a ? this.keyOf(a) : START, b ? this.keyOf(b) : END);
  }

  private keyOf(t: Token): string {
    if (t.kind !== 'ar') return wordKey(t);
    let k = this.keys.get(t.text);
    if (k === undefined) {
      if (this.keys.size > 100_000) this.keys.clear();
      k = wordKey(t);
      this.keys.set(t.text, k);
    }
    return k;
  }

  /** Log-likelihood of a whole line in the given order. */
  score(line: Token[]): number {
    let total = 0;
    for (let i = 0; i <= line.length; i++) total += this.logProb(line[i - 1] ?? null, line[i] ?? null);
    return total;
  }
}
