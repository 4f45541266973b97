import { listSize } from './size-asked.js';
import { titleIn, type DocumentMeta } from '../ingest/types.js';
import { FACT_TYPES } from './supports.js';
import { anyMatch, arabicWords, englishWords } from '../question/cues.js';
import { listSizeAsked } from '../question/counted.js';
import { documentMentions, kindOfWord, namesExtraordinary, ordinalMentions, type OrdinalMention } from '../question/understand.js';
import type { QuestionAnalysis, QuestionType } from '../question/types.js';
import type { LabelKey } from '../replies/labels.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import type { AnswerPlan } from './answer-plan.js';
import type { ScoredUnit } from './unit-scoring.js';
import { asksForAState, countriesNamed } from './countries.js';
import { PRECISION_RANK, type DatePrecision } from './date-evidence.js';
import { BODY_NAME_ASKED, NAME_ASKED } from './office-holder.js';
import { documentYear, namesAsked, yearsSpoken } from './document-facts.js';
import { isOtherEntry } from './other-entries.js';
import { figureOfAnotherYear } from './count-year.js';
import { askedActs, namesAct } from './predicate.js';
import { stemsOf } from './question-terms.js';
import { unitPassage, unitText, type Unit } from './units.js';

/**
 * What the record does not say of what was asked, though the quotes found look like an answer: the meeting
 * or state asked about is named by none of them, the lead is another event's, a note of absence is about
 * another meeting, or no quote holds the date, place, actor or number asked for the act asked about.
 */

/**
 * The question names a meeting, session or forum by its number and what it is ("the 12th meeting") and
 * nothing read speaks of it: whatever else matches, it is not an answer about that meeting.
 */
export function askedMeetingMissing(analysis: QuestionAnalysis, units: readonly Unit[]): boolean {
  const asked = analysis.entities.mentions.filter((m) => m.kind);
  if (asked.length === 0 || askedDocumentAtHand(units, asked)) return false;
  return !units.some((u) => namesAsked(eventMentions(tokenize(unitText(u))), asked));
}

/**
 * The numbered events a sentence names: an ordinal counting nothing named counts the event the sentence
 * speaks of ("…probably the first of the two extraordinary meetings…; the second was held in July 2017":
 * extraordinary meetings), and none when it speaks of no event ("third-country solutions"). Read as any
 * meeting, "the second" answered "who attended the 2nd meeting?" with the 2016 extraordinary meeting's.
 */
function eventMentions(tokens: readonly string[]): OrdinalMention[] {
  const kind = namesExtraordinary(tokens) ? 'extraordinary' : tokens.map(kindOfWord).find(Boolean);
  return ordinalMentions(tokens).flatMap((m) => (m.kind ? [m] : kind ? [{ ...m, kind }] : []));
}

/** The documents read that are about the meeting asked (their title or metadata name it), each once. */
function askedDocuments(units: readonly Unit[], asked: readonly OrdinalMention[]): DocumentMeta[] {
  const metas = new Set(units.map((u) => unitPassage(u).meta));
  return [...metas].filter((m) => namesAsked(documentMentions(m), asked));
}

function askedDocumentAtHand(units: readonly Unit[], asked: readonly OrdinalMention[]): boolean {
  return askedDocuments(units, asked).length > 0;
}

/**
 * "Who opened the 10th meeting?" when the 10th meeting's record does not say: the lead found is the
 * opening of another numbered event (the first regional review), which would pass for the answer. With the
 * asked meeting's own document at hand and silent, nothing is on record.
 */
export function leadsWithAnotherEvent(plan: AnswerPlan, analysis: QuestionAnalysis, units: readonly Unit[]): boolean {
  const asked = analysis.entities.mentions.filter((m) => m.kind);
  const lead = plan.layout === 'lead' ? plan.quotes[0] : undefined;
  if (asked.length === 0 || !lead) return false;
  const named = ordinalMentions(tokenize(unitText(lead.unit)));
  const meta = unitPassage(lead.unit).meta;
  if (namesAsked(named, asked) || namesAsked(documentMentions(meta), asked)) return false;
  // (Nor a chronology's entry of its own date that names another event: "10 November 2021, online: Arab regional
  // consultations…" for when and where the 2nd meeting, which the chronology has no date for, was held.)
  if (named.length === 0) return FACT_TYPES.has(analysis.types[0] ?? '') && (ofAnotherEventRecord(lead, units, asked) || (isOtherEntry(lead, asked) && !askedDocumentAtHand(units, asked)));
  // "…the first regional review conference… opened by…" for who opened the first meeting: a lead naming
  // only events of their own kind and number is another event's, whether or not the one asked is at hand
  // (unless a note on the one asked says what the record lacks of it: that note answers).
  const noteOnAsked = plan.gaps.some((g) => g.fit > 1);
  return (named.every((m) => m.kind) && !noteOnAsked) || askedDocumentAtHand(units, asked);
}

/**
 * "What did the ARCP say about climate change at its 7th meeting?": the quotes that speak of the point asked
 * are other events' (International Migrants Day 2024, a 2017 speech), and none of the asked meeting's own
 * sentences, nor any naming it, speaks of it. Nothing on record answers.
 */
export function focusOfAnotherEvent(plan: AnswerPlan, analysis: QuestionAnalysis): boolean {
  const asked = analysis.entities.mentions.filter((m) => m.kind);
  if (plan.layout !== 'lead' || asked.length === 0 || analysis.focus.length === 0) return false;
  const onFocus = plan.quotes.filter((q) => q.onFocus);
  return onFocus.length > 0 && !onFocus.some((q) => ofTheEventAsked(q, analysis));
}

/** Whether a quote is of the numbered event the question names, if it names one: by its words, its fit or its record. */
export function ofTheEventAsked(q: ScoredUnit, analysis: QuestionAnalysis): boolean {
  const asked = analysis.entities.mentions.filter((m) => m.kind);
  if (asked.length === 0) return true;
  return q.fit > 1 || namesAsked(ordinalMentions(tokenize(unitText(q.unit))), asked) || namesAsked(documentMentions(unitPassage(q.unit).meta), asked);
}

/** Records of one event, which a sentence that names no event speaks of. */
const EVENT_RECORDS = new Set(['meeting-report', 'final-statement', 'annual-statement', 'position-paper', 'recommendations']);

/**
 * A quote of no numbered event the question names, from a record of no event at all: a reference's sentence
 * («…في دورته العادية الثانية والأربعين», the League Council's 142nd session, for the 2nd regular meeting asked).
 * (A meeting's own record is of the event the question may name by kind: "the extraordinary meeting … who opened it?".)
 */
export function ofNoEventAsked(q: ScoredUnit, analysis: QuestionAnalysis): boolean {
  return !ofTheEventAsked(q, analysis) && !EVENT_RECORDS.has(unitPassage(q.unit).meta.type);
}

/**
 * "How many participants attended the 7th meeting?" led by "About 90 participants attended the Beirut
 * consultation": a fact from a sentence that names no meeting, in the record of another event held another
 * year, while the asked meeting's own record is at hand and says no such thing. (Only a fact asked: what was
 * said at a meeting is answered by its own sentences, whatever leads.)
 */
function ofAnotherEventRecord(lead: AnswerPlan['quotes'][number], units: readonly Unit[], asked: readonly OrdinalMention[]): boolean {
  const meta = unitPassage(lead.unit).meta;
  if (lead.fit > 1) return false;
  const year = (m: DocumentMeta) => m.date.slice(0, 4);
  // A reference's sentence is of the event of the years it names ("the stocktaking meeting in Puerto Vallarta…
  // 2017, with more than 400 delegates" for the delegates of the 9th meeting, held in 2023).
  const years = EVENT_RECORDS.has(meta.type) ? [year(meta)] : yearsSpoken(unitText(lead.unit));
  const records = askedDocuments(units, asked);
  return years.length > 0 && records.length > 0 && !records.some((m) => years.includes(year(m)));
}

/** What happened is asked: an outcome, a decision, what was said or done (not when or where it is held). */
const WHAT_HAPPENED = [
  englishWords(['was', 'were', 'did', 'happened', 'decided', 'adopted', 'agreed', 'concluded', 'achieved', 'outcomes?', 'results?', 'said', 'discussed']),
  arabicWords(['نتائج', 'نتيجه', 'مخرجات', 'قرر', 'قررت', 'اعتمد', 'اعتمدت', 'ناقش', 'ناقشت', 'قال', 'قالت', 'حصل', 'صار', 'خرج', 'خرجت']),
];

/**
 * "What was the outcome of the 2026 IMRF?", «ما نتائج منتدى 2026؟»: what happened in a year that no document
 * read is of — the newest says only that the forum "will be held in 2026". Nothing on record can say what
 * came of it (the answer quoted a 2022 dialogue's "outcome" and the announcement). When or where it is to be
 * held the announcement answers.
 */
export function afterTheRecord(analysis: QuestionAnalysis, units: readonly Unit[]): boolean {
  const { from } = analysis.time;
  if (from === undefined || analysis.types[0] === 'when' || analysis.types[0] === 'where') return false;
  if (!anyMatch(WHAT_HAPPENED, normalizeForMatch(analysis.text))) return false;
  const newest = Math.max(0, ...units.map((u) => documentYear(unitPassage(u).meta) ?? 0));
  return newest > 0 && from > newest;
}

/**
 * A note of absence in a document about another meeting than the one asked ("whether the 6th meeting was
 * held in person is not known", for a question on the 7th) says nothing of what was asked.
 */
export function aboutAnotherMeeting(note: Unit, analysis: QuestionAnalysis): boolean {
  const asked = analysis.entities.mentions.filter((m) => m.kind);
  // A question that names no meeting and no year is not about one meeting's gap ("how many times has the ARCP
  // met?" is not answered by "the 1st meeting's agenda is not on record"); nor one on an extraordinary meeting.
  const numbered = ordinalMentions(tokenize(unitText(note))).some((m) => m.kind);
  if (asked.length === 0) return (analysis.entities.years.length === 0 || analysis.entities.extraordinary) && numbered;
  const named = ordinalMentions(tokenize(unitText(note)));
  if (namesAsked(named, asked)) return false;
  // "…: 5th regular meeting; the month is not known" in the chronology, for a question on the 10th.
  if (named.some((m) => m.kind)) return true;
  const own = documentMentions(unitPassage(note).meta).filter((m) => m.kind);
  return own.length > 0 && !namesAsked(own, asked);
}

/**
 * "How many roles does the technical secretariat have?" answered by the list under "Roles of the ARCP technical
 * secretariat": its items are the things counted, and the reply gives them all ("do not give the number" was
 * said beside them).
 */
function listsCounted(quote: ScoredUnit, counted: readonly string[]): boolean {
  if (quote.unit.kind !== 'list') return false;
  const heading = new Set(tokenize(unitText(quote.unit).split('\n')[0] ?? '').flatMap(stemsOf));
  return counted.some((w) => stemsOf(w).some((k) => heading.has(k)));
}

/** The fact a "when / where / who / how many" question asks for, by the label that names it. */
const FACT_LABELS: Partial<Record<QuestionType, LabelKey>> = { when: 'factWhen', where: 'factWhere', who: 'factWho', 'how-many': 'factHowMany', why: 'factWhy' };

/**
 * "When was the Working Group founded?" and no quote holds a date: the quotes are about the subject but
 * do not answer, and the reply says so rather than letting a related date pass for the answer.
 */
export function missingFact(analysis: QuestionAnalysis, plan: AnswerPlan, namesPerson?: (text: string) => boolean): LabelKey | undefined {
  if (analysis.types.length === 1 && (analysis.types[0] === 'which' || analysis.types[0] === 'who') && asksForAState(analysis.text)) {
    return plan.quotes.length > 0 && !plan.quotes.some((q) => countriesNamed(unitText(q.unit)).size > 0) ? 'factWho' : undefined;
  }
  // («ما أسماء الأعضاء العشرة…؟»: a list of who, asked by its size, as "the names of the ten members".)
  const listOfWho = analysis.types.length === 2 && analysis.types.includes('list') && analysis.types.includes('who');
  if ((analysis.types.length === 1 && analysis.types[0] === 'list') || listOfWho) return otherListSize(analysis, plan) ? 'factList' : undefined;
  const key = analysis.types.length === 1 ? FACT_LABELS[analysis.types[0]!] : undefined;
  if (!key || plan.quotes.length === 0) return undefined;
  if (analysis.types[0] === 'how-many' && plan.quotes.some((q) => listsCounted(q, analysis.counted ?? []))) return undefined;
  const text = normalizeForMatch(analysis.text);
  // «شنو اسم الإدارة في 2016؟»: a body's name is given by the quote that names it, which names no one.
  if (analysis.types[0] === 'who' && anyMatch(BODY_NAME_ASKED, text)) return undefined;
  if (plan.quotes.every((q) => q.evidence[0]! === 0)) return key;
  // "The name of the Iraqi official who presented…", «ما اسم ممثل المفوضية…»: a role or a body
  // ("Iraq's Deputy Minister…", «ممثلو المفوضية») names no one.
  if (namesPerson && anyMatch(NAME_ASKED, text) && !plan.quotes.some((q) => namesPerson(unitText(q.unit)))) return key;
  // "How many African states…?" answered by "22 member states": a count of the whole is no count of a part.
  // "How many participants attended…?" answered by "its regular session 142", "two kinds of delegate": a
  // number near no word of the thing counted counts something else.
  const counting = analysis.types[0] === 'how-many' && (analysis.counted ?? []).length > 0;
  if (counting && !plan.quotes.some((q) => q.evidence[0]! === 1)) return key;
  // ("the total value of the pledges made by Arab member states": a sum, whose thing counted is no noun, likewise.)
  if (analysis.types[0] === 'how-many' && countOfTheWhole(analysis.text, plan.quotes[0]!)) return key;
  if (figureOfAnotherYear(analysis, plan)) return key;
  // "Who chaired the 6th meeting?" answered by "The 6th meeting was organised with UNHCR and IOM": a body
  // is named, but not for the act asked about. The act may be named by the quote's document or section
  // ("Decision establishing the ARCP" dates the founding in «أصدر المجلس القرار 7833 في 7 سبتمبر 2014»).
  // «من افتتح الاجتماع السادس؟»: the act named of another event ("Aboul Gheit opened the extraordinary meeting",
  // a support of fit 0.5) is not the asked meeting's.
  const acts = askedActs(analysis.text);
  const ofTheAsked = (q: ScoredUnit) => analysis.entities.mentions.length === 0 || q.fit >= 1;
  return acts.size > 0 && !plan.quotes.some((q) => ofTheAsked(q) && namesAct(quoteWithContext(q.unit), acts)) ? key : undefined;
}

/**
 * «الأولويات الست… شو هي؟» answered by the first review's objectives, a list of five: a list asked by its
 * size is none of another size. (The line that announces a list is not an item.)
 */
function otherListSize(analysis: QuestionAnalysis, plan: AnswerPlan): boolean {
  const size = listSizeAsked(analysis.text);
  const lists = plan.quotes.filter((q) => q.unit.kind === 'list');
  return size !== undefined && lists.length > 0 && !lists.some((q) => listSize(q.unit) === size);
}

// «كم دولة عربية…»: the singular after «كم», as the plural.
const ARAB_STATES = /\barab (?:member )?(?:states|countries|governments|nations)\b|(?<![\u0621-\u064A])(?:ال)?(?:دول|دول[ةه]|بلدان|بلد|حكومات) (?:ال)?عربي[ةه](?![\u0621-\u064A])/u;

/**
 * "How many pledges did Arab states make at the GRF?", "…did Egypt make?" answered by the forum's "more than
 * 1,600 pledges": the count of whom the question names (a state, the Arab states), when the leading quote
 * names them not, is the whole's.
 */
function countOfTheWhole(question: string, lead: ScoredUnit): boolean {
  const states = countriesNamed(question);
  const group = ARAB_STATES.test(normalizeForMatch(question));
  if (states.size === 0 && !group) return false;
  const text = unitText(lead.unit);
  const named = countriesNamed(text);
  // The ARCP's own members are Arab states: "the ARCP has 22 member states" under the title of the Arab Regional
  // Consultative Process counts them; the General Assembly's "181 votes", or "21 states" trained, count all.
  const norm = normalizeForMatch(text);
  const arabMembers = MEMBER_COUNT.test(norm) && ARAB.test(normalizeForMatch(quoteWithContext(lead.unit)));
  return ![...states].some((c) => named.has(c)) && !(group && (ARAB_STATES.test(norm) || arabMembers));
}
const ARAB = /\barab\b|(?<![\u0621-\u064A])(?:ال)?عربي[ةه]?(?![\u0621-\u064A])/u;
const MEMBER_COUNT = /\b\d+\s+member\s+states\b|(?<![\d])\d+\s+دول[ةه]?\s+عضو/u;

/** A quote with the title of its document and the heading of its section, in the quote's language. */
export function quoteWithContext(unit: Unit): string {
  const p = unitPassage(unit);
  return [unitText(unit), titleIn(p.meta, p.lang), p.heading ?? ''].join('\n');
}

/** "In which year…", «في أي عام…»: a year asked, which a year answers; "which month", «بأي شهر»: a month. */
const YEAR_ASKED = [englishWords(['(?:which|what) year', 'in what year']), arabicWords(['اي عام', 'اي سنه', 'انهي سنه'])];
const MONTH_ASKED = [englishWords(['(?:which|what) month', 'in what month']), arabicWords(['اي شهر', 'انهي شهر'])];

function askedPrecision(question: string): DatePrecision {
  const text = normalizeForMatch(question);
  return anyMatch(YEAR_ASKED, text) ? 'year' : anyMatch(MONTH_ASKED, text) ? 'month' : 'day';
}

/**
 * "When exactly was the 4th meeting held?" answered "in 2018": the date asked is given less finely than
 * asked (a year, a month, where a day was), and the reply says the record holds no more, so that the year
 * does not pass for the whole answer. Quotes that date another event do not count.
 */
export function inexactDate(analysis: QuestionAnalysis, plan: AnswerPlan): LabelKey | undefined {
  const t = analysis.types.indexOf('when');
  if (t < 0 || analysis.habitual) return undefined;
  // A note already quoted ("its exact date… not given") says it; only quotes that name the meeting or year
  // asked (fit above 1) speak for it.
  if (plan.gaps.length > 0) return undefined;
  const dating = plan.quotes.filter((q) => q.evidence[t]! >= DATES_ASKED && q.dated !== undefined && q.fit > 1);
  if (dating.length === 0) return undefined;
  const finest = Math.max(...dating.map((q) => PRECISION_RANK[q.dated!]));
  const asked = askedPrecision(analysis.text);
  if (finest >= PRECISION_RANK[asked]) return undefined;
  // The record's own date says how much of it is known ("2018", "2015-04"): a quote that dates something
  // else in the meeting's record (the GCR "affirmed in December 2018") does not make its day unknown.
  const known = Math.max(...dating.map((q) => PRECISION_RANK[metaPrecision(unitPassage(q.unit).meta.date)]));
  if (known >= PRECISION_RANK[asked]) return undefined;
  return finest === PRECISION_RANK.year && asked === 'month' ? 'factMonth' : 'factExactDate';
}
/** How finely a document's date is known: "2021-06-08", "2015-04", "2018". */
function metaPrecision(date: string): DatePrecision {
  return /^\d{4}-\d{2}-\d{2}/.test(date) ? 'day' : /^\d{4}-\d{2}/.test(date) ? 'month' : 'year';
}

/** Date evidence of the event asked (date-evidence.ts): a year within the question's, or better. */
const DATES_ASKED = 0.5;

/** Who the question asks a position of: the ARCP, the Arab states, the League. */
const HOLDER = [
  englishWords(['arcp', 'arab', 'arabs', 'league', 'las', 'member states']),
  arabicWords(['العمليه', 'عمليه التشاور', 'العربي', 'العربيه', 'العرب', 'الجامعه', 'الدول العربيه', 'الدول الاعضاء']),
];

/**
 * "What's the ARCP's position on statelessness?" answered only from reference documents on a global
 * framework or on LAS–UNHCR work (the Arab Declaration on Belonging): background, not an ARCP position,
 * which the reply says rather than letting the background pass for one.
 */
export function backgroundOnly(analysis: QuestionAnalysis, plan: AnswerPlan): boolean {
  // A note of absence quoted beside them says it already ("nothing can be said about its content").
  if (!analysis.types.includes('position') || plan.quotes.length === 0 || plan.gaps.length > 0 || !anyMatch(HOLDER, normalizeForMatch(analysis.text))) return false;
  return plan.quotes.every((q) => {
    const meta = unitPassage(q.unit).meta;
    return meta.type === 'reference' && !meta.forum.includes('ARCP');
  });
}
