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
  /** 0–1: how much of the repaired Arabic text is made of known words. */
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

export function buildReport(input: {
  before: string;
  after: string;
  dammaAsSpace: boolean;
  lexicon: Lexicon;
  counters: RepairCounters;
}): RepairReport {
  const inWords = arabicWords(input.dammaAsSpace ? input.before.replace(/\u064F/g, ' ') : input.before);
  const outWords = arabicWords(input.after);
  const pool = new Map<string, number>();
  for (const w of inWords) pool.set(w, (pool.get(w) ?? 0) + 1);
  let changed = 0;
  for (const w of outWords) {
    const left = pool.get(w) ?? 0;
    if (left > 0) pool.set(w, left - 1);
    else changed++;
  }
  const share = (ws: string[]) => (ws.length === 0 ? 1 : ws.filter((w) => input.lexicon.isKnown(w)).length / ws.length);
  const knownAfter = round(share(outWords));
  return {
    tokensIn: inWords.length,
    tokensOut: outWords.length,
    tokensChanged: changed,
    ...input.counters,
    knownBefore: round(share(inWords)),
    knownAfter,
    confidence: knownAfter,
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
