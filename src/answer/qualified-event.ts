import { tokenize } from '../text/tokenize.js';
import { stemsOf } from './question-terms.js';
import { unitText, type Unit } from './units.js';

/**
 * "When did the ARCP ministerial meeting take place?", "the youth forum", «الاجتماع الوزاري»: an event
 * asked by a word that says which kind it is. When no record read puts that word beside such an event, the
 * event is not on record, and the nearest meeting ("…under LAS Council (ministerial) decision 7833") or
 * forum is no answer about it.
 */

/** Kinds of event, each by the words that name it in either language: a meeting is no conference. */
const EVENT_CLASSES = [
  'meeting meetings session sessions gathering gatherings الاجتماع اجتماع اجتماعات الاجتماعات الدوره دوره',
  'summit summits القمه قمه',
  'forum forums المنتدى منتدى',
  'conference conferences المؤتمر مؤتمر',
  'consultation consultations المشاوره مشاوره المشاورات مشاورات',
  'workshop workshops seminar seminars ورشه الورشه ورش الندوه ندوه',
  'ceremony ceremonies celebration احتفاليه الاحتفاليه احتفال الاحتفال',
].map((words) => new Set(tokenize(words)));
const classOf = (word: string) => EVENT_CLASSES.find((c) => c.has(word));
const ARABIC = /^[\u0621-\u064A]+$/;

/**
 * Words that make an event another kind than the meetings, sessions and forums the records tell of: a level
 * ("ministerial", "parliamentary") or a membership ("youth", "expert", "donor"). A closed list: an open one
 * read paraphrases of events on record ("the closing session", "the virtual meeting", "the inaugural
 * meeting") as other events and refused them, and so did "joint" ("their joint sessions" for sessions LAS and
 * UNHCR ran with the Council of Arab Interior Ministers).
 */
const KINDS = new Set(
  tokenize(`ministerial parliamentary presidential youth expert experts donor donors women student students business ngo ngos
  الوزاري الوزاريه البرلماني البرلمانيه الرئاسي الرئاسيه الشبابي الشبابيه النسائي النسائيه`),
);

/** How far apart, in words, a record may put the kind and the event ("meeting at ministerial level"). */
const WINDOW = 2;

/** The kind words a question puts on an event it asks about, with the event word. */
export function eventKindsAsked(question: string): Array<{ kind: string; event: string }> {
  const words = tokenize(question);
  // A name says whose or where ("the LAS-UNHCR celebration", "the Cairo meeting"), which the record may say
  // otherwise ("organised by LAS with UNHCR"); a kind is a common word ("ministerial", "youth").
  const names = new Set(tokenize((question.match(/(?<![\p{L}])\p{Lu}[\p{L}\p{N}]*/gu) ?? []).join(' ')));
  const out: Array<{ kind: string; event: string }> = [];
  words.forEach((w, i) => {
    // An Arabic kind follows the event («الاجتماع الوزاري»), an English one comes before it.
    const kind = !classOf(w) ? undefined : ARABIC.test(w) ? words[i + 1] : words[i - 1];
    if (kind && KINDS.has(kind) && !names.has(kind)) out.push({ kind, event: w });
  });
  return out;
}

const sameWord = (a: string, b: readonly string[]) => stemsOf(a).some((s) => b.includes(s));

/** Whether a text puts the kind word within a few words of a word for the same kind of event. */
function namesKindOfEvent(text: string, kind: string, events: ReadonlySet<string>): boolean {
  const words = tokenize(text);
  const kinds = stemsOf(kind);
  if (MINISTERIAL.test(kind) && AT_MINISTERIAL_LEVEL.test(words.join(' '))) return true;
  return words.some((w, i) => events.has(w) && words.slice(Math.max(0, i - WINDOW), i + WINDOW + 1).some((x) => sameWord(x, kinds)));
}

/**
 * "The 163rd ordinary session of the Council at ministerial level", «الدورة… لمجلس الجامعة على المستوى الوزاري»:
 * a session of the kind asked, the level said after the body it is of ("which ministerial session…" was
 * refused). Only after a session or meeting in the same clause: "decision no. 7833 of the LAS Council at
 * ministerial level" holds no ministerial meeting.
 */
const MINISTERIAL = /^(?:ministerial|الوزاري|الوزاريه)$/u;
const AT_MINISTERIAL_LEVEL = /\b(?:session|meeting)\b(?:\s+(?!session|meeting)\S+){0,6}?\s+at\s+(?:the\s+)?ministerial\s+level\b|(?:الدوره|الاجتماع)(?:\s+\S+){0,6}?\s+علي\s+المستوي\s+الوزاري/u;

/** An event asked by a kind that no record read puts beside an event: it is not on record. */
export function askedEventKindMissing(question: string, units: readonly Unit[]): boolean {
  const asked = eventKindsAsked(question);
  return asked.some(({ kind, event }) => !units.some((u) => namesKindOfEvent(unitText(u), kind, classOf(event)!)));
}
