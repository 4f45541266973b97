/** One ranked list to fuse: passage ids best first, with the list's own scores. */
export interface RankedList {
  ids: string[];
  scores: number[];
  weight: number;
}

export type FusionMethod = 'rrf' | 'score';

/** Reciprocal rank fusion (Cormack et al. 2009), weighted; k = 60 as in the paper and LangChain's Ensemble. */
export function rrf(lists: readonly RankedList[], k = 60): Map<string, number> {
  const out = new Map<string, number>();
  for (const list of lists) {
    list.ids.forEach((id, rank) => out.set(id, (out.get(id) ?? 0) + list.weight / (k + rank + 1)));
  }
  return out;
}

/**
 * Score fusion: each list scaled to its best score, then summed with the weights. Keeps the margins RRF
 * throws away (a clear BM25 winner stays a clear winner); measured against RRF in the eval.
 */
export function scoreFusion(lists: readonly RankedList[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const list of lists) {
    const max = Math.max(0, ...list.scores);
    if (max <= 0) continue;
    list.ids.forEach((id, i) => out.set(id, (out.get(id) ?? 0) + (list.weight * Math.max(0, list.scores[i]!)) / max));
  }
  return out;
}

export function fuse(method: FusionMethod, lists: readonly RankedList[]): Array<{ id: string; score: number }> {
  const scores = method === 'rrf' ? rrf(lists) : scoreFusion(lists);
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}
