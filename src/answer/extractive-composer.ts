import type { ScoredPassage } from '../retrieval/types.js';
import { formatAnswer, type QuoteItem } from './format-answer.js';
import { pickQuotes } from './pick-sentences.js';
import { selectPassages, type RankedPassage } from './select-passages.js';
import { isTimelineQuestion } from './timeline.js';
import type { AnswerComposer, ComposedAnswer, ComposeInput } from './types.js';

export interface ExtractiveOptions {
  maxPassages?: number;
  maxQuotes?: number;
  /** A timeline spans more documents, one or two sentences each. */
  timelineMaxPassages?: number;
  /**
   * Translates the question's concepts for passages in the other language: one list of target texts per
   * concept (the retriever's glossary/dictionary translation). Without it such passages are quoted from
   * their opening sentence.
   */
  translate?: (question: string) => string[][];
}

/**
 * The default, offline composer: it says nothing of its own. It quotes the sentences of the best passages
 * that answer the question, grouped by document, each quote checked against its source before it is shown.
 */
export class ExtractiveComposer implements AnswerComposer {
  private readonly opts: Required<Omit<ExtractiveOptions, 'translate'>>;
  private readonly translate?: (question: string) => string[][];

  constructor(opts: ExtractiveOptions = {}) {
    const { translate, ...rest } = opts;
    this.opts = { maxPassages: 4, maxQuotes: 6, timelineMaxPassages: 8, ...rest };
    this.translate = translate;
  }

  async compose(input: ComposeInput, signal?: AbortSignal): Promise<ComposedAnswer> {
    signal?.throwIfAborted();
    const timeline = input.timeline ?? isTimelineQuestion(input.question);
    const selected = selectPassages(input.passages, {
      lang: input.lang,
      maxPassages: timeline ? this.opts.timelineMaxPassages : this.opts.maxPassages,
    });
    const crossLingual = selected.some((p) => p.passage.lang !== input.lang);
    const quotes = pickQuotes(
      selected.map((p) => p.passage),
      {
        question: input.question,
        lang: input.lang,
        maxPerPassage: timeline ? 1 : 2,
        translations: crossLingual ? this.translate?.(input.question) : undefined,
      },
    );
    const items: (QuoteItem & { overlap: number })[] = selected
      .flatMap((p, i) => quotes[i].map((q) => ({ passage: p.passage, quote: q.quote, rank: p.rank, start: q.start, overlap: q.overlap })))
      .sort((a, b) => a.rank - b.rank || a.start - b.start)
      .slice(0, Math.max(this.opts.maxQuotes, timeline ? selected.length : 0));
    const { text, citations } = formatAnswer(items, { lang: input.lang, timeline });
    const used = selected.filter((p) => citations.some((c) => c.passageId === p.passage.id));
    const blind = items.length > 0 && items.every((it) => it.overlap === 0);
    return { text, citations, confidence: confidenceOf(used, blind), composer: 'extractive' };
  }
}

/**
 * The retriever's calibrated confidence of the best passage quoted. Quotes chosen without a single shared
 * term (a passage in the other language) are trusted a little less.
 */
export function confidenceOf(used: readonly (ScoredPassage | RankedPassage)[], blind = false): number {
  if (used.length === 0) return 0;
  const known = used.map((p) => p.confidence).filter((c): c is number => typeof c === 'number');
  const base = known.length > 0 ? Math.max(...known) : 0.5;
  return Math.min(1, Math.max(0, base * (blind ? 0.8 : 1)));
}
