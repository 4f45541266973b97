/**
 * Logical order of an Arabic line laid out in a left-to-right paragraph (a plain-text import, a
 * document whose paragraphs were never set to right-to-left). The Unicode Bidirectional Algorithm then
 * gives Arabic runs level 1, numbers inside them level 2 and Latin text and the neutrals at the line's
 * ends level 0, and rule L2 reverses the runs at odd levels. Reading such a line right to left, as for a
 * right-to-left paragraph, swaps the Arabic runs around a URL and puts the full stop first; here the
 * reversal is undone from the levels, which depend only on the visual sequence of runs.
 */

export interface BidiPiece {
  /** Text in logical order (pdf.js already reverses each right-to-left item). */
  text: string;
  left: number;
  right: number;
  fontSize: number;
  latin: boolean;
  /** Whether the item it came from was right to left: its first character is then its visual rightmost. */
  rtl: boolean;
}

export type BaseDirection = 'ltr' | 'rtl';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/u;
const DIGITS = /^[0-9\u0660-\u0669\u06F0-\u06F9]+$/u;
/** Punctuation that closes a sentence or clause; where it sits shows the paragraph's direction. */
const CLOSING = /^[.:!?؟،؛]$/u;

type BidiClass = 'R' | 'L' | 'EN' | 'N';

function classOf(p: BidiPiece): BidiClass {
  if (ARABIC.test(p.text)) return 'R';
  if (p.latin || /\p{L}/u.test(p.text)) return 'L';
  if (DIGITS.test(p.text.trim())) return 'EN';
  return 'N';
}

/** The line's first and last characters as they are painted, left to right. */
export function visualEnds(pieces: BidiPiece[]): { left: string; right: string } | null {
  const inked = pieces.filter((p) => p.text.trim() !== '');
  if (inked.length === 0) return null;
  const first = inked.reduce((a, b) => (b.left < a.left ? b : a));
  const last = inked.reduce((a, b) => (b.right > a.right ? b : a));
  const l = first.text.trim();
  const r = last.text.trim();
  return { left: first.rtl ? l.slice(-1) : l.slice(0, 1), right: last.rtl ? r.slice(0, 1) : r.slice(-1) };
}

/**
 * The paragraph direction of a page's Arabic lines, from where their closing punctuation is painted: a
 * sentence's full stop ends up at the left of a right-to-left paragraph's line and at the right of a
 * left-to-right one. Right to left unless the page clearly says otherwise.
 */
export function arabicBaseDirection(lines: BidiPiece[][]): BaseDirection {
  let ltr = 0;
  let rtl = 0;
  for (const line of lines) {
    const ends = visualEnds(line);
    if (!ends) continue;
    if (CLOSING.test(ends.right) && !CLOSING.test(ends.left)) ltr++;
    if (CLOSING.test(ends.left) && !CLOSING.test(ends.right)) rtl++;
  }
  return ltr > rtl ? 'ltr' : 'rtl';
}

/**
 * Cuts the neutral characters off the visual edges of Arabic pieces (`.تتولى` is `تتولى` with its full
 * stop painted at its right): at a level-0 line end they do not belong to the Arabic run.
 */
export function detachEdgeNeutrals(pieces: BidiPiece[]): BidiPiece[] {
  return pieces.flatMap((p) => {
    if (!p.rtl || !ARABIC.test(p.text)) return [p];
    const m = /^([\p{P}\p{S}]*)\s*([\s\S]*?)\s*([\p{P}\p{S}]*)$/u.exec(p.text);
    if (!m || (!m[1] && !m[3])) return [p];
    const share = (n: number) => (n / p.text.length) * (p.right - p.left);
    const out: BidiPiece[] = [];
    // In a right-to-left item the logical start is painted at the right.
    if (m[3]) out.push({ ...p, text: m[3], right: p.left + share(m[3].length) });
    out.push({ ...p, text: m[2]!, left: p.left + share(m[3]!.length), right: p.right - share(m[1]!.length) });
    if (m[1]) out.push({ ...p, text: m[1], left: p.right - share(m[1].length) });
    return out;
  });
}

/**
 * Embedding levels of a line's pieces in visual order, at paragraph level 0. Numbers next to Arabic
 * count as part of its run (after Arabic they are Arabic numbers, rule W2), and neutrals take the
 * direction shared by their neighbours, or the paragraph's (rules N1, N2).
 */
export function levelsAtLtrBase(visual: BidiPiece[]): number[] {
  const classes = visual.map(classOf);
  const strong = classes.map((c, i) => (c === 'EN' ? (nearestStrong(classes, i, -1) === 'R' || nearestStrong(classes, i, 1) === 'R' ? 'R' : 'L') : c));
  return strong.map((c, i) => {
    if (c === 'R') return classes[i] === 'EN' ? 2 : 1;
    if (c === 'L') return 0;
    const before = nearestStrong(strong, i, -1);
    const after = nearestStrong(strong, i, 1);
    if (before === 'R' && after === 'R') return classes[i - 1] === 'EN' && classes[i + 1] === 'EN' ? 2 : 1;
    return 0;
  });
}

function nearestStrong(classes: string[], i: number, step: number): string | null {
  for (let j = i + step; j >= 0 && j < classes.length; j += step) if (classes[j] !== 'N' && classes[j] !== 'EN') return classes[j]!;
  return null;
}

/** Rule L2 undone: runs at level 1 or above are reversed, then runs at level 2 are put back. */
export function logicalOrderAtLtrBase(pieces: BidiPiece[]): BidiPiece[] {
  const visual = detachEdgeNeutrals(pieces).sort((a, b) => a.left - b.left);
  const levels = levelsAtLtrBase(visual);
  let order = visual.map((_, i) => i);
  // L2 reverses from the highest level down, so undoing it goes from the lowest up.
  for (const level of [1, 2]) order = reverseRuns(order, (i) => levels[i]! >= level);
  return order.map((i) => visual[i]!);
}

function reverseRuns(order: number[], inRun: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let k = 0; k < order.length; ) {
    if (!inRun(order[k]!)) {
      out.push(order[k++]!);
      continue;
    }
    let e = k;
    while (e < order.length && inRun(order[e]!)) e++;
    out.push(...order.slice(k, e).reverse());
    k = e;
  }
  return out;
}
