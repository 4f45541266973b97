import { bareWord } from './chars.js';
import { lamAlefCandidates } from './lam-alef.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';

/** How much cheaper the joined word must be than its two pieces when both pieces are words already. */
const JOIN_GAIN = 6;
/** Longer than any Arabic word with its clitics. */
const MAX_WORD = 15;

/** The word two neighbouring pieces make, when the lexicon knows it (lam-alef damage undone on the way). */
export function joinedWord(left: string, right: string, lexicon: Lexicon): string | null {
  const joined = left + right;
  if (lexicon.isKnown(joined)) return joined;
  // Repaired spellings must be corpus words: the word list accepts too many odd strings.
  return lamAlefCandidates(joined).find((c) => lexicon.count(c) > 0) ?? null;
}

/**
 * Whether two Arabic tokens are pieces of one word: together they make a known word, and either one of
 * them is not a word on its own (`بالج` + `هات`, `ت` + `عقد`), or the whole is far likelier than the two
 * words it could also be read as (`اله` + `جرة` → الهجرة).
 */
export function areFragments(left: Token, right: Token, lexicon: Lexicon): boolean {
  if (left.kind !== 'ar' || right.kind !== 'ar') return false;
  return lexicon.memo(`frag\u0001${left.text}\u0001${right.text}`, () => judgeFragments(left, right, lexicon));
}

function judgeFragments(left: Token, right: Token, lexicon: Lexicon): boolean {
  if (bareWord(left.text).length + bareWord(right.text).length > MAX_WORD) return false;
  const bothKnown = lexicon.isKnown(left.text) && lexicon.isKnown(right.text);
  // Two words the corpus has seen stay apart (`لا` `توجد`).
  if (bothKnown && lexicon.count(left.text) > 0 && lexicon.count(right.text) > 0) return false;
  const joined = joinedWord(left.text, right.text, lexicon);
  if (!joined) return false;
  if (!bothKnown) return true;
  // Words the corpus has not both seen, making one it uses and far likelier: `اله` + `جرة`, `بش` + `أن`.
  return lexicon.count(joined) > 0 && lexicon.cost(joined) + JOIN_GAIN < lexicon.cost(left.text) + lexicon.cost(right.text);
}

/** What joining saves: the pieces' cost minus the whole word's. */
function joinGain(left: Token, right: Token, lexicon: Lexicon): number {
  const joined = joinedWord(left.text, right.text, lexicon);
  return joined ? lexicon.cost(left.text) + lexicon.cost(right.text) - lexicon.cost(joined) : -Infinity;
}

/**
 * Joins neighbouring fragments into words, the most rewarding pair first (`في ن يويورك` → في نيويورك, not
 * فين يويورك), repeatedly, so that three pieces can become one word.
 */
export function mergeFragments(tokens: Token[], lexicon: Lexicon): { tokens: Token[]; merged: number } {
  const out = [...tokens];
  let merged = 0;
  for (;;) {
    let best = -1;
    let bestGain = -Infinity;
    for (let i = 0; i + 1 < out.length; i++) {
      if (!areFragments(out[i]!, out[i + 1]!, lexicon)) continue;
      const gain = joinGain(out[i]!, out[i + 1]!, lexicon);
      if (gain > bestGain) {
        bestGain = gain;
        best = i;
      }
    }
    if (best < 0) return { tokens: out, merged };
    const left = out[best]!;
    out.splice(best, 2, { ...left, text: joinedWord(left.text, out[best + 1]!.text, lexicon)! });
    merged++;
  }
}

/**
 * For each token that is a piece of a word split apart, the whole word it most likely belongs to,
 * looking at every other token of the line (the other piece may sit at the far end before reordering).
 */
export function fragmentWholes(tokens: Token[], lexicon: Lexicon): (string | null)[] {
  const best = tokens.map((t, i) => (t.whole ? swappedHalf(tokens, i) : suspicious(t, lexicon) ? bestWhole(tokens, i, lexicon) : null));
  // A word that is the other half of a fragment's best whole is read as that whole too, when that
  // fragment is also its own best match: otherwise `في` next to a stray `ن` would turn into `فين`.
  return tokens.map((t, i) => {
    const mine = best[i];
    const theirs = mine ? best[mine.partner] : null;
    if (mine && (!lexicon.isKnown(t.text) || !theirs || theirs.partner === i)) return mine.whole;
    const partnerOf = best.find((b) => b?.partner === i);
    return partnerOf && !best[i] ? partnerOf.whole : null;
  });
}

/** The other half of a pair segmentation already found written in swapped order. */
function swappedHalf(tokens: Token[], i: number): { whole: string; partner: number } | null {
  const partner = [i - 1, i + 1].find((j) => tokens[j]?.whole === tokens[i]!.whole);
  return partner === undefined ? null : { whole: tokens[i]!.whole!, partner };
}

/** A token that may be a piece of a word: unknown, or a listed word the corpus has never used. */
function suspicious(t: Token, lexicon: Lexicon): boolean {
  return t.kind === 'ar' && (!lexicon.isKnown(t.text) || lexicon.count(t.text) === 0);
}

function bestWhole(tokens: Token[], i: number, lexicon: Lexicon): { whole: string; partner: number } | null {
  let best: { whole: string; partner: number; score: number } | null = null;
  const t = tokens[i]!;
  for (let j = 0; j < tokens.length; j++) {
    if (j === i) continue;
    for (const [a, b] of [[t, tokens[j]!], [tokens[j]!, t]] as const) {
      if (!areFragments(a, b, lexicon)) continue;
      const whole = joinedWord(a.text, b.text, lexicon)!;
      // A piece's other half is likelier another piece or a rare word than a word the corpus uses.
      // Halves cut by a text run sit side by side, or at the two ends of a line read backwards.
      const placed = Math.abs(i - j) === 1 || Math.min(i, j) === 0 || Math.max(i, j) === tokens.length - 1;
      const score = lexicon.cost(whole) + (lexicon.count(tokens[j]!.text) > 0 ? 3 : 0) + (placed ? 0 : 3);
      if (best === null || score < best.score) best = { whole, partner: j, score };
    }
  }
  return best;
}
