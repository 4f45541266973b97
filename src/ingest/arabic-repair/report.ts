import { isArabicWordShape } from '../readable.js';
import { bareWord } from './chars.js';
import type { Lexicon } from './lexicon.js';
import { tokenize } from './tokens.js';

export interface RepairCounters {
  dammaSpaces: number;
  gluedRunsSplit: number;
  wordsSplit: number;
  fragmentsMerged: number;
  lamAlefFixed: number;
  reversedWordsFixed: number;
  linesReordered: number;
  /** Full stops moved from the start of a line to its end. */
  stopsMoved: number;
}

/** What the repair did to one document: shown by `arcp ingest` and stored with the document. */
export interface RepairReport extends RepairCounters {
  /** Arabic words in the text as extracted. */
  tokensIn: number;
  /** Arabic words in the repaired text. */
  tokensOut: number;
  /** Arabic words of the repaired text that were not in the extracted text as they stand. */
  tokensChanged: number;
  /** Share of Arabic words the lexicon knows, before and after. */
  knownBefore: number;
  knownAfter: number;
  /**
   * 0–1: how much of the repaired Arabic text can be believed. A known word kept as extracted counts
   * fully; a rewritten one only as far as the lexicon's evidence goes (a new corpus has little); an
   * unknown word counts half when it is shaped like an Arabic word, nothing when not.
   */
  confidence: number;
}

export function emptyCounters(): RepairCounters {
  return { dammaSpaces: 0, gluedRunsSplit: 0, wordsSplit: 0, fragmentsMerged: 0, lamAlefFixed: 0, reversedWordsFixed: 0, linesReordered: 0, stopsMoved: 0 };
}

function arabicWords(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === 'ar')
    .map((t) => bareWord(t.text))
    .filter((w) => w.length > 0);
}

/** Credit of an unknown word shaped like an Arabic word: neither confirmed nor refuted. */
const UNVERIFIED_CREDIT = 0.5;

export function buildReport(input: {
  before: string;
  after: string;
  dammaAsSpace: boolean;
  lexicon: Lexicon;
  counters: RepairCounters;
}): RepairReport {
  const inWords = arabicWords(input.dammaAsSpace ? input.before.replace(/\u064F/g, ' ') : input.before);
  const outWords = arabicWords(input.after);
  const kept = keptAsExtracted(inWords, outWords);
  const lex = input.lexicon;
  const share = (ws: string[]) => (ws.length === 0 ? 1 : ws.filter((w) => lex.isKnown(w)).length / ws.length);
  const credit = (w: string, i: number) => {
    if (lex.isKnown(w)) return kept[i] ? 1 : lex.strength;
    return isArabicWordShape(w) ? UNVERIFIED_CREDIT : 0;
  };
  const confidence = outWords.length === 0 ? 1 : outWords.reduce((sum, w, i) => sum + credit(w, i), 0) / outWords.length;
  return {
    tokensIn: inWords.length,
    tokensOut: outWords.length,
    tokensChanged: kept.filter((k) => !k).length,
    ...input.counters,
    knownBefore: round(share(inWords)),
    knownAfter: round(share(outWords)),
    confidence: round(confidence),
  };
}

/** Per repaired word: whether the extracted text had it as it stands (each extracted word used once). */
function keptAsExtracted(inWords: string[], outWords: string[]): boolean[] {
  const pool = new Map<string, number>();
  for (const w of inWords) pool.set(w, (pool.get(w) ?? 0) + 1);
  return outWords.map((w) => {
    const left = pool.get(w) ?? 0;
    if (left > 0) pool.set(w, left - 1);
    return left > 0;
  });
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
