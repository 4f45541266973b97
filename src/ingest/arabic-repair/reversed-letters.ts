import { bareWord } from './chars.js';
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

/** Letters Arabic writes only at a word's end: at a word's start they show the word was written backwards. */
const FINAL_ONLY = new Set(['ة', 'ى']);
/** Share of backward-looking words above which a document's letters are taken to be in visual order. */
const BACKWARD_SHARE = 0.2;

/**
 * Whether a document's words may have their letters in visual order. A text in logical order ends its
 * words with `ة`/`ى` and never starts one with them; when it does so throughout (`العربية`), an unknown
 * word there is a spelling the lexicon lacks, not a mirror image: with a small lexicon, `انواع` was
 * "repaired" into `عاونا`. Without either sign the lexicon decides word by word, as before.
 */
export function lettersMayBeReversed(words: string[]): boolean {
  let forward = 0;
  let backward = 0;
  for (const w of words) {
    const letters = [...bareWord(w)];
    if (letters.length < 3) continue;
    if (FINAL_ONLY.has(letters[letters.length - 1]!)) forward++;
    if (FINAL_ONLY.has(letters[0]!)) backward++;
  }
  if (forward + backward === 0) return true;
  return backward / (forward + backward) >= BACKWARD_SHARE;
}
