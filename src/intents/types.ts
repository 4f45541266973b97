import type { Lang } from '../channel/types.js';

export const INTENTS = [
  'position-question',
  'document-request',
  'registration',
  'submission',
  'ask-person',
  'greeting',
  'feedback',
  'out-of-scope',
] as const;
export type Intent = (typeof INTENTS)[number];

/** Intents that are requests for staff action: they always open a ticket. */
export const REQUEST_INTENTS: ReadonlySet<Intent> = new Set(['document-request', 'registration', 'submission', 'ask-person']);

export interface IntentResult {
  intent: Intent;
  confidence: number;
  lang: Lang;
  /**
   * A request that asks for a fact about an event on record (a numbered meeting, a past year, the past
   * tense) and names nothing of the asker's own or to come: "who attended the 10th meeting?" reads like a
   * registration to the model, yet the record answers it (see fact-question.ts). Read only for requests.
   */
  factQuestion?: boolean;
  /**
   * Read as out of scope only for want of a word of the domain, though it asks for a fact with no cue of
   * being outside it: "who is Enas El-Fergany?" names a person the record knows. The record decides.
   */
  mayBeOnRecord?: boolean;
}
