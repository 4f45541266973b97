import { kindOfWord } from '../question/understand.js';
import { tokenize } from '../text/tokenize.js';
import { stemsOf, type Term } from './question-terms.js';

/**
 * Kinds of event other than a meeting, with dates and places of their own: consultations, dialogues,
 * workshops, a celebration, a forum, a conference, and the HLOM, named by acronym ("when was the HLOM?" was
 * dated by "The HLOM was preceded by the Arab regional consultations… on 10 November 2021"; the HLM is left
 * out: "the extraordinary meeting… preparing for the HLM" names the meeting asked by the event it prepared,
 * and its opening speakers were lost). Not "meeting": the record calls a consultation or a forum a meeting
 * too, so a unit without the word may still be of the meeting asked (quoteFit reads which one by number).
 */
const EVENT_WORDS = tokenize(`consultation consultations dialogue dialogues workshop workshops seminar seminars celebration
  forum conference summit hlom مشاوره المشاوره مشاورات المشاورات حوار الحوار ورشه الورشه ندوه الندوه احتفاليه الاحتفاليه
  منتدي المنتدي مؤتمر المؤتمر قمه القمه`);
const EVENT_TOKENS = new Set(EVENT_WORDS);
const EVENT_STEMS = new Set(EVENT_WORDS.flatMap(stemsOf));

/** Whether a normalised word names an event, a meeting counted by ordinals (understand.ts) or another kind. */
export function isEventWord(token: string): boolean {
  return kindOfWord(token) !== undefined || EVENT_TOKENS.has(token);
}

/** "The Arab Regional Consultative Process" is the body, not a consultation (Porter reads both as consult). */
const BODY_STEMS = new Set(['process']);

/**
 * Whether a concept of the question names a kind of event ("the regional consultations", «الاحتفالية»), in
 * the question's own words (its first alternative; the others are glossary forms).
 */
export function namesEvent(term: Term | undefined): boolean {
  const asked = term?.alternatives[0];
  const has = (stems: ReadonlySet<string>) => asked?.some((word) => word.some((stem) => stems.has(stem))) ?? false;
  return has(EVENT_STEMS) && !has(BODY_STEMS);
}
