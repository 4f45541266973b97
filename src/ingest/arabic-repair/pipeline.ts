import { BIDI_CONTROLS, isArabicLine } from './chars.js';
import { fixMirroredBrackets } from './brackets.js';
import { dammaStats, dammaToSpace, usesDammaAsSpace } from './damma-space.js';
import { areFragments, fragmentWholes, joinedWord, mergeFragments } from './fragments.js';
import { separateScripts } from './glued-scripts.js';
import type { Lexicon } from './lexicon.js';
import { restoreLineOrder, type LineOrderResult } from './line-order.js';
import { emptyCounters, buildReport, type RepairCounters, type RepairReport } from './report.js';
import { orderThreshold } from './order-prior.js';
import { leadingStopOrder } from './punctuation.js';
import { repairWord } from './repair-word.js';
import { lettersMayBeReversed } from './reversed-letters.js';
import { detokenize, tokenize, type Token } from './tokens.js';
import type { WordOrderModel } from './word-order-model.js';

export type { RepairReport } from './report.js';

export interface RepairResources {
  lexicon: Lexicon;
  model: WordOrderModel;
  /** Overrides of the line-order prior, for evaluation. */
  tuning?: { blockPenalty?: number; margin?: number };
}

export interface RepairOptions {
  /** The extractor rebuilt each line's word order from the layout: lines are not reordered. */
  keepLineOrder?: boolean;
}

export interface RepairedText {
  text: string;
  report: RepairReport;
  /** For each line of `prepareExtractedText(input)`, the index of the output line it begins at. */
  lineStarts: number[];
}

/** One part of an Arabic line (a line extracted from two slide lines has two), with its best reading. */
interface Part {
  tokens: Token[];
  order: LineOrderResult;
}

type Line = { arabic: false; text: string } | { arabic: true; parts: Part[] };

/** Prepares extracted text: compatibility forms (presentation forms, ligatures) folded, bidi controls dropped. */
export function prepareExtractedText(text: string): string {
  return text.normalize('NFKC').replace(BIDI_CONTROLS, '').replace(/\u0640/g, '').replace(/\r\n?/g, '\n');
}

/**
 * Runs every repair step over a document's text. Words are repaired line by line; whether a line is
 * read in the other direction is decided against the whole document's evidence, since a document
 * extracted in visual order is damaged throughout while a clean one only looks odd here and there.
 */
export function repairArabicText(text: string, resources: RepairResources, options: RepairOptions = {}): RepairedText {
  const prepared = prepareExtractedText(text);
  const dammaAsSpace = usesDammaAsSpace(dammaStats(prepared));
  const doc: DocumentEvidence = { dammaAsSpace, mirror: lettersMayBeReversed(arabicWords(prepared)) };
  const counters = emptyCounters();
  const lines: Line[] = prepared.split('\n').map((line) =>
    isArabicLine(line) ? { arabic: true, parts: planLine(line, resources, doc, counters) } : { arabic: false, text: line.trimEnd() },
  );
  const parts = lines.flatMap((l) => (l.arabic ? l.parts : []));
  const threshold = options.keepLineOrder ? Infinity : orderThreshold(parts.map((p) => ({ tokens: p.tokens.length, gain: p.order.gain })), resources.tuning?.margin);
  const out = lines.map((l) => (l.arabic ? l.parts.map((p) => finishPart(p, threshold, resources.lexicon, counters)).join('\n') : l.text));
  const repaired = out.join('\n');
  const report = buildReport({ before: prepared, after: repaired, dammaAsSpace, lexicon: resources.lexicon, counters });
  return { text: repaired, report, lineStarts: lineStarts(lines) };
}

/** Where each line of the prepared text begins among the repaired lines (an Arabic line may become several). */
function lineStarts(lines: Line[]): number[] {
  let at = 0;
  return lines.map((l) => {
    const start = at;
    at += l.arabic ? l.parts.length : 1;
    return start;
  });
}

/** What the whole document says about how its words were damaged. */
interface DocumentEvidence {
  dammaAsSpace: boolean;
  /** Its letters may be in visual order: unknown words may be mirrored. */
  mirror: boolean;
}

function arabicWords(text: string): string[] {
  return tokenize(text).flatMap((t) => (t.kind === 'ar' ? [t.text] : []));
}

function planLine(line: string, res: RepairResources, doc: DocumentEvidence, c: RepairCounters): Part[] {
  let source = line;
  if (doc.dammaAsSpace) {
    const d = dammaToSpace(source);
    source = d.line;
    c.dammaSpaces += d.replaced;
  }
  const tokens = separateScripts(tokenize(source), c);
  const words = tokens.flatMap((t) => (t.kind === 'ar' && !isLineFragment(t, tokens, res.lexicon) ? repairWord(t, res.lexicon, c, { mirror: doc.mirror }) : [t]));
  return splitAtGluedBullets(words).map((part) => ({ tokens: part, order: bestOrder(part, res) }));
}

/** An unknown token that makes a known word with another token of its line: a piece, not a glued run. */
function isLineFragment(t: Token, line: Token[], lexicon: Lexicon): boolean {
  if (lexicon.isKnown(t.text)) return false;
  return line.some((u) => u !== t && (areFragments(t, u, lexicon) || areFragments(u, t, lexicon)));
}

function bestOrder(part: Token[], res: RepairResources): LineOrderResult {
  const wholes = fragmentWholes(part, res.lexicon);
  const seenAs = part.map((t, i) => (wholes[i] ? { ...t, text: wholes[i]! } : t));
  // Two pieces join only into the whole word both were read as.
  const fragments = (i: number, j: number) =>
    wholes[i] !== null && wholes[i] === wholes[j] && joinedWord(part[i]!.text, part[j]!.text, res.lexicon) === wholes[i];
  const baseline = leadingStopOrder(part);
  return restoreLineOrder(part, res.model, { fragments, seenAs, baseline, blockPenalty: res.tuning?.blockPenalty, margin: -Infinity });
}

function finishPart(part: Part, threshold: number, lexicon: Lexicon, c: RepairCounters): string {
  const reorder = part.order.reordered && part.order.gain > threshold;
  const moved = !reorder && part.order.fallback !== part.tokens;
  if (reorder) c.linesReordered++;
  if (moved) c.stopsMoved++;
  const ordered = reorder ? fixMirroredBrackets(part.order.tokens) : part.order.fallback;
  const merged = mergeFragments(ordered, lexicon);
  c.fragmentsMerged += merged.merged;
  return detokenize(merged.tokens, reorder || moved);
}

/**
 * A bullet glued to the end of a word (`زيادة- مخاطر`, `آلية•`) marks where a line began in visual
 * order: two slide lines were extracted as one. Each part is put in order on its own.
 */
export function splitAtGluedBullets(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  tokens.forEach((t, i) => {
    parts[parts.length - 1]!.push(t);
    const next = tokens[i + 1];
    if (t.kind === 'bullet' && i > 0 && !t.spaceBefore && tokens[i - 1]!.kind === 'ar' && next && next.spaceBefore) parts.push([]);
  });
  return parts.filter((p) => p.length > 0);
}
