import { arabicBaseDirection, logicalOrderAtLtrBase, type BaseDirection, type BidiPiece } from './pdf-bidi.js';

/**
 * Rebuilds reading order from where a PDF puts its text, not from the order its content stream happens to
 * use: items are grouped into lines by baseline, a right-to-left line is read by x descending, and spaces
 * come from the gaps between items. Pure functions over pdf.js text items, so they can be tested alone.
 */

export interface PdfTextItem {
  /** Text as pdf.js reports it: each right-to-left run already in logical order. */
  str: string;
  dir: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  fontSize: number;
}

type Piece = BidiPiece;

interface Line {
  y: number;
  fontSize: number;
  pieces: Piece[];
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/u;
const ARABIC_G = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/gu;
const LATIN = /[\p{Script=Latin}]/u;
const LATIN_G = /[\p{Script=Latin}]/gu;
/** Runs of one direction inside an item: Arabic letters (with their marks and spaces) or anything else. */
const RUNS = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF][\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\s]*|[^\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+/gu;
/** A gap wider than this share of the font size is a space. */
const SPACE_GAP = 0.15;
const PARAGRAPH_GAP = 1.45;
/** A line ending this share of the block's width short of its edge ends a paragraph. */
const SHORT_LINE = 0.2;

/**
 * An item mixing Arabic with Latin or digits (`يمكن www.lasportal.org`) is cut into runs, each given a
 * share of the item's width by its length, so that runs can be ordered among the other items.
 */
export function splitItem(item: PdfTextItem): Piece[] {
  const text = item.str.normalize('NFKC');
  const whole = (t: string, left: number, right: number): Piece => ({
    text: t, left, right, fontSize: item.fontSize, latin: LATIN.test(t) && !ARABIC.test(t), rtl: item.dir === 'rtl',
  });
  if (!(ARABIC.test(text) && /[\p{Script=Latin}0-9]/u.test(text))) return [whole(text, item.x, item.x + item.width)];
  const runs = text.match(RUNS) ?? [text];
  const total = runs.reduce((n, r) => n + r.length, 0);
  const rtl = item.dir === 'rtl';
  let offset = 0;
  return runs.map((r) => {
    // Spaces at a run's edges take width but are not part of it: they become the gap between runs.
    const lead = r.length - r.trimStart().length;
    const from = ((offset + lead) / total) * item.width;
    offset += r.length;
    const to = ((offset - (r.length - r.trimEnd().length)) / total) * item.width;
    // Left-to-right items lay runs out from the left edge, right-to-left ones from the right edge.
    const text = r.trim();
    return rtl ? whole(text, item.x + item.width - to, item.x + item.width - from) : whole(text, item.x + from, item.x + to);
  });
}

function groupLines(items: PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  // Whitespace items are kept: an explicit space is better evidence than a narrow gap.
  const sorted = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of sorted) {
    const size = item.fontSize || 10;
    const line = lines.find((l) => Math.abs(l.y - item.y) <= 0.5 * Math.max(size, l.fontSize));
    if (!line && item.str.trim() === '') continue;
    if (line) {
      line.pieces.push(...splitItem(item));
      line.fontSize = Math.max(line.fontSize, size);
    } else lines.push({ y: item.y, fontSize: size, pieces: splitItem(item) });
  }
  return lines.sort((a, b) => b.y - a.y);
}

function isRightToLeft(pieces: Piece[]): boolean {
  const text = pieces.map((p) => p.text).join('');
  return (text.match(ARABIC_G)?.length ?? 0) >= (text.match(LATIN_G)?.length ?? 0) && ARABIC.test(text);
}

/**
 * Reading order for the line's direction; inside a right-to-left line a Latin phrase still reads left to
 * right. An Arabic line of a left-to-right paragraph is put back in logical order by the bidi levels.
 */
function orderPieces(pieces: Piece[], arabicBase: BaseDirection): Piece[] {
  if (!isRightToLeft(pieces)) return [...pieces].sort((a, b) => a.left - b.left);
  if (arabicBase === 'ltr') return logicalOrderAtLtrBase(pieces);
  const desc = [...pieces].sort((a, b) => b.right - a.right);
  const neutral = (p: Piece | undefined) => p !== undefined && !p.latin && !ARABIC.test(p.text) && !/[0-9]/.test(p.text);
  const out: Piece[] = [];
  for (let i = 0; i < desc.length; ) {
    let j = i;
    // A Latin phrase runs on through punctuation between its words (`Arab Regional - ARCP`).
    while (desc[j]?.latin || (j > i && neutral(desc[j]) && desc[j + 1]?.latin)) j++;
    if (j === i) out.push(desc[i++]!);
    else {
      out.push(...desc.slice(i, j).sort((a, b) => a.left - b.left));
      i = j;
    }
  }
  return out;
}

function gapBetween(a: Piece, b: Piece): number {
  return Math.max(b.left - a.right, a.left - b.right);
}

/**
 * Whether a space separates two pieces that follow each other in reading order. Pieces that are not
 * neighbours on the page (the two sides of a reversed Arabic run) have no gap to measure: they are
 * separate words unless the second is punctuation that hugs the word before it.
 */
function spaceBetween(a: Piece, b: Piece, pieces: Piece[]): boolean {
  const [lo, hi] = a.left < b.left ? [a, b] : [b, a];
  const between = pieces.some((p) => p !== a && p !== b && p.text.trim() !== '' && p.left >= lo.right - 0.5 && p.right <= hi.left + 0.5);
  if (between) return !/^[.,:;!?؟،؛)\]»]/u.test(b.text);
  return gapBetween(a, b) > SPACE_GAP * Math.max(a.fontSize, b.fontSize);
}

function joinLine(pieces: Piece[]): string {
  let out = '';
  pieces.forEach((p, i) => {
    const prev = pieces[i - 1];
    const spaced = /\s$/.test(out) || /^\s/.test(p.text);
    if (prev && !spaced && spaceBetween(prev, p, pieces)) out += ' ';
    out += p.text;
  });
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * A line much narrower than the text block is the last line of its paragraph (or a paragraph of one
 * line): wrapped lines run the full width, whichever side the text is aligned to.
 */
function endsParagraph(pieces: Piece[], left: number, right: number): boolean {
  if (pieces.length === 0) return false;
  const width = right - left;
  const used = Math.max(...pieces.map((p) => p.right)) - Math.min(...pieces.map((p) => p.left));
  return width > 0 && used < (1 - SHORT_LINE) * width;
}

/** The paragraph direction of a page's Arabic lines (null without any), as it decides their reading order. */
export function pageArabicBase(items: PdfTextItem[]): BaseDirection | null {
  const arabic = groupLines(items).filter((l) => isRightToLeft(l.pieces));
  return arabic.length === 0 ? null : arabicBaseDirection(arabic.map((l) => l.pieces));
}

/** The text of one page: its lines in reading order, with a blank line where the spacing says a paragraph ends. */
export function assemblePage(items: PdfTextItem[]): string {
  const lines = groupLines(items).map((l) => ({
    ...l,
    pieces: l.pieces.filter((p) => p.text !== '' && !(p.text.trim() === '' && p.right - p.left > 3 * p.fontSize)),
  }));
  const steps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((d) => d > 0).sort((a, b) => a - b);
  const usual = steps[Math.floor((steps.length - 1) / 2)] ?? 0;
  const left = Math.min(...lines.flatMap((l) => l.pieces.map((p) => p.left)));
  const right = Math.max(...lines.flatMap((l) => l.pieces.map((p) => p.right)));
  const arabicBase = arabicBaseDirection(lines.filter((l) => isRightToLeft(l.pieces)).map((l) => l.pieces));
  const out: string[] = [];
  lines.forEach((line, i) => {
    const step = i > 0 ? lines[i - 1]!.y - line.y : 0;
    const afterShort = i > 0 && endsParagraph(lines[i - 1]!.pieces, left, right);
    if (i > 0 && ((usual > 0 && step > PARAGRAPH_GAP * usual) || afterShort)) out.push('');
    out.push(joinLine(orderPieces(line.pieces, arabicBase)));
  });
  return out.join('\n');
}
