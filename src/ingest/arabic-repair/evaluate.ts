import { isArabicLine } from './chars.js';
import type { HunspellDictionary } from './hunspell.js';
import { repairArabicText } from './pipeline.js';
import { buildRepairResources, trainingLines } from './resources.js';
import { scoreRepair } from './score.js';

/** Held-out check of line ordering: what share of lines each kind of document ends up with in order. */
export interface OrderEvaluation {
  lines: number;
  /** Clean lines left in reading order (1 − false reorderings). */
  cleanKept: number;
  /** Lines written backwards word by word, put back in order. */
  reversedRestored: number;
  /** Lines whose two halves were swapped (two text runs), put back in order. */
  swappedRestored: number;
}

/** A small deterministic generator, so that every run cuts the same lines. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Cuts a document's Arabic sentences into PDF-line-sized pieces of 4 to 10 words. */
function pdfSizedLines(markdown: string, rnd: () => number): string[] {
  const out: string[] = [];
  for (const l of trainingLines(markdown)) {
    if (!isArabicLine(l)) continue;
    const w = l.split(/\s+/);
    for (let i = 0; i < w.length; ) {
      const k = 4 + Math.floor(rnd() * 7);
      if (w.slice(i, i + k).length >= 3) out.push(w.slice(i, i + k).join(' '));
      i += k;
    }
  }
  return out;
}

function inOrder(repaired: string, truth: string[]): number {
  return repaired.split('\n').filter((l, i) => scoreRepair(l, truth[i]!).linesInOrder === 1).length;
}

/**
 * k-fold over documents: the lexicon and word-order model learn from the other folds, then each held-out
 * document is repaired as it is, with every line reversed, and with every line's halves swapped.
 */
export function evaluateLineOrder(documents: string[], wordList: HunspellDictionary | null, folds = 5): OrderEvaluation {
  const rnd = lcg(1);
  const total: OrderEvaluation = { lines: 0, cleanKept: 0, reversedRestored: 0, swappedRestored: 0 };
  for (let f = 0; f < folds; f++) {
    const resources = buildRepairResources({ texts: documents.filter((_, i) => i % folds !== f), wordList });
    for (const doc of documents.filter((_, i) => i % folds === f)) {
      const lines = pdfSizedLines(doc, rnd);
      if (lines.length < 5) continue;
      const reversed = lines.map((l) => l.split(' ').reverse().join(' '));
      const swapped = lines.map((l) => {
        const w = l.split(' ');
        const cut = 1 + Math.floor(rnd() * (w.length - 1));
        return [...w.slice(cut), ...w.slice(0, cut)].join(' ');
      });
      total.lines += lines.length;
      total.cleanKept += inOrder(repairArabicText(lines.join('\n'), resources).text, lines);
      total.reversedRestored += inOrder(repairArabicText(reversed.join('\n'), resources).text, lines);
      total.swappedRestored += inOrder(repairArabicText(swapped.join('\n'), resources).text, lines);
    }
  }
  const share = (n: number) => (total.lines === 0 ? 0 : n / total.lines);
  return { lines: total.lines, cleanKept: share(total.cleanKept), reversedRestored: share(total.reversedRestored), swappedRestored: share(total.swappedRestored) };
}
