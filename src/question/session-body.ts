import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import type { LetterQuestion } from './letter.js';
import { ordinalMentions } from './ordinal-mentions.js';

/** Bodies an English question may name whose sessions are not the ARCP's meetings. */
export const BODY_WITH_SESSIONS = /\b(?:gfmd|global forum|summit|forum|general assembly|assembly|council|dialogue|hld|grf|imrf|conference|committee|unga)\b/;

/**
 * "3) Which country chaired the 14th session, and what was its central theme?" in a letter on the ARCP's
 * contributions to the GFMD, after "2) Where was the 10th GFMD session held?": a session numbered with no body
 * named is one of the body an item before it, or the letter's subject, names. Alone, a session of no body is
 * the ARCP's own meeting (understand.ts), and there was no 14th.
 */
export function ofTheBodyNamedBefore(question: LetterQuestion, before: readonly LetterQuestion[], subject: string | undefined): LetterQuestion {
  const own = normalizeForMatch(`${question.text} ${question.context ?? ''}`);
  if (/[\u0621-\u064A]/u.test(own) || BODY_WITH_SESSIONS.test(own)) return question;
  if (!ordinalMentions(tokenize(question.text)).some((m) => m.kind === 'session')) return question;
  const named = [...before.map((q) => q.text).reverse(), subject ?? ''].map((text) => BODY_AS_WRITTEN.exec(text)?.[0]).find(Boolean);
  // (In the question's own words: the kind of event asked is read from them, not from its context.)
  return named ? { ...question, text: `${question.text} (${named})` } : question;
}
const BODY_AS_WRITTEN = new RegExp(BODY_WITH_SESSIONS.source, 'i');
