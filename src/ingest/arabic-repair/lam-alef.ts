import type { Lexicon } from './lexicon.js';

// Extractors that reverse the two code points of the lam-alef ligature write alef before lam:
// لا → ال, لأ → أل, لإ → إل, لآ → آل.
const DAMAGED = /[اأإآ]ل/gu;

/** Every spelling the word could have had before lam-alef damage: one swap at a time, then all at once. */
export function lamAlefCandidates(word: string): string[] {
  const positions = [...word.matchAll(DAMAGED)].map((m) => m.index);
  if (positions.length === 0) return [];
  const swap = (w: string, at: number) => w.slice(0, at) + 'ل' + w[at] + w.slice(at + 2);
  const out = new Set(positions.map((at) => swap(word, at)));
  if (positions.length > 1) out.add(positions.reduce((w, at) => swap(w, at), word));
  return [...out];
}

/**
 * The repaired spelling when the lexicon says so: the word itself is unknown and a candidate is known, or
 * the word was never seen in the corpus while a candidate is common there. Null when nothing applies.
 */
export function repairLamAlef(word: string, lexicon: Lexicon): string | null {
  const candidates = lamAlefCandidates(word);
  if (candidates.length === 0) return null;
  const known = lexicon.isKnown(word);
  if (known && lexicon.count(word) > 0) return null;
  let best: string | null = null;
  for (const c of candidates) {
    const acceptable = known ? lexicon.count(c) >= 5 : lexicon.isKnown(c);
    if (acceptable && (best === null || lexicon.cost(c) < lexicon.cost(best))) best = c;
  }
  return best;
}
