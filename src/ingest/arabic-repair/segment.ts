import { AR_MARK, bareWord } from './chars.js';
import { repairLamAlef } from './lam-alef.js';
import type { Lexicon } from './lexicon.js';

const UNIT = new RegExp(`.[${AR_MARK}\\u0640]*`, 'gsu');
const MAX_UNITS = 16;
/** Extra cost of reading two pieces as one word written in swapped order. */
const SWAP_COST = 2;
/** Cost of each extra word: between two readings, the one with fewer words (`فيما` over `في ما`). */
const WORD_COST = 1.5;

export interface Segmentation {
  words: string[];
  /** Per word: known to the lexicon, or one half of a word written in swapped order. */
  explained: boolean[];
  /** Per word: the whole word when it is one half of a swapped pair. */
  wholes: (string | undefined)[];
  cost: number;
}

/** The cheapest way to write one piece: as it is, or with its lam-alef damage undone. */
function pieceCost(piece: string, lexicon: Lexicon): { form: string; cost: number } {
  const cost = lexicon.cost(piece);
  if (lexicon.isKnown(piece) || [...piece].length < 4) return { form: piece, cost };
  const repaired = repairLamAlef(piece, lexicon);
  if (repaired) return { form: repaired, cost: lexicon.cost(repaired) + 0.5 };
  return { form: piece, cost };
}

/**
 * Two neighbouring pieces that make a word when swapped (`جرة`+`اله` → الهجرة): in a line extracted in
 * visual order a word can be cut at a text-run boundary and its halves written in reverse. Kept as two
 * pieces here; line reordering then puts them back together.
 */
function swappedCost(first: string, second: string, lexicon: Lexicon): number {
  const whole = second + first;
  if (lexicon.count(whole) > 0) return lexicon.cost(whole) + SWAP_COST;
  // Beyond the corpus, only a single letter cut off a listed word (`نشأت`+`أ`): the word list is big
  // enough to make sense of almost any two swapped pieces.
  const letter = Math.min(bareWord(first).length, bareWord(second).length) === 1;
  return letter && lexicon.isKnown(whole) ? lexicon.cost(whole) + SWAP_COST : Infinity;
}

/**
 * Splits a run of Arabic letters into the likeliest sequence of words (Viterbi over a unigram model):
 * `زيادةموجاتالهجرة` → زيادة موجات الهجرة. Harakat stay with their letter; lam-alef damage inside a
 * piece is undone when the lexicon knows the repaired word; a word cut in two and swapped is allowed for.
 */
export function segmentWord(run: string, lexicon: Lexicon): Segmentation {
  const units = run.match(UNIT) ?? [];
  const n = units.length;
  const piece = (s: number, e: number) => units.slice(s, e).join('');
  const best = new Array<number>(n + 1).fill(Infinity);
  type Step = { from: number; forms: string[]; explained: boolean[]; whole?: string };
  const back = new Array<Step>(n + 1);
  best[0] = 0;
  const offer = (cost: number, step: Step, to: number) => {
    if (best[step.from]! + cost < best[to]!) {
      best[to] = best[step.from]! + cost;
      back[to] = step;
    }
  };
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_UNITS); start < end; start++) {
      if (best[start] === Infinity) continue;
      const single = pieceCost(piece(start, end), lexicon);
      offer(single.cost + WORD_COST, { from: start, forms: [single.form], explained: [lexicon.isKnown(single.form)] }, end);
      for (let mid = start + 1; mid < end; mid++) {
        const [a, b] = [piece(start, mid), piece(mid, end)];
        offer(swappedCost(a, b, lexicon) + 2 * WORD_COST, { from: start, forms: [a, b], explained: [true, true], whole: b + a }, end);
      }
    }
  }
  const words: string[] = [];
  const explained: boolean[] = [];
  const wholes: (string | undefined)[] = [];
  for (let at = n; at > 0; at = back[at]!.from) {
    const step = back[at]!;
    words.unshift(...step.forms);
    explained.unshift(...step.explained);
    wholes.unshift(...step.forms.map(() => step.whole));
  }
  return { words, explained, wholes, cost: best[n]! };
}
