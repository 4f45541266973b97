import { normalizeForMatch } from './normalize.js';

// After normalizeForMatch, a word is a run of letters and digits of one script (glued runs are split).
const WORD = /[\p{L}\p{N}]+/gu;

// The English possessive would otherwise leave a token "s" that matches every other possessive.
const POSSESSIVE = /(?<=\p{L})['’]s\b/gu;

/** Normalised word tokens, in text order. */
export function tokenize(text: string): string[] {
  return normalizeForMatch(text.replace(POSSESSIVE, '')).match(WORD) ?? [];
}

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

export function isArabicWord(token: string): boolean {
  return ARABIC_WORD.test(token);
}

/**
 * Word-bounded character n-grams of normalised words, each word padded with a boundary mark so that
 * prefixes and suffixes (ال…, …ات) form grams of their own: the strongest single field measured for
 * Arabic (XQuAD-ar MRR 0.944 padded, 0.933 unpadded), and robust to glued or split words from PDFs.
 */
export function charNgrams(tokens: readonly string[], n = 4): string[] {
  const out: string[] = [];
  for (const word of tokens) {
    const t = `_${word}_`;
    if (t.length <= n) {
      out.push(t);
      continue;
    }
    for (let i = 0; i + n <= t.length; i++) out.push(t.slice(i, i + n));
  }
  return out;
}
