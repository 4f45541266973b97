import { stemmer } from 'stemmer';

const LATIN_WORD = /^[a-z]+$/;

/** Porter stem of a lower-cased Latin word; other tokens (digits, other scripts) pass through. */
export function englishStem(token: string): string {
  return LATIN_WORD.test(token) && token.length > 2 ? stemmer(token) : token;
}
