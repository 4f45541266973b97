import { AppError } from '../errors.js';
import { AR_LETTER, AR_MARK } from './arabic-repair/chars.js';

/**
 * Whether extracted text reads as words at all. A PDF whose fonts carry no usable character map gives a
 * text layer of garbage glyphs — Latin-1 mojibake of Arabic (`ÇáÚÑÈíÉ`), private-use characters, symbol
 * runs — which was indexed at repair confidence 1 because the repair only judges Arabic letters.
 */

const ARABIC_WORD = new RegExp(`^[${AR_LETTER}][${AR_LETTER}${AR_MARK}\\u0640]*$`, 'u');
const AR_LETTERS = new RegExp(`[${AR_LETTER}]`, 'gu');
const LATIN_WORD = /^\p{Script=Latin}+(?:['’.-]\p{Script=Latin}+)*$/u;
const LATIN_VOWEL = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ]/iu;
const NON_ASCII_PAIR = /(?:(?![A-Za-z])\p{Script=Latin}){2}/u;
const LINK = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
const EDGES = /^\p{P}+|\p{P}+$/gu;
const MARKS = new RegExp(`[${AR_MARK}\\u0640]`, 'gu');
/** Letters Arabic writes only at a word's end (a word written backwards may start with them). */
const MID_WORD_FINAL_ONLY = /[^\s][ةى][^\s]/u;
/** Longer than any Arabic word with its clitics, even two glued together. */
const MAX_ARABIC_LETTERS = 20;
const MAX_LATIN_LETTERS = 30;

/** Below this share of readable words a text is garbage: real documents measured 0.9 and above. */
export const MIN_READABLE_SHARE = 0.5;
/** Fewer judged words say too little to refuse a document on. */
const MIN_JUDGED_WORDS = 5;

/** An Arabic word as written: Arabic letters only, no letter tripled, ة and ى only at an end. */
export function isArabicWordShape(word: string): boolean {
  if (!ARABIC_WORD.test(word)) return false;
  const letters = word.match(AR_LETTERS)?.length ?? 0;
  return letters <= MAX_ARABIC_LETTERS && !/(.)\1\1/u.test(word) && !MID_WORD_FINAL_ONLY.test(word.replace(MARKS, ''));
}

/** A Latin word: Latin letters, with an accent here and there but never two in a row (that is mojibake). */
export function isLatinWordShape(word: string): boolean {
  if (!LATIN_WORD.test(word) || word.length > MAX_LATIN_LETTERS || NON_ASCII_PAIR.test(word)) return false;
  // Acronyms (GCM, UNHCR) have no vowels; a longer lowercase word without one is noise.
  return word.length < 4 || word === word.toUpperCase() || LATIN_VOWEL.test(word);
}

type Verdict = 'word' | 'garbage' | 'neutral';

/** One whitespace-separated token: a word, garbage, or something that says nothing (a number, a dash). */
export function judgeToken(token: string): Verdict {
  if (/\p{Nd}/u.test(token)) return 'neutral';
  if (LINK.test(token)) return 'word';
  const core = token.replace(EDGES, '');
  if (core.length === 0) return token.length <= 3 || new Set(token).size === 1 ? 'neutral' : 'garbage';
  return isArabicWordShape(core) || isLatinWordShape(core) ? 'word' : 'garbage';
}

export interface Readability {
  /** Share of judged tokens that are Arabic or Latin words (1 when none was judged). */
  share: number;
  judged: number;
}

export function readability(text: string): Readability {
  let words = 0;
  let judged = 0;
  for (const token of text.split(/\s+/u)) {
    if (!token) continue;
    const v = judgeToken(token);
    if (v === 'neutral') continue;
    judged++;
    if (v === 'word') words++;
  }
  return { share: judged === 0 ? 1 : words / judged, judged };
}

/** Refuses text that is mostly garbage glyphs, the way a PDF without a text layer is refused. */
export function assertReadable(text: string, file: string): void {
  const r = readability(text);
  if (r.judged < MIN_JUDGED_WORDS || r.share >= MIN_READABLE_SHARE) return;
  const pct = Math.round(100 * r.share);
  throw new AppError('NEEDS_OCR', `${file}: unreadable, needs OCR or a better copy (only ${pct}% of its ${r.judged} words read as Arabic or Latin words)`, {
    details: { file, readableShare: r.share },
  });
}
