import type { Lang } from '../channel/types.js';
import { questionTerms, sentenceStems, termMatches, translatedTerms, type Term } from './question-terms.js';
import { splitSentences, type Sentence } from './sentences.js';

/** An exact span of a passage's original text chosen as a quote. */
export interface PickedQuote {
  quote: string;
  start: number;
  /** How much of the question the quote covers (idf-weighted term overlap); 0 when it was picked blind. */
  overlap: number;
}

export interface PickOptions {
  question: string;
  lang: Lang;
  maxPerPassage: number;
  /** The question's concepts in the other language (glossary or dictionary targets), one list per concept. */
  translations?: readonly (readonly string[])[];
}

interface ScoredSentence extends Sentence {
  score: number;
  index: number;
}

/**
 * Chooses, in each passage, the sentences that share the most (rare) question terms; a passage in the
 * other language is matched on the question's translations. A passage with no shared term contributes
 * its opening sentence, since the retriever judged the passage relevant. Adjacent chosen sentences are
 * joined into one quote, cut from the original text.
 */
export function pickQuotes(passages: readonly { text: string; lang: Lang }[], opts: PickOptions): PickedQuote[][] {
  const own = questionTerms(opts.question);
  const other = translatedTerms(opts.translations ?? []);
  const split = passages.map((p) => ({
    terms: p.lang === opts.lang ? own : other,
    sentences: splitSentences(p.text).map((s) => ({ ...s, stems: sentenceStems(s.text) })),
  }));
  const all = split.flatMap((p) => p.sentences);
  const idfOf = new Map<Term, number>();
  for (const term of [...own, ...other]) {
    const df = all.filter((s) => termMatches(term, s.stems)).length;
    idfOf.set(term, term.weight * Math.log(1 + (all.length + 1) / (df + 0.5)));
  }
  return split.map(({ terms, sentences }, pi) => {
    const scored: ScoredSentence[] = sentences.map((s, index) => ({
      ...s,
      index,
      score: terms.reduce((sum, t) => sum + (termMatches(t, s.stems) ? idfOf.get(t)! : 0), 0),
    }));
    return joinAdjacent(passages[pi].text, withListItems(passages[pi].text, scored, choose(scored, opts.maxPerPassage)));
  });
}

/** Most items of a list quoted after its introducing line. */
const LIST_MAX_ITEMS = 12;

/**
 * A list passage starts with the line that introduces it ("The six objectives of the ARCP"); when that
 * line is what matches the question, the answer is the items under it, so they are quoted with it.
 */
function withListItems(text: string, scored: ScoredSentence[], chosen: ScoredSentence[]): ScoredSentence[] {
  const intro = scored[0];
  if (!intro || !chosen.includes(intro) || !text.includes('\n')) return chosen;
  const introLine = text.slice(0, text.indexOf('\n')).trim();
  if (intro.text !== introLine || /[.!?؟؛;]$/.test(introLine)) return chosen;
  return scored.slice(0, LIST_MAX_ITEMS + 1);
}

function choose(scored: ScoredSentence[], max: number): ScoredSentence[] {
  if (scored.length === 0) return [];
  const best = Math.max(...scored.map((s) => s.score));
  if (best <= 0) return [scored[0]];
  return [...scored]
    .filter((s) => s.score >= best * 0.5)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index);
}

function joinAdjacent(text: string, chosen: ScoredSentence[]): PickedQuote[] {
  const out: PickedQuote[] = [];
  let prev: ScoredSentence | undefined;
  for (const s of chosen) {
    const last = out.at(-1);
    if (last && prev && s.index === prev.index + 1) {
      last.quote = text.slice(last.start, s.end);
      last.overlap = Math.max(last.overlap, s.score);
    } else {
      out.push({ quote: s.text, start: s.start, overlap: s.score });
    }
    prev = s;
  }
  return out;
}
