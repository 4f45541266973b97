import { formatAnswer } from './format-answer.js';
import { splitSentences } from './sentences.js';
import type { AnswerComposer, ComposedAnswer, ComposeInput } from './types.js';
import { isTimelineQuestion } from './timeline.js';

/**
 * The in-memory twin of the composer port: obviously correct and deterministic, for contract and
 * conversation tests. It quotes the opening sentence of each of the first three passages, as given.
 */
export class MemoryComposer implements AnswerComposer {
  async compose(input: ComposeInput, signal?: AbortSignal): Promise<ComposedAnswer> {
    signal?.throwIfAborted();
    const items = input.passages.slice(0, 3).flatMap((p, rank) => {
      const first = splitSentences(p.passage.text)[0];
      return first ? [{ passage: p.passage, quote: first.text, rank, start: first.start }] : [];
    });
    const timeline = input.timeline ?? isTimelineQuestion(input.question);
    const { text, citations } = formatAnswer(items, { lang: input.lang, timeline });
    const confidence = citations.length === 0 ? 0 : input.passages[0]?.confidence ?? 0.5;
    return { text, citations, confidence, composer: 'extractive' };
  }
}
