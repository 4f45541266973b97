/** Character classes shared by the repair steps. */

/** Arabic base letters (hamza … yeh, plus the extended letters used in Arabic-script loans). */
export const AR_LETTER = '\\u0621-\\u063A\\u0641-\\u064A\\u0671-\\u06D3\\u06FA-\\u06FC';
/** Harakat, shadda, sukun, superscript alef and the Quranic marks that attach to a letter. */
export const AR_MARK = '\\u064B-\\u065F\\u0670\\u06D6-\\u06ED';
export const DAMMA = '\u064F';
export const TATWEEL = '\u0640';

const MARKS_RE = new RegExp(`[${AR_MARK}]`, 'gu');
const AR_LETTER_RE = new RegExp(`[${AR_LETTER}]`, 'gu');
const LATIN_RE = /\p{Script=Latin}/gu;

// Bidi marks and embeddings/isolates, zero-width characters, BOM, soft hyphen: extractor noise.
export const BIDI_CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u061C\u00AD]/g;

/** Bullet characters a slide or a list line may start with. */
export const BULLETS = new Set(['•', '▪', '●', '◦', '‣', '■', '□', '◆', '-', '–', '—', '*', '·', '']);

/** Brackets swap when a run is read in the opposite direction. */
export const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '«': '»', '»': '«', '<': '>', '>': '<' };

/** The word without harakat and tatweel: the form looked up in lexicons. */
export function bareWord(word: string): string {
  return word.replace(MARKS_RE, '').replace(/\u0640/g, '');
}

export function countArabicLetters(text: string): number {
  return text.match(AR_LETTER_RE)?.length ?? 0;
}

export function countLatinLetters(text: string): number {
  return text.match(LATIN_RE)?.length ?? 0;
}

/** A line worth repairing: more Arabic letters than Latin ones. */
export function isArabicLine(line: string): boolean {
  const ar = countArabicLetters(line);
  return ar > 0 && ar >= countLatinLetters(line);
}
