import type { ComposedAnswer } from '../answer/types.js';
import type { Lang } from '../channel/types.js';
import { answeredEvent } from '../question/answered-event.js';
import { describedEvent } from '../question/described-event.js';
import type { LetterQuestion } from '../question/letter.js';

/** A message with the event it names only by what it did named instead, and whether that leaned on the turn before. */
export interface EventNamed {
  text: string;
  /** The description pointed back at the question before ("the forum it was preparing for"), which it has now used. */
  leanedOn?: boolean;
}

/**
 * "the arcp mtg that got everyone ready for the 2nd GRF - who opened it and where was it held": which meeting that is
 * is asked first ("which arcp mtg got everyone ready for the 2nd GRF?"), and the message is then asked of the meeting
 * answered ("the 9th meeting - who opened it…"). As written, the forum it names answered where the meeting was held.
 * A description that points back («…للمشاركة فيه» in a letter) is asked only with the question before it (`subject`).
 */
export async function withDescribedEventNamed(
  text: string,
  turn: { subject?: string; lang: Lang; signal: AbortSignal },
  ask: (q: LetterQuestion, lang: Lang, signal: AbortSignal) => Promise<{ composed?: ComposedAnswer }>,
): Promise<EventNamed> {
  const described = describedEvent(text);
  if (!described || (described.pointsBack && !turn.subject)) return { text };
  const context = described.pointsBack ? turn.subject : undefined;
  const found = await ask({ text: described.question, ...(context ? { context } : {}) }, turn.lang, turn.signal);
  const event = found.composed?.citations.length ? answeredEvent(described.question, found.composed.text, context) : undefined;
  if (!event) return { text };
  return { text: text.replace(described.phrase, /[\u0600-\u06FF]/u.test(event) ? event : `the ${event}`), leanedOn: described.pointsBack };
}
