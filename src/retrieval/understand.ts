import { expandAbbreviation } from '../text/abbreviations.js';
import { dialectToMsa } from '../text/dialect.js';
import { arabicOrdinalWord, englishCardinalWord, englishOrdinalWord, forumNumber } from '../text/ordinals.js';
import { isQueryNoise } from '../text/query-noise.js';
import { isStopword } from '../text/stopwords.js';
import { isArabicWord, tokenize } from '../text/tokenize.js';
import type { Vocabulary } from './vocabulary.js';
import { rareWithProclitic, withoutProclitic } from './proclitic-read.js';

/** One word of the question read as another: a dialect word in Modern Standard Arabic, or a misspelling. */
export interface Correction {
  from: string;
  to: string;
  /**
   * dialect: the dialect table; abbreviation: "dept" and the like; spelling: a word of the collection;
   * glossary: a glossary form (names spelt another way).
   */
  kind: 'dialect' | 'abbreviation' | 'spelling' | 'glossary';
}

/** The question as search read it, and what it changed to read it so. */
export interface UnderstoodQuestion {
  text: string;
  corrections: Correction[];
}

export interface UnderstandDeps {
  vocabulary: Vocabulary;
  /** Whether the index knows the word by any of its stem readings. */
  known(word: string): boolean;
  /** Passages holding the word by any of its stem readings. */
  frequency(word: string): number;
  /** Whether the word is a real word the collection happens not to use (the bilingual dictionary knows it). */
  realWord(word: string): boolean;
}

// Words as written: runs of letters, digits and the marks normalisation deletes (harakat, tatweel).
const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;

interface Span {
  start: number;
  end: number;
  token: string;
}

function spans(text: string): Span[] {
  return [...text.matchAll(WORD)].flatMap((m) => {
    const tokens = tokenize(m[0]);
    // «الدورة ال12», «الاجتماع الـ6»: the number after the article is the noun's, and the whole is rewritten.
    const numbered = tokens.length === 2 && tokens[0] === 'ال' && /^\d{1,2}$/.test(tokens[1]!);
    if (numbered) return [{ start: m.index, end: m.index + m[0].length, token: tokens[1]! }];
    // A glued run (GCM2018) is more than one token: left as written.
    return tokens.length === 1 ? [{ start: m.index, end: m.index + m[0].length, token: tokens[0]! }] : [];
  });
}

// A correction this cheap (a hamza seat, a vowel) is taken before splitting a word in two.
const CHEAP = 0.5;

function spelling(token: string, deps: UnderstandDeps): { to: string; kind: Correction['kind'] } | undefined {
  if (isStopword(token) || isQueryNoise(token) || /\d/.test(token)) return undefined;
  const glued = gluedPreposition(token, deps) ?? possessedNoun(token, deps);
  if (glued) return { to: deps.vocabulary.writtenForm(glued), kind: 'spelling' };
  const expanded = expandAbbreviation(token);
  if (expanded && !deps.vocabulary.has(token)) return { to: expanded, kind: 'abbreviation' };
  const cliticRead = rareWithProclitic(token, deps);
  if (cliticRead) return { to: deps.vocabulary.writtenForm(cliticRead), kind: 'spelling' };
  if (deps.vocabulary.has(token) || deps.known(token)) return undefined;
  const accusative = accusativeAlif(token, deps);
  if (accusative) return { to: deps.vocabulary.writtenForm(accusative), kind: 'spelling' };
  if (deps.realWord(token)) return doubledLetter(token, deps) ?? swappedLetters(token, deps) ?? cheapSlip(token, deps);
  const verb = dialectVerb(token, deps);
  if (verb) return { to: deps.vocabulary.writtenForm(verb), kind: 'dialect' };
  const bare = withoutProclitic(token, deps);
  if (bare) return { to: deps.vocabulary.writtenForm(bare), kind: 'spelling' };
  const asked = questionWordOn(token, deps);
  if (asked) return { to: `${asked.word} ${deps.vocabulary.writtenForm(asked.rest)}`, kind: 'spelling' };
  // By stem in English only: Arabic stems join more words, and such swaps cost the Arabic reading-comprehension
  // questions (recall at 1 0.924 → 0.923).
  const match = deps.vocabulary.nearest(token);
  // An alef or hamza left out («الجتماع») is nearer than two letters swapped into another word («لاجتماع»).
  const swapped = match && match.cost <= CHEAP && isArabicWord(token) ? undefined : swappedLetters(token, deps, { byStem: !isArabicWord(token) });
  if (swapped) return swapped;
  // ("Copare" is "compare", a word of the asking, not "cop are".)
  const split = match && (match.cost <= CHEAP || match.source === 'asking') ? undefined : deps.vocabulary.split(token);
  const written = (w: string) => deps.vocabulary.writtenForm(w);
  if (split) return { to: split.map(written).join(' '), kind: 'spelling' };
  if (match) return { to: written(match.word), kind: match.source === 'glossary' ? 'glossary' : 'spelling' };
  const name = isArabicWord(token) ? undefined : deps.vocabulary.soundsLike(token);
  return name ? { to: written(name), kind: 'glossary' } : undefined;
}

/**
 * A word the dictionary knows only by its stem ("meting" is Porter's "mete", "discused" its "discus") that
 * the collection writes with a letter doubled ("meeting", "discussed"), the last one too ("discus",
 * "proces"): a slip of the finger, not a word the collection lacks. Only that slip: a real word one edit
 * from another is left as it is.
 */
function doubledLetter(token: string, deps: UnderstandDeps): { to: string; kind: Correction['kind'] } | undefined {
  if (isArabicWord(token)) return undefined;
  for (let i = 1; i <= token.length; i++) {
    const doubled = `${token.slice(0, i)}${token[i - 1]}${token.slice(i)}`;
    if (token[i - 1] !== token[i] && (deps.vocabulary.has(doubled) || deps.known(doubled))) {
      return { to: deps.vocabulary.writtenForm(doubled), kind: 'spelling' };
    }
  }
  return undefined;
}

/**
 * The collection's word with two adjacent letters swapped ("frist" for "first", "meetign"): the commonest
 * slip of the fingers, taken before a nearest word, whose budget a five-letter word's swap exceeds; also when
 * the dictionary knows the slip as a word of its own. A word the collection itself writes, or, for a slip
 * that is no word at all (`byStem`), one it writes in another form ("trianed" is "trained", and the
 * collection writes "training"; the nearest word it writes was too far).
 */
function swappedLetters(token: string, deps: UnderstandDeps, options: { byStem?: boolean } = {}): { to: string; kind: Correction['kind'] } | undefined {
  if (token.length < (options.byStem === true ? SWAP_MIN_LENGTH - 1 : SWAP_MIN_LENGTH)) return undefined;
  for (let i = 0; i + 1 < token.length; i++) {
    if (token[i] === token[i + 1]) continue;
    const swapped = `${token.slice(0, i)}${token[i + 1]}${token[i]}${token.slice(i + 2)}`;
    const often = deps.vocabulary.has(swapped) && deps.frequency(swapped) >= SWAP_MIN_FREQUENCY;
    if (often || (options.byStem === true && deps.known(swapped))) return { to: deps.vocabulary.writtenForm(swapped), kind: 'spelling' };
  }
  return undefined;
}
/**
 * «الداره», «الهداف»: an Arabic word the dictionary knows (the house, the scorer) that is also the collection's
 * frequent word with an alef or hamza left out («الإدارة», «الأهداف»), the commonest slip of Arabic typing.
 */
function cheapSlip(token: string, deps: UnderstandDeps): { to: string; kind: Correction['kind'] } | undefined {
  if (!isArabicWord(token)) return undefined;
  const match = deps.vocabulary.nearest(token);
  const often = match && match.source === 'corpus' && withoutOneAlef(match.word).has(token) && deps.frequency(match.word) >= SWAP_MIN_FREQUENCY;
  return often ? { to: deps.vocabulary.writtenForm(match.word), kind: 'spelling' } : undefined;
}

/**
 * «مزيد» where the collection writes only «مزيداً»: the alef of the indefinite accusative (its tanween is deleted by
 * normalisation, the alef is not, and Light10 keeps it), so the question's word was unseen and weighed as a word the
 * record never uses. (Not the other way, a question's «…اً» read without its alef: that cost the Arabic
 * reading-comprehension questions' recall at 1, 0.927 → 0.926.)
 */
function accusativeAlif(token: string, deps: UnderstandDeps): string | undefined {
  if (!isArabicWord(token) || token.length < 3) return undefined;
  if (/[اةىءئؤ]$/u.test(token)) return undefined;
  return deps.known(`${token}ا`) ? `${token}ا` : undefined;
}

/**
 * The word with the alef that opens it after the article left out: «الأهداف» → «الهداف» (not a ي or و, «يحضّر» is
 * not «حضر»; nor a last alef, «الغايه» is not «الغائها»).
 */
function withoutOneAlef(word: string): Set<string> {
  const m = /^((?:[وفبلك])?ال)[اأإآ](.{2,})$/u.exec(word);
  return new Set(m ? [`${m[1]}${m[2]}`] : []);
}

/**
 * A swap is taken for a word of five letters or more that the collection uses often: on a reading-comprehension
 * collection no one here wrote, swaps into its rarer words lowered the English questions' recall at 5 (0.871 → 0.868).
 * A slip that is no word at all has no reading of its own to lose: any swap the collection knows is taken, from
 * four letters ("hled" is "held", which the nearest word read as "led").
 */
const SWAP_MIN_LENGTH = 5;
const SWAP_MIN_FREQUENCY = 3;

/**
 * A present-tense verb with the prefix of the Levant and Egypt (بيرأس، بتشتغل) or the Maghreb (كيرأس):
 * the verb without it, when the collection knows that.
 */
function dialectVerb(token: string, deps: UnderstandDeps): string | undefined {
  // The Egyptian passive «اتقسمت», «اتطلق»: the verb without its ات, when the collection knows it.
  if (/^ات/.test(token) && token.length >= 5) {
    const passive = token.slice(2);
    if (deps.vocabulary.has(passive) || deps.known(passive)) return passive;
    // «اتنشأت» is «نشأت», a form the collection never writes; its root family («أنشئت», «إنشاء») it does, and
    // search finds an unseen word by its family.
    if (deps.vocabulary.rootFamily(passive).length > 0) return passive;
  }
  if (!/^[بك][يتنا]/.test(token) || token.length < 5) return undefined;
  const verb = token.slice(1);
  if (deps.vocabulary.has(verb) || deps.known(verb)) return verb;
  // The collection may write the verb only in the past (بتطالب → تطالب, written طالب، طالبت): the stem
  // without the person prefix, when that is a word the collection knows.
  const past = verb.slice(1);
  return past.length >= 3 && (deps.vocabulary.has(past) || deps.known(past)) ? past : undefined;
}

/**
 * «وينانعقد الاجتماع الثالث؟», «متىعقد…»: a question word typed onto the word after it, as phones join them.
 * Read apart when the rest is a word the collection knows: the question word, in Modern Standard Arabic, and it.
 */
function questionWordOn(token: string, deps: UnderstandDeps): { word: string; rest: string } | undefined {
  for (const word of QUESTION_WORDS_ON) {
    const rest = token.slice(word.length);
    if (!token.startsWith(word) || rest.length < 3 || !(deps.vocabulary.has(rest) || deps.known(rest))) continue;
    return { word: dialectToMsa(word)?.msa ?? word, rest };
  }
  return undefined;
}
const QUESTION_WORDS_ON = ['وين', 'فين', 'متى', 'امتى', 'اين', 'كيف', 'شلون', 'كيفاش', 'ليش', 'لماذا', 'مين', 'منو', 'شكون', 'ماذا', 'شنو', 'ايش', 'وقتاش'];

/**
 * A word with ل، ب or ك written on it that Light10 keeps (لبيان stems to لب): the word without it, when
 * the collection uses that far more often than the stem it was given (بيان). The margin keeps words
 * that merely begin with those letters (لبنان، بحث) as they are.
 */
function gluedPreposition(token: string, deps: UnderstandDeps): string | undefined {
  if (!/^[لبك]/.test(token) || token.startsWith('لل') || token.startsWith('ال', 1) || token.length < 4) return undefined;
  const rest = token.slice(1);
  return deps.frequency(rest) >= GLUED_MARGIN * Math.max(1, deps.frequency(token)) ? rest : undefined;
}
const GLUED_MARGIN = 3;

/**
 * A feminine noun with a pronoun on it, its ة written ت («في دورته الـ14», «في كلمتها»), which Light10
 * stems to دورت and so meets neither «الدورة» nor «دورة»: the noun alone, when the collection uses it far
 * more often. (Read off for the question only: a second reading in the index lowered nDCG on our corpus.)
 */
function possessedNoun(token: string, deps: UnderstandDeps): string | undefined {
  const noun = POSSESSED_TAA.exec(token)?.[1];
  if (!noun) return undefined;
  return deps.frequency(`${noun}ه`) >= GLUED_MARGIN * Math.max(1, deps.frequency(token)) ? `${noun}ه` : undefined;
}
/** Not ي or ك after the ت: «التي», «بيروتي» are no such nouns. */
const POSSESSED_TAA = /^(.{3,})ت(?:ه|ها|هم|هما|هن|كم|نا)$/u;

/** Nouns an Arabic ordinal follows in the masculine («الاجتماع العاشر») and the feminine («الدورة الرابعة عشرة»). */
const COUNTED_MASCULINE = new Set(['الاجتماع', 'للاجتماع', 'بالاجتماع', 'والاجتماع']);
const COUNTED_FEMININE = new Set(['الدوره', 'للدوره', 'بالدوره', 'والدوره', 'القمه', 'للقمه']);

/**
 * «متى عقد الاجتماع ١٠؟», «الدورة 14», "meeting 9": a meeting's or session's number, written as the
 * ordinal the collection uses («الاجتماع العاشر», «الدورة الرابعة عشرة», "9th"); the digits alone met
 * neither the ordinal's words nor the pairs they form.
 */
function numberedOrdinal(token: string, before: string | undefined): string | undefined {
  if (!/^\d{1,2}$/.test(token) || before === undefined) return undefined;
  const n = Number(token);
  if (COUNTED_ENGLISH.has(before)) return englishOrdinalWord(n);
  const gender = COUNTED_MASCULINE.has(before) ? 'masculine' : COUNTED_FEMININE.has(before) ? 'feminine' : undefined;
  return gender && arabicOrdinalWord(n, gender);
}

/** "meeting 9", "session 12": read as "the 9th", as the collection writes it. */
const COUNTED_ENGLISH = new Set(['meeting', 'session', 'summit']);

/**
 * "GRF 2", "IMRF-1": "the 2nd GRF", as the collection writes it. The number alone matched "2.2 billion" and
 * "one million", and the date of the forum was lost.
 */
function forumOrdinal(token: string, number: string | undefined): string | undefined {
  const n = forumNumber(token, number);
  return n === undefined ? undefined : englishOrdinalWord(n);
}

/** A correction written as the asker wrote the word: "Ghait" → "Gheit", not "gheit". */
function asWritten(original: string, to: string): string {
  return /^\p{Lu}/u.test(original) ? to.charAt(0).toUpperCase() + to.slice(1) : to;
}

/**
 * Reads a question as search should: dialect question words in Modern Standard Arabic, and each word
 * that neither the collection, the glossary nor the dictionary knows taken for the nearest known word
 * (Arabic-aware edit distance, within a budget for its length). A word with no near neighbour stays as
 * it is and keeps its weight, so that a question about something the collection lacks still abstains.
 */
export function understandQuery(text: string, deps: UnderstandDeps): UnderstoodQuestion {
  const words = spans(text);
  const corrections: Correction[] = [];
  let out = '';
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const adjacent = next && /^\s+$/.test(text.slice(w.end, next.start)) ? next.token : undefined;
    const dialect = dialectToMsa(w.token, adjacent);
    const end = dialect?.words === 2 ? next!.end : w.end;
    const forum = next && /^[\s-]+$/.test(text.slice(w.end, next.start)) ? forumOrdinal(w.token, next.token) : undefined;
    if (forum) {
      const from = text.slice(w.start, next!.end);
      const to = `${forum} ${text.slice(w.start, w.end)}`;
      corrections.push({ from, to, kind: 'spelling' });
      out += text.slice(at, w.start) + to;
      at = next!.end;
      i++;
      continue;
    }
    const ordinal = numberedOrdinal(w.token, words[i - 1]?.token) ?? englishCardinalWord(w.token, next?.token);
    const change = dialect ? { to: dialect.msa, kind: 'dialect' as const } : ordinal ? { to: ordinal, kind: 'spelling' as const } : spelling(w.token, deps);
    // (Two words may become one of them: «عدد لي» is «عدد».)
    const from = text.slice(w.start, end);
    if (!change || tokenize(change.to).join(' ') === tokenize(from).join(' ')) continue;
    const to = asWritten(from, change.to);
    corrections.push({ from, to, kind: change.kind });
    out += text.slice(at, w.start) + to;
    at = end;
    if (dialect?.words === 2) i++;
  }
  return { text: out + text.slice(at), corrections };
}
