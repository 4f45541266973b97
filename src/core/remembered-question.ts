/**
 * What a conversation remembers of a turn for the next follow-up: the question as understood and, when it asked
 * which event ("Which ARCP meeting prepared states for the second GRF?"), the event its answer named ("9th
 * meeting"), kept after an arrow so that the one text the conversation log holds shows both.
 */
const ANSWERED = ' ⟶ ';

export function rememberedQuestion(question: string | undefined, answeredEvent: string | undefined): string | undefined {
  return question && answeredEvent ? `${question}${ANSWERED}${answeredEvent}` : question;
}

export function recalledQuestion(remembered: string | undefined): { question?: string; answeredEvent?: string } {
  const at = remembered?.lastIndexOf(ANSWERED) ?? -1;
  if (!remembered || at < 0) return { question: remembered };
  return { question: remembered.slice(0, at), answeredEvent: remembered.slice(at + ANSWERED.length) };
}
