import type { ItemAsked } from './item-asked.js';
import type { Lang } from '../channel/types.js';

/** What kind of answer a question asks for; the composer leads with a sentence of that kind. */
export const QUESTION_TYPES = [
  'when',
  'where',
  'who',
  'how-many',
  'how-often',
  'which',
  'why',
  'list',
  'position',
  'yes-no',
  'definition',
  'compare',
  'evolution',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * Years a question limits itself to. `from`/`to` are inclusive; `latest` asks for the most recent
 * ("the latest statement", «آخر بيان»), `earliest` for the first.
 */
export interface TimeRange {
  from?: number;
  to?: number;
  latest?: boolean;
  earliest?: boolean;
}

export interface QuestionEntities {
  /** Years named in the question (before any range is read from them). */
  years: number[];
  /** Ordinal numbers of meetings, sessions or summits ("10th", «العاشر»). */
  ordinals: number[];
  /** The same ordinals with what each counts (a meeting, a GFMD session, a forum, a review), when said. */
  mentions: Array<{ n: number; kind?: 'meeting' | 'extraordinary' | 'session' | 'forum' | 'review' | 'global' }>;
  /** An extraordinary (exceptional) meeting is asked about. */
  extraordinary: boolean;
}

export interface QuestionAnalysis {
  text: string;
  lang: Lang;
  /** Every kind of answer asked for, in the order asked; never empty ('position' when nothing else). */
  types: QuestionType[];
  /** The question's words name the kind of answer (false: 'position' is only the default). */
  typed: boolean;
  time: TimeRange;
  entities: QuestionEntities;
  /** The question asks whether a text exists or is available ("is the full text available?"). */
  asksForText: boolean;
  /** What a "how many" question counts (see counted.ts), when it says. */
  counted?: string[];
  /** What the question says it is about ("…say about Gaza?"), normalised words (see focus.ts); empty when it does not say. */
  focus: string[];
  /** "When is the WRD statement agreed?": when something is usually done, not when it was once (see habitual.ts). */
  habitual: boolean;
  /**
   * "Tell me about the 6th meeting" ('record'), "What did the 2019 statement say?" ('contents'): a record asked
   * about as a whole, no one fact or point of it (see overview.ts).
   */
  overview?: 'record' | 'contents';
  /** "What was the fourth theme…?", «المحور الرابع…»: one item of a list, by its place (see item-asked.ts). */
  item?: ItemAsked;
}
