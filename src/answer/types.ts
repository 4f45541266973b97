import type { Citation, Lang } from '../channel/types.js';
import type { ScoredPassage } from '../retrieval/types.js';

export interface ComposeInput {
  question: string;
  lang: Lang;
  passages: ScoredPassage[];
  /** "How has the position evolved" questions get a dated timeline, oldest first. */
  timeline?: boolean;
}

export interface ComposedAnswer {
  /** Text with `[n]` markers that refer to `citations`. Empty when nothing verifiable could be said. */
  text: string;
  citations: Citation[];
  confidence: number;
  composer: 'extractive' | 'llm';
  /** Set when an LLM answer was refused and the extractive answer stands in for it. */
  fallbackReason?: string;
}

/** The composer port. */
export interface AnswerComposer {
  compose(input: ComposeInput, signal?: AbortSignal): Promise<ComposedAnswer>;
}
