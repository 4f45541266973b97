import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createChatModel } from './chat-model.js';
import { ExtractiveComposer, type ExtractiveOptions } from './extractive-composer.js';
import { LlmComposer, type ChatModelLike } from './llm-composer.js';
import type { AnswerComposer } from './types.js';

export type { AnswerComposer, ComposedAnswer, ComposeInput } from './types.js';
export { ExtractiveComposer } from './extractive-composer.js';
export { LlmComposer } from './llm-composer.js';
export { MemoryComposer } from './memory-composer.js';
export { renderTemplate, TEMPLATE_NAMES, type TemplateName } from '../replies/templates.js';
export { categoryLabel } from '../replies/category-labels.js';
export { verifyQuote } from './verify-quote.js';
export { isTimelineQuestion } from './timeline.js';

export interface ComposerFactoryOptions {
  llm: Config['llm'];
  logger: Logger;
  /** The retriever's reading of a question's words and their other forms (glossary, dictionary). */
  concepts?: ExtractiveOptions['concepts'];
  /** For tests: a chat model to use instead of the configured one. */
  model?: ChatModelLike;
}

/**
 * The extractive composer, or — when the configuration names an LLM provider — the LLM composer with the
 * extractive one as its fallback.
 */
export function createComposer(opts: ComposerFactoryOptions): AnswerComposer {
  const extractive = new ExtractiveComposer({ concepts: opts.concepts });
  const model = opts.model ?? createChatModel(opts.llm);
  if (!model) return extractive;
  opts.logger.info({ provider: opts.llm.provider, model: opts.llm.model }, 'LLM composer on');
  return new LlmComposer({ model, fallback: extractive, logger: opts.logger, timeoutMs: opts.llm.timeoutMs });
}
