import { englishStem } from '../text/english-stem.js';
import { arabicStems } from '../text/light10.js';
import { isStopword } from '../text/stopwords.js';
import { isArabicWord, tokenize } from '../text/tokenize.js';

/**
 * Words that say which kind of text is asked about rather than what about ("the final statement's
 * position on return"): they still count, but a sentence must not win on them alone.
 */
const FRAMING = new Set(
  tokenize(`position positions stance view views arab arcp process consultative statement final document documents paper
  موقف مواقف الموقف العربي العربيه عمليه العمليه التشاور تشاور بيان البيان الختامي ختامي وثيقه الوثيقه ورقه قالت قال ورد وردت
  ماذا يري تري رؤيه`).flatMap(stemsOf),
);
const FRAMING_WEIGHT = 0.25;

function isFraming(word: readonly string[]): boolean {
  return word.some((s) => FRAMING.has(s));
}

/** One thing the question is about: any alternative matching counts; an alternative is a phrase of words. */
export interface Term {
  /** Each alternative is a list of words, each word a list of stem readings; all words must be present. */
  alternatives: string[][][];
  weight: number;
}

/** The match keys of one normalised token: its stems (Arabic may have two readings). */
export function stemsOf(token: string): string[] {
  return isArabicWord(token) ? arabicStems(token) : [englishStem(token)];
}

function contentWords(text: string): string[][] {
  return tokenize(text)
    .filter((t) => !isStopword(t) && (t.length >= 2 || /\d/.test(t)))
    .map(stemsOf);
}

/** Content terms of a question, one per distinct word; framing words weigh less. */
export function questionTerms(text: string): Term[] {
  const seen = new Set<string>();
  const out: Term[] = [];
  for (const stems of contentWords(text)) {
    if (seen.has(stems[0])) continue;
    seen.add(stems[0]);
    out.push({ alternatives: [[stems]], weight: isFraming(stems) ? FRAMING_WEIGHT : 1 });
  }
  return out;
}

/** Terms from translations of the question's concepts: each concept's target texts are its alternatives. */
export function translatedTerms(concepts: readonly (readonly string[])[]): Term[] {
  return concepts
    .map((targets) => targets.map(contentWords).filter((a) => a.length > 0))
    .filter((alternatives) => alternatives.length > 0)
    .map((alternatives) => ({
      alternatives,
      weight: alternatives.every((alt) => alt.every(isFraming)) ? FRAMING_WEIGHT : 1,
    }));
}

/** The stem set of a sentence, for overlap with question terms. */
export function sentenceStems(text: string): Set<string> {
  return new Set(tokenize(text).flatMap(stemsOf));
}

export function termMatches(term: Term, stems: ReadonlySet<string>): boolean {
  return term.alternatives.some((alt) => alt.every((word) => word.some((s) => stems.has(s))));
}
