import { normalizeArabic } from '../../text/normalize.js';
import { bareWord } from './chars.js';
import { tokenize } from './tokens.js';

/** How close a repaired text is to a ground truth written by reading the document. */
export interface RepairScore {
  /** Truth words found as separate tokens, spelled exactly (harakat aside). */
  wordRecoveryStrict: number;
  /** The same with alef, yeh and teh marbuta forms folded, as search folds them. */
  wordRecovery: number;
  /** Neighbouring truth words found next to each other in the same order on one repaired line. */
  bigramRecall: number;
  /** Truth lines found whole, in order, inside one repaired line. */
  linesInOrder: number;
  truthWords: number;
  truthLines: number;
}

type Fold = (w: string) => string;
const strict: Fold = (w) => bareWord(w);
const folded: Fold = (w) => normalizeArabic(w);

function lineWords(line: string, fold: Fold): string[] {
  return tokenize(line)
    .filter((t) => t.kind === 'ar' || t.kind === 'num')
    .map((t) => fold(t.text))
    .filter((w) => w.length > 0);
}

function multiset(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

function recovery(truth: string[], got: string[]): number {
  const pool = multiset(got);
  let hit = 0;
  for (const w of truth) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      hit++;
      pool.set(w, n - 1);
    }
  }
  return truth.length === 0 ? 1 : hit / truth.length;
}

function containsRun(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function scoreRepair(repaired: string, truth: string): RepairScore {
  const truthLines = truth.split('\n').map((l) => lineWords(l, folded)).filter((l) => l.length > 0);
  const gotLines = repaired.split('\n').map((l) => lineWords(l, folded)).filter((l) => l.length > 0);
  const pairs = multiset(gotLines.flatMap((l) => l.slice(1).map((w, i) => `${l[i]} ${w}`)));
  let bigrams = 0;
  let found = 0;
  for (const l of truthLines) {
    for (let i = 1; i < l.length; i++) {
      bigrams++;
      const key = `${l[i - 1]} ${l[i]}`;
      const n = pairs.get(key) ?? 0;
      if (n > 0) {
        found++;
        pairs.set(key, n - 1);
      }
    }
  }
  const multiWord = truthLines.filter((l) => l.length > 1);
  return {
    wordRecoveryStrict: recovery(lineWords(truth, strict), lineWords(repaired, strict)),
    wordRecovery: recovery(truthLines.flat(), gotLines.flat()),
    bigramRecall: bigrams === 0 ? 1 : found / bigrams,
    linesInOrder: multiWord.length === 0 ? 1 : multiWord.filter((l) => gotLines.some((g) => containsRun(g, l))).length / multiWord.length,
    truthWords: truthLines.flat().length,
    truthLines: multiWord.length,
  };
}
