import { nameSound } from '../text/name-sound.js';
import { arabicRootKeys } from '../text/arabic-root.js';
import { arabicAwareDistance } from '../text/edit-distance.js';
import { isArabicWord } from '../text/tokenize.js';

/** A word of the collection or the glossary that an unseen question word was taken for. */
export interface VocabularyMatch {
  word: string;
  cost: number;
  /**
   * Where the word is found: the collection's passages, only the glossary (names, variants), or only the words
   * that frame a question ("compare", "since": query-noise.ts).
   */
  source: 'corpus' | 'glossary' | 'asking';
}

/** Framing words of four letters or more ("since") are corrected with one edit ("sice"). */
const ASKING_MIN_LENGTH = 4;
const ASKING_BUDGET = 1;

/** A place the glossary names is found by two consonants or more, and at most two edits ("Kito": Quito). */
const PLACE_CONSONANTS = 2;
const PLACE_BUDGET = 2;

// Hamza seats fold into alef for finding candidates: مسئول، مسؤول and مسءول share their deletions.
const SEATS = /[ءئؤ]/g;

/** Every form of a word with `n` letters left out (n ≤ 2). */
function deletions(word: string, n: number): string[] {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let round = 0; round < n; round++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const d = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(d)) next.push(d);
        out.add(d);
      }
    }
    frontier = next;
  }
  return [...out];
}

const ENGLISH_STEM = /^[a-z]{5,}$/;
/**
 * Endings of an English verb or of a noun made from one ("intervened", "concluding", "adoption"): only
 * such a word is looked for in its other derivations. A name is not ("Amazon" would find "Amazonia").
 */
const DERIVED_ENDING = /^[a-z]{3,}(?:ed|ing|ion|ions|ment|ments|ance|ances|ence|ences)$/;
/** Letters two derivations share at least. */
const DERIVED_OPENING = 5;

/** Stems of one derivation family: all but at most the last two letters of the longer are shared. */
function sameDerivation(a: string, b: string): boolean {
  if (a.length < DERIVED_OPENING || b.length < DERIVED_OPENING) return false;
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared >= Math.max(DERIVED_OPENING, Math.max(a.length, b.length) - 2);
}

/** The article with its proclitic conjunction or preposition («وال», «بال»). */
const ARTICLE = /^[وف]?[بكل]?ال(?=[\u0621-\u064A]{2})/u;

/**
 * Whether an Arabic word is another with its first letter after the article changed for one unlike it: the first
 * letter is seldom the one mistyped, and «الكشري» (a dish) read «البشري» (human) answered a question on its
 * ingredients with human mobility. (Letters that stand for one another, a hamza's seat, are not unlike.)
 */
function otherFirstLetter(typed: string, known: string): boolean {
  if (!isArabicWord(typed) || typed.length !== known.length) return false;
  const article = ARTICLE.exec(typed)?.[0] ?? '';
  if (!known.startsWith(article)) return false;
  const [a, b] = [typed[article.length]!, known[article.length]!];
  return a !== b && arabicAwareDistance(a, b) >= 1 && typed.slice(article.length + 1) === known.slice(article.length + 1);
}

/**
 * Edits allowed for a word of this length: none below four letters; below six only the cheap ones (a
 * hamza seat, a vowel: ماهي must not become ماوي); one edit up to nine letters, then one and a half.
 */
export function correctionBudget(length: number): number {
  if (length < 4) return 0;
  if (length < 6) return 0.6;
  return length < 10 ? 1 : 1.5;
}

/**
 * The words of the collection and the glossary, with a symmetric-deletion index (SymSpell's idea: a word
 * and its misspelling share a form with one or two letters left out) to find the candidates of an unseen
 * word without comparing it with every word, then the Arabic-aware distance to choose among them.
 */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  /** The first way each normalised word was written (إنشاء for انشاء), to show a correction. */
  private readonly written = new Map<string, string>();
  private readonly glossaryOnly = new Set<string>();
  private readonly askingOnly = new Set<string>();
  private readonly byDeletion = new Map<string, string[]>();
  private readonly byRoot = new Map<string, Set<string>>();
  /** English stems by their first letters, to find the derivations of an unseen word. */
  private readonly byOpening = new Map<string, string[]>();
  /** The glossary's people's names in Latin letters, by their consonants (name-sound.ts). */
  private readonly bySound = new Map<string, string[]>();
  /** The places the glossary names in one word, by their consonants down to two ("Quito": kt). */
  private readonly placesBySound = new Map<string, string[]>();

  /**
   * Words are given normalised, each with the way it was written; `names`, the words of the glossary's people;
   * `places`, its names of one word; `asking`, the words that frame a question.
   */
  constructor(corpusWords: Iterable<[string, string]>, glossaryWords: Iterable<[string, string]>, stems: Iterable<string>, others: { names?: Iterable<[string, string]>; places?: Iterable<[string, string]>; asking?: Iterable<string> } = {}) {
    for (const [t, w] of corpusWords) {
      this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
      if (!this.written.has(t)) this.written.set(t, w);
    }
    for (const [t, w] of glossaryWords) {
      if (this.counts.has(t)) continue;
      this.counts.set(t, 1);
      this.written.set(t, w);
      this.glossaryOnly.add(t);
    }
    for (const t of others.asking ?? []) {
      if (this.counts.has(t) || t.length < ASKING_MIN_LENGTH) continue;
      this.counts.set(t, 1);
      this.askingOnly.add(t);
    }
    bySoundOf(this.bySound, others.names ?? []);
    bySoundOf(this.placesBySound, others.places ?? [], PLACE_CONSONANTS);
    for (const word of this.counts.keys()) {
      if (word.length < 3 || /\d/.test(word)) continue;
      for (const d of deletions(word.replace(SEATS, 'ا'), word.length >= 7 ? 2 : 1)) {
        const list = this.byDeletion.get(d);
        if (list) list.push(word);
        else this.byDeletion.set(d, [word]);
      }
    }
    for (const stem of stems) {
      if (ENGLISH_STEM.test(stem)) {
        const opening = stem.slice(0, DERIVED_OPENING);
        const list = this.byOpening.get(opening);
        if (list) list.push(stem);
        else this.byOpening.set(opening, [stem]);
      }
      for (const key of isArabicWord(stem) ? arabicRootKeys(stem) : []) {
        const set = this.byRoot.get(key) ?? new Set<string>();
        set.add(stem);
        this.byRoot.set(key, set);
      }
    }
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  /** How a known normalised word is written in the collection or the glossary. */
  writtenForm(word: string): string {
    return this.written.get(word) ?? word;
  }

  /** Indexed stems of Arabic words that share this word's root key (أنشئت → انشاء، انشا…). */
  rootFamily(word: string): string[] {
    const keys = isArabicWord(word) ? arabicRootKeys(word) : [];
    return [...new Set(keys.flatMap((k) => [...(this.byRoot.get(k) ?? [])]))];
  }

  /**
   * Indexed stems of other derivations of an English word the collection never uses ("intervened" asked,
   * "interventions" written; "concluded" and "conclusions"): stems that differ only in their last two
   * letters, from five letters on. Stemming joins a word's inflections, not its verb and noun; a word
   * the collection knows is matched as it is written.
   */
  derivedFamily(word: string, stems: readonly string[]): string[] {
    if (this.has(word) || !DERIVED_ENDING.test(word)) return [];
    const family = stems.flatMap((stem) => (this.byOpening.get(stem.slice(0, DERIVED_OPENING)) ?? []).filter((known) => sameDerivation(stem, known)));
    return [...new Set(family)].filter((f) => !stems.includes(f));
  }

  /**
   * Two known words written without the space between them (التشاورالعربية، ماهي), the split whose rarer
   * half is the most frequent; each half has at least two letters.
   */
  split(word: string): [string, string] | undefined {
    let best: { parts: [string, string]; count: number } | undefined;
    for (let i = 2; i <= word.length - 2; i++) {
      const a = word.slice(0, i);
      const b = word.slice(i);
      const count = Math.min(this.counts.get(a) ?? 0, this.counts.get(b) ?? 0);
      if (count > 0 && (!best || count > best.count)) best = { parts: [a, b], count };
    }
    return best?.parts;
  }

  /**
   * The one name the collection or the glossary writes with the same consonants as an unseen word: "Elfergani",
   * "Farghani" for El-Fergany, "Ghazzala" for Ghazaleh, spellings further apart than a slip of the finger.
   */
  soundsLike(word: string): string | undefined {
    const sound = nameSound(word);
    const names = sound ? this.bySound.get(sound) : undefined;
    return names?.length === 1 ? names[0] : this.placeSounding(word);
  }

  /**
   * The one place the glossary names in a word that sounds as an unseen word and is spelt near it ("Kito": Quito;
   * Kuwait sounds the same, and is further). Spelling too: two consonants are shared by many words, and a
   * person's name in another collection ("Kearney") is no place of this one's ("Ukraine").
   */
  private placeSounding(word: string): string | undefined {
    const sound = nameSound(word, PLACE_CONSONANTS);
    const near = (sound ? (this.placesBySound.get(sound) ?? []) : []).map((place) => ({ place, cost: arabicAwareDistance(word, place, PLACE_BUDGET) })).filter((n) => n.cost <= PLACE_BUDGET);
    const least = Math.min(...near.map((n) => n.cost));
    const nearest = near.filter((n) => n.cost === least);
    return nearest.length === 1 ? nearest[0]!.place : undefined;
  }

  /** The nearest known word within the budget for its length; on a tie, a letter typed once, then the more frequent. */
  nearest(word: string): VocabularyMatch | undefined {
    const budget = correctionBudget(word.length);
    if (budget === 0) return undefined;
    const candidates = new Set<string>();
    for (const d of deletions(word.replace(SEATS, 'ا'), word.length >= 7 ? 2 : 1)) {
      for (const w of this.byDeletion.get(d) ?? []) candidates.add(w);
    }
    let best: VocabularyMatch | undefined;
    for (const w of candidates) {
      // A slip of a word that frames questions ("sice", "copare") has no subject of the record to be taken for.
      // (Latin words only: Arabic words are shorter and nearer one another, «لكرة» is no slip of «فكرة».)
      if (otherFirstLetter(word, w)) continue;
      const allowed = this.askingOnly.has(w) && !isArabicWord(w) ? Math.max(budget, ASKING_BUDGET) : budget;
      const cost = arabicAwareDistance(word, w, allowed);
      if (cost > allowed || cost === 0) continue;
      if (!best || cost < best.cost || (cost === best.cost && nearerSlip(word, w, best.word, this.counts))) {
        best = { word: w, cost, source: this.askingOnly.has(w) ? 'asking' : this.glossaryOnly.has(w) ? 'glossary' : 'corpus' };
      }
    }
    return best;
  }
}

/**
 * Of two words as near as each other, the one the typed word is with a letter doubled: typing a double
 * letter once is the commonest slip ("finaly" is "finally", not "final"; "comittee", "oficial"); otherwise the
 * more frequent.
 */
function nearerSlip(typed: string, candidate: string, best: string, counts: ReadonlyMap<string, number>): boolean {
  const doubled = (w: string) => w.length === typed.length + 1 && [...w].some((c, i) => i > 0 && c === w[i - 1] && w.slice(0, i) + w.slice(i + 1) === typed);
  if (doubled(candidate) !== doubled(best)) return doubled(candidate);
  return counts.get(candidate)! > counts.get(best)!;
}

/** Adds each name to the index of the names that sound as it does (name-sound.ts), from `least` consonants. */
function bySoundOf(index: Map<string, string[]>, names: Iterable<[string, string]>, least?: number): void {
  for (const [word] of names) {
    const sound = nameSound(word, least);
    const known = sound ? (index.get(sound) ?? []) : [];
    if (sound && !known.includes(word)) index.set(sound, [...known, word]);
  }
}
