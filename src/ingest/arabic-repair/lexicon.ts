import { bareWord } from './chars.js';
import type { HunspellDictionary } from './hunspell.js';

const HAMZA_ALEFS = /[أإآ]/gu;
const ARABIC_WORD = /[\u0621-\u064A\u0671-\u06D3][\u0621-\u065F\u0670-\u06D3\u0640]*/gu;

/** Hamza and madda on alef are often left out in writing (`الاعضاء`, `الية`): such spellings are still words. */
export function foldAlef(word: string): string {
  return word.replace(HAMZA_ALEFS, 'ا');
}

/** Distinct corpus words at which the lexicon's evidence is full. */
const FULL_VOCABULARY = 2000;
/** What the word list alone is worth: it knows words, not which are used, nor how often. */
const WORD_LIST_STRENGTH = 0.5;

/** Alefs whose hamza or madda a word list may want back; more are not tried (each costs a lookup per form). */
const MAX_BARE_ALEFS = 3;

/**
 * The word with one bare alef given its hamza or madda back (`انواع` → `أنواع`): hunspell-ar lists only
 * the full spelling, so without these a common spelling is unknown while its mirror image (`عاونا`)
 * is listed, and the repair "fixed" correct text.
 */
export function hamzaSpellings(word: string): string[] {
  const out: string[] = [];
  const letters = [...word];
  let tried = 0;
  for (let i = 0; i < letters.length && tried < MAX_BARE_ALEFS; i++) {
    if (letters[i] !== 'ا') continue;
    tried++;
    for (const a of ['أ', 'إ', 'آ']) out.push([...letters.slice(0, i), a, ...letters.slice(i + 1)].join(''));
  }
  return out;
}

/**
 * What the repair steps know about Arabic words: frequencies counted in well-formed text (the corpus and
 * the glossary) and membership in a maintained word list (hunspell-ar, read from the system when present).
 * Costs are negative log probabilities, so that segmentation can add them up.
 */
export class Lexicon {
  private readonly counts = new Map<string, number>();
  private readonly folded = new Map<string, number>();
  private total = 0;
  private readonly costCache = new Map<string, number>();
  private readonly knownCache = new Map<string, boolean>();
  private readonly memos = new Map<string, boolean>();

  constructor(private readonly wordList: HunspellDictionary | null = null) {}

  /** Counts every Arabic word of a well-formed text. */
  addText(text: string, weight = 1): void {
    for (const m of text.matchAll(ARABIC_WORD)) this.addWord(m[0], weight);
  }

  addWord(word: string, weight = 1): void {
    const key = bareWord(word);
    if (key.length < 2) return;
    this.counts.set(key, (this.counts.get(key) ?? 0) + weight);
    const f = foldAlef(key);
    this.folded.set(f, (this.folded.get(f) ?? 0) + weight);
    this.total += weight;
    this.costCache.clear();
    this.knownCache.clear();
    this.memos.clear();
  }

  /** Corpus count of the word, or of its spellings with hamza/madda left out, discounted. */
  count(word: string): number {
    const key = bareWord(word);
    return this.counts.get(key) ?? (this.folded.get(foldAlef(key)) ?? 0) / 2;
  }

  /** Known: seen in the corpus or glossary, or accepted by the word list. One letter is never a word here. */
  isKnown(word: string): boolean {
    const key = bareWord(word);
    if (key.length < 2) return false;
    if (this.counts.has(key) || this.folded.has(foldAlef(key))) return true;
    if (!this.wordList) return false;
    let known = this.knownCache.get(key);
    if (known === undefined) {
      const list = this.wordList;
      known = list.isWord(key) || hamzaSpellings(key).some((w) => list.isWord(w));
      if (this.knownCache.size > 100_000) this.knownCache.clear();
      this.knownCache.set(key, known);
    }
    return known;
  }

  /** Remembers a yes/no judgement about words (fragment pairs are asked about again and again). */
  memo(key: string, judge: () => boolean): boolean {
    let v = this.memos.get(key);
    if (v === undefined) {
      if (this.memos.size > 100_000) this.memos.clear();
      v = judge();
      this.memos.set(key, v);
    }
    return v;
  }

  hasWordList(): boolean {
    return this.wordList !== null;
  }

  /**
   * 0–1: how far a rewrite into a word this lexicon knows can be believed. A new corpus gives it no
   * vocabulary of its own, and a rewrite then rests on the word list alone (which turned `انواع` into
   * `عاونا`) or on nothing; the sample corpus's 2,700 distinct words count as full evidence.
   */
  get strength(): number {
    return Math.min(1, this.counts.size / FULL_VOCABULARY + (this.wordList ? WORD_LIST_STRENGTH : 0));
  }

  get size(): number {
    return this.counts.size;
  }

  /** Cost of a word known only from the word list: a little dearer than a word seen once in the corpus. */
  get listedCost(): number {
    return Math.log(Math.max(this.total, 100) / 0.5) + 1;
  }

  /** Cost of a word nobody knows, growing with its length so that glued runs are worth splitting. */
  unknownCost(length: number): number {
    // A lone letter is dearer still: splitting one off a word is how segmentation goes wrong.
    return this.listedCost + 6 + 2.5 * length + (length === 1 ? 3 : 0);
  }

  /** Negative log probability of a word; unknown words cost by length. */
  cost(word: string): number {
    const key = bareWord(word);
    const cached = this.costCache.get(key);
    if (cached !== undefined) return cached;
    const c = key.length < 2 ? 0 : this.count(key);
    let cost: number;
    if (c > 0) cost = Math.log(Math.max(this.total, 100) / c);
    else if (this.isKnown(key)) cost = this.listedCost;
    else cost = this.unknownCost(key.length);
    if (this.costCache.size > 100_000) this.costCache.clear();
    this.costCache.set(key, cost);
    return cost;
  }
}
