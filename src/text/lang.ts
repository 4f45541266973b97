import type { Lang } from '../channel/types.js';

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

/**
 * Arabic when Arabic letters are at least as many as Latin letters. English for empty or neutral text
 * (digits, punctuation), because English is the product's fallback language.
 */
export function detectLang(text: string): Lang {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (arabic === 0) return 'en';
  return arabic >= latin ? 'ar' : 'en';
}
