import type { BaseMessage } from '@langchain/core/messages';
import type { Logger } from '../logger.js';
import { confidenceOf } from './extractive-composer.js';
import { formatAnswer, type AnswerBlock } from './format-answer.js';
import { checkLlmOutput, type RefusalReason } from './llm-checks.js';
import { parseLlmOutput, renumberMarkers, type LlmOutput } from './llm-output.js';
import { buildMessages, labelPassages, type LabelledPassage } from './llm-prompt.js';
import { selectPassages, twinPassage, type RankedPassage } from './select-passages.js';
import { byDateAscending, isTimelineQuestion } from './timeline.js';
import type { AnswerComposer, ComposedAnswer, ComposeInput } from './types.js';
import { originalSpan } from './verify-quote.js';

/** The part of LangChain's chat model interface used here (BaseChatModel satisfies it). */
export interface ChatModelLike {
  invoke(messages: BaseMessage[], options?: { signal?: AbortSignal }): Promise<{ content: unknown }>;
}

export interface LlmComposerOptions {
  model: ChatModelLike;
  /** Stands in whenever the model's answer cannot be shown. */
  fallback: AnswerComposer;
  logger: Logger;
  timeoutMs?: number;
  maxPassages?: number;
}

/**
 * Composes with a chat model, then trusts nothing it says: the answer is shown only if it cites passages it
 * was given, its quotes verify against them and it draws on their text. Otherwise the extractive answer
 * stands in, with the reason logged and returned as `fallbackReason`.
 */
export class LlmComposer implements AnswerComposer {
  constructor(private readonly opts: LlmComposerOptions) {}

  async compose(input: ComposeInput, signal?: AbortSignal): Promise<ComposedAnswer> {
    signal?.throwIfAborted();
    const timeline = input.timeline ?? isTimelineQuestion(input.question);
    const selected = inAskerLanguage(selectPassages(input.passages, { lang: input.lang, maxPassages: this.opts.maxPassages ?? (timeline ? 8 : 6) }), input);
    if (selected.length === 0) return this.opts.fallback.compose(input, signal);
    const labelled = labelPassages(selected);
    let content: string;
    try {
      content = await this.ask(buildMessages({ question: input.question, context: input.context, lang: input.lang, passages: labelled }), signal);
    } catch (err) {
      signal?.throwIfAborted();
      return this.fallBack(input, 'llm-error', signal, err);
    }
    this.opts.logger.debug({ content }, 'LLM reply');
    const out = parseLlmOutput(content);
    const reason: RefusalReason | undefined = out ? checkLlmOutput(out, labelled, { question: input.question }) : 'unparseable-output';
    if (reason || !out) return this.fallBack(input, reason ?? 'unparseable-output', signal);
    if (out.answer.trim() === '' && out.quotes.length === 0) {
      // The model found no answer in the passages: the turn says so instead of guessing.
      return { text: '', citations: [], confidence: 0, composer: 'llm' };
    }
    const quotes = quoteBlocks(out, labelled);
    const formatted = formatAnswer({
      lang: input.lang,
      blocks: timeline ? byDateAscending(quotes, (b) => b.spans[0]!.passage.meta.date) : quotes,
      lead: (numberOf) => renumberMarkers(out.answer, (label) => numberOf(passageIdOf(labelled, label))),
    });
    if (formatted.citations.length === 0) return this.fallBack(input, 'quote-unverified', signal);
    const used = selected.filter((p) => formatted.citations.some((c) => c.passageId === p.passage.id));
    return { text: formatted.text, citations: formatted.citations, coverage: formatted.coverage, confidence: confidenceOf(used), composer: 'llm' };
  }

  private async ask(messages: BaseMessage[], signal?: AbortSignal): Promise<string> {
    const timeout = AbortSignal.timeout(this.opts.timeoutMs ?? 30_000);
    const result = await this.opts.model.invoke(messages, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    return textOf(result.content);
  }

  private async fallBack(input: ComposeInput, reason: string, signal?: AbortSignal, err?: unknown): Promise<ComposedAnswer> {
    this.opts.logger.warn(
      { reason, composer: 'llm', err: err instanceof Error ? err.message : undefined },
      'LLM answer not used; extractive answer instead',
    );
    const answer = await this.opts.fallback.compose(input, signal);
    return { ...answer, fallbackReason: reason };
  }
}

/** Passages of bilingual documents given in the asker's half, so that the model quotes that half. */
function inAskerLanguage(selected: RankedPassage[], input: ComposeInput): RankedPassage[] {
  const docs = input.documentPassages;
  if (!docs) return selected;
  const seen = new Set<string>();
  return selected
    .map((p) => ({ ...p, passage: twinPassage(p.passage, docs(p.passage.documentId), input.lang) ?? p.passage }))
    .filter((p) => !seen.has(p.passage.id) && seen.add(p.passage.id));
}

function passageIdOf(labelled: readonly LabelledPassage[], label: string): string {
  return labelled.find((l) => l.label === label)?.passage.id ?? '';
}

/** Most supporting quotes shown under a model's answer: each should add a fact the question asked for. */
const MAX_QUOTES = 3;

/** Quotes as the source writes them (whole sentences), whatever spelling the model used. */
function quoteBlocks(out: LlmOutput, labelled: readonly LabelledPassage[]): AnswerBlock[] {
  return out.quotes
    .flatMap((q) => {
      const l = labelled.find((x) => x.label === q.passage.trim());
      const span = l && originalSpan(q.quote, l.passage.text);
      return l && span ? [{ spans: [{ passage: l.passage, text: span.text, start: span.start }] }] : [];
    })
    .slice(0, MAX_QUOTES);
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map((part) => (typeof part === 'string' ? part : typeof part?.text === 'string' ? part.text : '')).join('');
  }
  return '';
}
