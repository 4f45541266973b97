import { formatAnswer } from './format-answer.js';
import { splitSentences } from './sentences.js';
import { byDateAscending, isTimelineQuestion } from './timeline.js';
import type { AnswerComposer, ComposedAnswer, ComposeInput } from './types.js';

/**
 * The in-memory twin of the composer port: obviously correct and deterministic, for contract and
 * conversation tests. It quotes the opening sentence of each of the first three passages, as given.
 */
export class MemoryComposer implements AnswerComposer {
  async compose(input: ComposeInput, signal?: AbortSignal): Promise<ComposedAnswer> {
    signal?.throwIfAborted();
    const blocks = input.passages.slice(0, 3).flatMap((p) => {
      const first = splitSentences(p.passage.text)[0];
      return first ? [{ spans: [{ passage: p.passage, text: first.text, start: first.start }] }] : [];
    });
    const timeline = input.timeline ?? isTimelineQuestion(input.question);
    const ordered = timeline ? byDateAscending(blocks, (b) => b.spans[0]!.passage.meta.date) : blocks;
    const { text, citations, coverage } = formatAnswer({ lang: input.lang, blocks: ordered });
    const confidence = citations.length === 0 ? 0 : input.passages[0]?.confidence ?? 0.5;
    return { text, citations, confidence, composer: 'extractive', coverage };
  }
}
