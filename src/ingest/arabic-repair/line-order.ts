import type { Token } from './tokens.js';
import type { WordOrderModel } from './word-order-model.js';

export interface LineOrderOptions {
  /** Whether tokens i and j, in that order, are the two pieces of one word a text run split apart. */
  fragments?: (i: number, j: number) => boolean;
  /** Log-score cost of each extra block: the prior that a line is already in reading order. */
  blockPenalty?: number;
  /** Required log-likelihood gain over the line as it is before it is reordered. */
  margin?: number;
  /**
   * What the model sees for each token, when it differs from the token: a word fragment is scored as the
   * whole word it belongs to, so that `من أج`+`ل` reads as `من أجل`.
   */
  seenAs?: Token[];
  /**
   * The reading to beat, as positions of the line's tokens, when it is not the line as it stands (a line
   * whose leading full stop is better read at its end). It counts as one extra block.
   */
  baseline?: number[];
}

export interface LineOrderResult {
  tokens: Token[];
  reordered: boolean;
  /** Log-likelihood gain of the chosen order over the baseline (0 when unchanged). */
  gain: number;
  blocks: number;
  /** The baseline reading: what the line becomes when the reordering is not trusted. */
  fallback: Token[];
}

const FRAGMENT_JOIN = -0.5;
const MAX_TOKENS = 120;

/**
 * Restores reading order in a line that an extractor wrote in visual order. Such a line is a sequence of
 * text runs whose order is reversed while each run reads correctly inside (a run may be one word). So the
 * candidates are every split of the line into consecutive blocks, output last block first; dynamic
 * programming finds the likeliest under the word-order model, with a penalty per extra block so that
 * the line as it is wins unless the evidence is clear.
 */
export function restoreLineOrder(line: Token[], model: WordOrderModel, options: LineOrderOptions = {}): LineOrderResult {
  const n = line.length;
  const fallback = options.baseline ? options.baseline.map((i) => line[i]!) : line;
  const unchanged: LineOrderResult = { tokens: fallback, reordered: false, gain: 0, blocks: 1, fallback };
  // Visual-order damage comes from PDF lines, a dozen or two words long; paragraphs are left alone.
  if (n < 2 || n > MAX_TOKENS) return unchanged;
  const penalty = options.blockPenalty ?? 1;
  const seen = options.seenAs ?? line;
  const join = (i: number, j: number) =>
    options.fragments?.(i, j) ? FRAGMENT_JOIN : model.logProb(seen[i]!, seen[j]!);
  const start = seen.map((t) => model.logProb(null, t));
  const end = seen.map((t) => model.logProb(t, null));
  // inside[i] = sum of the joins between neighbours 0..i as they stand.
  const inside = [0];
  for (let i = 1; i < n; i++) inside.push(inside[i - 1]! + join(i - 1, i));
  const within = (s: number, e: number) => inside[e]! - inside[s]!;
  const scoreOf = (order: number[]) =>
    start[order[0]!]! + order.slice(1).reduce((sum, j, k) => sum + join(order[k]!, j), 0) + end[order[order.length - 1]!]!;
  const base = options.baseline ? scoreOf(options.baseline) - penalty : start[0]! + within(0, n - 1) + end[n - 1]!;

  const blocks = bestBlocks(n, { start, end, within, join, penalty });
  if (blocks.blocks.length < 2) return unchanged;
  const gain = blocks.score - base;
  if (gain <= (options.margin ?? 0.5)) return unchanged;
  const tokens = blocks.blocks.flatMap(([s, e]) => line.slice(s, e + 1));
  return { tokens, reordered: true, gain, blocks: blocks.blocks.length, fallback };
}

interface Scores {
  start: number[];
  end: number[];
  within: (s: number, e: number) => number;
  join: (i: number, j: number) => number;
  penalty: number;
}

/** Blocks [start, end] of the original line, in output order, and the score of that output. */
function bestBlocks(n: number, sc: Scores): { blocks: [number, number][]; score: number } {
  // f[s][e]: best score of the output tail made of blocks covering 0..e, whose block [s..e] comes first.
  const f: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(-Infinity));
  const prev: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(-1));
  for (let e = 0; e < n; e++) f[0]![e] = sc.within(0, e) + sc.end[e]!;
  for (let s = 1; s < n; s++) {
    for (let e = s; e < n; e++) {
      const here = sc.within(s, e) - sc.penalty;
      // The block before this one in the line is [ps .. s-1]; it follows this block in the output.
      for (let ps = 0; ps < s; ps++) {
        const v = f[ps]![s - 1]! + sc.join(e, ps) + here;
        if (v > f[s]![e]!) {
          f[s]![e] = v;
          prev[s]![e] = ps;
        }
      }
    }
  }
  let bestS = 0;
  let best = -Infinity;
  for (let s = 0; s < n; s++) {
    const v = f[s]![n - 1]! + sc.start[s]!;
    if (v > best) {
      best = v;
      bestS = s;
    }
  }
  const blocks: [number, number][] = [];
  for (let s = bestS, e = n - 1; s >= 0 && e >= 0; ) {
    blocks.push([s, e]);
    const ps = prev[s]![e]!;
    e = s - 1;
    s = ps;
  }
  return { blocks, score: best };
}
