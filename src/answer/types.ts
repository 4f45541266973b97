import type { Citation, Lang } from '../channel/types.js';
import type { Passage } from '../ingest/types.js';
import type { ScoredPassage } from '../retrieval/types.js';

export interface ComposeInput {
  question: string;
  lang: Lang;
  passages: ScoredPassage[];
  /** "How has the position evolved" questions get a dated timeline, oldest first. */
  timeline?: boolean;
  /** The question as the retriever understood it (dialect words in Modern Standard Arabic, typos corrected). */
  understood?: string;
  /**
   * What a letter's question points back to ("…an Arab position on the revised ENP. Could you share the
   * main points of that position?"): its words choose the quotes; the kind of answer is the question's.
   */
  context?: string;
  /** Every passage of a document, so that an answer quotes the half in the asker's language. */
  documentPassages?: (documentId: string) => Passage[];
  /** "Last year" is counted from here (default: now). */
  now?: Date;
}

export interface ComposedAnswer {
  /** Text with `[n]` markers that refer to `citations`. Empty when nothing verifiable could be said. */
  text: string;
  citations: Citation[];
  confidence: number;
  composer: 'extractive' | 'llm';
  /** Set when an LLM answer was refused and the extractive answer stands in for it. */
  fallbackReason?: string;
  /**
   * 'partial': part of the question is not on record and the answer says so; 'none': the corpus says it
   * does not hold what was asked, so there is nothing to answer with.
   */
  coverage?: 'full' | 'partial' | 'none';
  /** Whether the record bears out the place or year the question put to be checked, when the answer says. */
  claimHolds?: boolean;
}

/** The composer port. */
export interface AnswerComposer {
  compose(input: ComposeInput, signal?: AbortSignal): Promise<ComposedAnswer>;
}
