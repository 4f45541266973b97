/**
 * Short follow-ups ("and in 2024?", «وماذا عن اللاجئين؟», "what about GFMD?") only make sense with the
 * previous question of the same conversation: they are rewritten into a full question before retrieval.
 */
export interface FollowUp {
  text: string;
  isFollowUp: boolean;
}

const MAX_FOLLOW_UP_WORDS = 6;

// The openings of a follow-up; what comes after them is the new topic or year.
const OPENING_EN = /^(?:and\s+)?(?:what|how)\s+about\s+|^and\s+(?:what\s+of\s+|as\s+for\s+|for\s+|in\s+|on\s+|regarding\s+|about\s+)?|^(?:same|likewise)\s+for\s+|^as\s+for\s+|^(?:also|then)\s+(?:for\s+|in\s+)?/i;
const OPENING_AR = /^و?(?:ماذا|ما)\s+(?:عن|بشأن|بخصوص|حول)\s+|^و?بالنسب[ةه]\s+(?:لل|ل|إلى|الى)\s*|^و(?:في|فى|عن|بشأن|حول)\s+|^وكذلك\s+(?:في\s+)?|^و(?=ال\S{2,})/;
const YEAR = /(?<![\d])(?:19|20)\d{2}(?![\d])/;
const YEAR_ONLY = /^(?:(?:in|for|the\s+year|year)\s+)?(?:في\s+)?(?:عام|سنة|سنه|العام|لعام)?\s*((?:19|20)\d{2})$/i;
// Where the topic of a question starts: the first "on/about…" (English) or «من/عن/بشأن…» (Arabic).
const TOPIC_EN = /\s(?:on|about|regarding|concerning|towards?|with\s+regard\s+to)\s+/i;
const TOPIC_AR = /\s(?:من|عن|بشأن|حول|تجاه|إزاء|ازاء|حيال|بخصوص)\s+/;

export function resolveFollowUp(text: string, previousQuestion: string | undefined): FollowUp {
  const trimmed = text.trim();
  const unchanged = { text, isFollowUp: false };
  if (!previousQuestion?.trim()) return unchanged;
  const core = trimmed.replace(/[?？؟.!]+$/u, '').trim();
  const opening = OPENING_EN.exec(core) ?? OPENING_AR.exec(core);
  const rest = opening ? core.slice(opening[0].length).trim() : core;
  const yearOnly = YEAR_ONLY.exec(rest);
  if (!opening && !yearOnly) return unchanged;
  if (rest === '' || rest.split(/\s+/).length > MAX_FOLLOW_UP_WORDS) return unchanged;
  const previous = previousQuestion.trim();
  return { text: yearOnly ? withYear(previous, yearOnly[1]) : withTopic(previous, rest), isFollowUp: true };
}

function withYear(previous: string, year: string): string {
  if (YEAR.test(previous)) return previous.replace(YEAR, year);
  const { body, mark } = splitMark(previous);
  return /[\u0600-\u06FF]/.test(body) ? `${body} في عام ${year}${mark}` : `${body} in ${year}${mark}`;
}

function withTopic(previous: string, topic: string): string {
  const { body, mark } = splitMark(previous);
  const at = TOPIC_EN.exec(body) ?? TOPIC_AR.exec(body);
  if (!at) return `${body} — ${topic}${mark}`;
  return `${body.slice(0, at.index + at[0].length)}${topic}${mark}`;
}

function splitMark(question: string): { body: string; mark: string } {
  const m = /[?？؟.!]+$/u.exec(question);
  return m ? { body: question.slice(0, m.index).trim(), mark: m[0] } : { body: question, mark: '' };
}
