import { arabicStems } from './light10.js';
import { englishStem } from './english-stem.js';
import { arabicOrdinal, englishOrdinal, isArabicTens, ordinalTerm } from './ordinals.js';
import { isStopword } from './stopwords.js';
import { charNgrams, isArabicWord, tokenize } from './tokenize.js';

export interface AnalyzeOptions {
  /** Light10 for Arabic, Porter for English. On by default; off only for ablation. */
  stem?: boolean;
}

/**
 * The analysis of one text for the word field: a list of term groups, one per token. A group holds
 * several terms when the token has several readings (للاجئين) or is an ordinal (fifth, 5th, الخامس also
 * index `ord5`); the index stores all of them.
 */
export function wordTermGroups(tokens: readonly string[], options: AnalyzeOptions = {}): string[][] {
  const stem = options.stem ?? true;
  if (!stem) return tokens.map((t) => [t]);
  const stems = tokens.map(readingsOf);
  return stems.map((readings, i) => {
    const token = tokens[i]!;
    if (isArabicWord(token)) {
      // («الدورة العادية الثانية والأربعين بعد المائة» is the Council's 142nd session: no second anything.)
      const next = tokens[i + 1];
      const ord = next !== undefined && isArabicTens(next) ? undefined : arabicOrdinal(readings[0]!, stems[i + 1]?.[0]);
      return ord ? [...readings, ordinalTerm(ord.n)] : readings;
    }
    const n = englishOrdinal(token);
    return n === undefined ? readings : [...readings, ordinalTerm(n)];
  });
}

// Words follow Zipf's law: a bounded memo spares most of the stemming while indexing.
const memo = new Map<string, string[]>();
const MEMO_MAX = 200_000;

function readingsOf(token: string): string[] {
  let r = memo.get(token);
  if (r) return r;
  r = isArabicWord(token) ? arabicStems(token) : [englishStem(token)];
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(token, r);
  return r;
}

export interface AnalyzedText {
  tokens: string[];
  words: string[];
  grams: string[];
  pairs: string[];
}

/**
 * Adjacent content words (stopwords skipped), stemmed: a cheap proximity signal. Every reading of an
 * ambiguous word pairs with every reading of its neighbour.
 */
export function wordPairs(tokens: readonly string[], options: AnalyzeOptions = {}): string[] {
  return pairsOf(wordTermGroups(tokens.filter((t) => !isStopword(t)), options));
}

function pairsOf(groups: readonly string[][]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < groups.length; i++) {
    for (const a of groups[i]!) for (const b of groups[i + 1]!) out.push(`${a}+${b}`);
  }
  return out;
}

/** The index fields of a text: stemmed words, character 4-grams of normalised words, stemmed word pairs. */
export function analyzeText(text: string, options: AnalyzeOptions = {}): AnalyzedText {
  const tokens = tokenize(text);
  const groups = wordTermGroups(tokens, options);
  return {
    tokens,
    words: groups.flat(),
    grams: charNgrams(tokens),
    pairs: pairsOf(groups.filter((_, i) => !isStopword(tokens[i]!))),
  };
}
