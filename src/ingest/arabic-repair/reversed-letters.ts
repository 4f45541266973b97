import type { Lexicon } from './lexicon.js';

/**
 * Some extractors emit a right-to-left word's letters in visual order (`يبيبح` for `حبيبي`). When the word
 * is unknown and its mirror image is known, the mirror is the word. Short words are left alone: too many
 * two-letter strings are words both ways.
 */
export function repairReversedLetters(word: string, lexicon: Lexicon): string | null {
  if ([...word].length < 4 || lexicon.isKnown(word)) return null;
  const mirrored = [...word].reverse().join('');
  return lexicon.isKnown(mirrored) ? mirrored : null;
}
