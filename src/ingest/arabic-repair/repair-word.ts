import { bareWord } from './chars.js';
import { repairLamAlef } from './lam-alef.js';
import type { Lexicon } from './lexicon.js';
import type { RepairCounters } from './report.js';
import { repairReversedLetters } from './reversed-letters.js';
import { segmentWord, type Segmentation } from './segment.js';
import type { Token } from './tokens.js';

const MIN_SPLIT = 7;

/** A split is believed when every piece is explained, but for one splinter of a letter or two at an end. */
function convincing(seg: Segmentation): boolean {
  const unexplained = seg.explained.flatMap((ok, i) => (ok ? [] : [i]));
  if (unexplained.length === 0) return true;
  if (unexplained.length > 1) return false;
  const at = unexplained[0]!;
  return (at === 0 || at === seg.words.length - 1) && bareWord(seg.words[at]!).length <= 2;
}

/**
 * One extracted Arabic word: kept when known, else un-reversed (only where the document's letters may be
 * in visual order), un-damaged or split into words.
 */
export function repairWord(t: Token, lexicon: Lexicon, c?: RepairCounters, options: { mirror?: boolean } = {}): Token[] {
  if (lexicon.isKnown(t.text) || bareWord(t.text).length < 2) return [t];
  const mirrored = options.mirror === false ? null : repairReversedLetters(t.text, lexicon);
  if (mirrored) {
    if (c) c.reversedWordsFixed++;
    return [{ ...t, text: mirrored }];
  }
  const lamAlef = repairLamAlef(t.text, lexicon);
  if (lamAlef) {
    if (c) c.lamAlefFixed++;
    return [{ ...t, text: lamAlef }];
  }
  const seg = segmentWord(t.text, lexicon);
  if (seg.words.length < 2 || !convincing(seg)) return [t];
  // Short unknown words are mostly names (`القباج`): split them only to undo a swap.
  if (bareWord(t.text).length < MIN_SPLIT && seg.wholes.every((w) => w === undefined)) return [t];
  if (c) c.wordsSplit++;
  return seg.words.map((w, i) => ({ text: w, kind: 'ar' as const, spaceBefore: i === 0 ? t.spaceBefore : true, whole: seg.wholes[i] }));
}
