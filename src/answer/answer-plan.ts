import type { QuestionAnalysis, QuestionType } from '../question/types.js';
import { antecedentOf, byScore, chooseSupport, FACT_TYPES, rankedSupport, substantive, TYPED_EVIDENCE, type RankedSupport } from './supports.js';
import { ofTheSizeAsked } from './size-asked.js';
import type { ScoredUnit } from './unit-scoring.js';
import { namesAsked, yearsNamed } from './document-facts.js';
import { latestHolder } from './latest-holder.js';
import { headingAskedBy } from './list-heading.js';
import { ofNoEventAsked } from './record-silence.js';
import { asksNow } from '../question/now-asked.js';
import { documentMentions, ordinalMentions } from '../question/understand.js';
import { tokenize } from '../text/tokenize.js';
import { askedActVerbs, namesAct } from './predicate.js';
import { opensAt, unitPassage, unitText, type Span } from './units.js';
import { saysContentUnheld } from './content-unheld.js';
import { ofAPaper, themeSaid } from './theme-asked.js';
import { datedByTheNext, finerDate } from './finer-date.js';

export type { RankedSupport } from './supports.js';

/** What the answer will say, before layout: the lead, the supporting quotes, what is not on record. */
export interface AnswerPlan {
  layout: 'lead' | 'timeline' | 'compare';
  quotes: ScoredUnit[];
  /** Notes of absence about exactly what was asked: the answer is partial (or empty when nothing else). */
  gaps: ScoredUnit[];
  /** The lead is one item of a list, asked by its place (item-plan.ts). */
  item?: { n: number; of: number };
}

/** A unit with evidence of the asked type beats a more relevant one without, unless it is this much weaker. */
const TYPED_LEAD_MIN = 0.6;
/**
 * A list of another thing than the one asked (the ARCP's six objectives for «ما هي الشركاء…», evidence 0.3)
 * takes no lead from a more relevant unit: it is no more an answer than the sentence that names the partners.
 * (Asked of every kind of question, that cost held-out leads: a year is weak evidence of "when", yet an answer.)
 */
const OTHER_LIST_LEAD = 0.5;
/** …or this much weaker, when it carries the asked type in full ("22 member states") and the other hardly. */
const FULL_EVIDENCE_LEAD_MIN = 0.5;
/**
 * …or this much, for a count next to the thing counted ("22 دولة عضواً" for «عدد الدول الأعضاء», which it
 * holds only by the root of a broken plural) against a list that mentions that thing, and for a list
 * headed by the thing asked («الوثائق الصادرة عن اجتماعات العملية… (ستة أنواع)») against sentences that
 * name one of its items in the question's words («النوع الرابع من الوثائق التي تصدرها العملية»).
 */
const FULL_COUNT_LEAD_MIN = 0.35;
/**
 * …each floor lowered this much when the more relevant unit carries none of the asked type, for the kinds
 * a sentence plainly holds or not (a date, a place, a number, a frequency); the evidence of an actor or a
 * definition is read off names and phrasing that sentences without the answer also have. So for "whether": the one
 * evidence of a yes-no answer is a sentence saying the matter is undecided on record (answer-evidence.ts).
 */
const BLANK_LEAD_FLOOR = 0.5;
const BLANK_TYPES: ReadonlySet<QuestionType> = new Set(['when', 'where', 'how-many', 'how-often', 'yes-no']);
/** A note of absence may speak of the question when it covers this share of it… */
const GAP_COVERAGE_MIN = 0.2;
/**
 * …and is about the question as much as the lead is (as much of it, or it ranks among the quotes of its own
 * document, or it covers what the quotes do not): "the corpus holds
 * no text of the Arab position on the revised ENP" is, "this file does not contain the decision's text"
 * is not, for "which decision created the ARCP?".
 */
const GAP_COVERAGE_OF_LEAD = 0.85;

/** Kinds of question that ask who did something, or when or where it was done. */
const ACT_TYPES = new Set(['who', 'when', 'where']);

/**
 * "Who chaired the HLOM?": a unit that speaks only of the act asked about ("10th session: …, co-chaired by
 * Germany and Morocco") names an actor of something else. When the question names both an act and what it
 * was done to, the lead and its supports must reach the latter, in their words, the sentence they refer to
 * or their title — unless none does ("who else spoke at the opening?": its other words are not what it asks about).
 */
function aboutTheSubject(units: readonly ScoredUnit[], analysis: QuestionAnalysis, acts: readonly boolean[], kinds: readonly boolean[] = []): readonly ScoredUnit[] {
  // A question of several parts ("who opened it, and what were its main topics?") names more than one thing.
  if (analysis.types.length > 1 || !ACT_TYPES.has(analysis.types[0]!) || !acts.includes(true) || !acts.includes(false)) return units;
  // Nor is the kind of answer asked ("in which year…") its subject: "annual" holds "year" for another thing.
  const about = units.filter((s) => [...s.reached].some((k) => !acts[k] && !kinds[k]));
  return about.some(substantive) ? about : units;
}

/**
 * "Who runs the ARCP?": the GFMD's sessions "chaired by France" reach the ARCP only through their record's
 * title ("The GFMD and ARCP participation"). When a unit names what the act was done to in its words or the
 * sentence it refers back to, and an actor, the lead is one of those. (Supports are not held to it: that
 * cost a held-out letter's fact.)
 */
function saidOfTheSubject(units: readonly ScoredUnit[], acts: readonly boolean[]): readonly ScoredUnit[] {
  if (!acts.includes(true)) return units;
  const said = units.filter((s) => [...s.reached].some((k) => !acts[k] && !s.titled.has(k)));
  return said.some((s) => substantive(s) && s.evidence[0]! > 0) ? said : units;
}

/** A quote naming the act asked leads only if it is at least this relevant, relative to the best. */
const DOER_MIN = 0.6;
/** Acts that make an event, whose doer is the "who" asked. */
const EVENT_ACTS = new Set(['open', 'chair', 'found', 'host', 'sign', 'adopt', 'launch', 'organ']);
const POSITION_ACTS = new Set(['describe', 'warn']);

/**
 * "Who opened the 11th session?": the one the record says did the act asked ("was opened by Enas El-Fergany"),
 * not one who "spoke at the opening session" with more of the question's words. Only among quotes that name an
 * actor, and only when one of them names the act.
 */
function byTheActAsked(units: readonly ScoredUnit[], analysis: QuestionAnalysis): readonly ScoredUnit[] {
  const only = analysis.types.length === 1 ? analysis.types[0] : undefined;
  if (only !== 'who' && only !== 'position' && only !== 'list') return units;
  // Acts that make the event (opening, chairing, hosting…), not speaking or attending for a body, which the
  // body asked ties to its speaker ("Who spoke for IOM at the 10th meeting?"). Of a position, how it was put
  // ("How did LAS describe the GCM?": "LAS described the GCM as…", not "LAS welcomed the adoption…").
  const acts = new Set([...askedActVerbs(analysis.text)].filter((a) => (only === 'who' ? EVENT_ACTS : POSITION_ACTS).has(a)));
  if (acts.size === 0) return units;
  // Not far below the best quote: a sentence of another meeting that names the act is no answer to who did it
  // at this one.
  const quotable = units.filter(substantive);
  // Only when the best quote does not name the act: otherwise the lead is chosen as ever.
  const top = quotable.reduce<ScoredUnit | undefined>((best, s) => (!best || byScore(s, best) < 0 ? s : best), undefined);
  // «ما أبرز ما حذّر منه الأمين العام…؟»: the main things said are what the sentence of the act says, not a list that
  // names the speaker (its evidence of a list led). So of a position: "What did the SG warn about at the 2016 meeting?"
  // led with "member states adopted the final statement" (more words of a position) over the one where he warned.
  if (top && (only === 'list' || only === 'position') && namesAct(unitText(top.unit), acts)) return quotable.filter((s) => s.score >= DOER_MIN * top.score && namesAct(unitText(s.unit), acts));
  if (!top || namesAct(unitText(top.unit), acts)) return units;
  const best = top.score;
  const fit = Math.max(0, ...quotable.map((s) => s.fit));
  const doers = quotable.filter((s) => s.evidence[0]! >= 1 && s.score >= DOER_MIN * best && s.fit >= fit && namesAct(unitText(s.unit), acts));
  return doers.length > 0 ? doers : units;
}

/**
 * "Where was the 4th ARCP meeting held?": the date or place of another act in its record ("the GCM was
 * adopted in Marrakech on 10 December 2018") is no answer. When a unit names the numbered meeting asked in
 * its words or the sentence it refers back to, the lead is one of those ("The 4th regular meeting… was held
 * in 2018", then the record's note that its place is not known).
 */
function ofTheMeetingAsked(units: readonly ScoredUnit[], analysis: QuestionAnalysis): readonly ScoredUnit[] {
  const asked = analysis.entities.mentions.filter((m) => m.kind);
  if (asked.length === 0 || (analysis.types[0] !== 'when' && analysis.types[0] !== 'where')) return units;
  const names = (s: ScoredUnit) => namesAsked(ordinalMentions(tokenize([unitText(s.unit), s.unit.antecedent?.text ?? ''].join(' '))), asked);
  const naming = units.filter(names);
  // Only when the meeting has a record of its own that names it: elsewhere "the second meeting" may be
  // another body's (the GFMD's, in a 2008 sentence), and the record's note that it lacks the 2nd meeting's
  // date answers.
  const ownRecord = naming.some((s) => substantive(s) && namesAsked(documentMentions(unitPassage(s.unit).meta), asked));
  return ownRecord ? naming : units;
}

/**
 * "What did Abu Ghazaleh call for at the regional consultations?": her call at the World Refugee Day
 * celebration that year is another event's. When the question names a kind of event, supports must reach
 * it, in their words, the sentence they refer to or their title, and the lead must come from a record that
 * does (scope 'record') — unless none does.
 */
function atTheEventAsked(units: readonly ScoredUnit[], events: readonly boolean[] | undefined, scope: 'sentence' | 'record'): readonly ScoredUnit[] {
  const asked = events?.flatMap((e, k) => (e ? [k] : [])) ?? [];
  if (asked.length === 0) return units;
  const at = units.filter((s) => asked.every((k) => s.reached.has(k)));
  // The lead may come from the event's own record, a sentence of which names it: «حضرت احتفالية عام 2021…»
  // makes «دعت أبو غزالة إلى…» of that record a call made at the celebration. Supports keep to sentences that
  // name it (from the whole record they added the meeting that agreed the statement).
  const records = new Set(at.map((s) => s.documentId));
  const pool = scope === 'record' ? units.filter((s) => records.has(s.documentId)) : at;
  return pool.some(substantive) ? pool : units;
}

/**
 * The lead: the best unit carrying the asked type of answer, unless it is much less relevant. The learned
 * ranker does not choose it: cross-validated on the development answers it put a fact-holding unit first
 * no more often (0.760 vs 0.749), and less often for "when" and "where", where the type decides.
 */
export function chooseLead(units: readonly ScoredUnit[], firstType?: QuestionType, now = false): ScoredUnit | undefined {
  // "Who is the head of the Social Affairs Sector?": of office holders said alike ("…, in 2015–2017 events",
  // "…, from the 5th meeting (2019) to 2024 events"), the one of the latest years holds it now.
  const ranked = units.filter(substantive).sort(firstType === 'who' ? (a, b) => b.score - a.score || latestYear(b) - latestYear(a) || a.unit.order - b.unit.order : byScore);
  const best = ranked[0];
  if (!best) return undefined;
  // "Who is the current director…?": of the quotes that name a holder, nearly as well, the latest record's.
  if (now && firstType === 'who' && best.evidence[0]! >= 1) return latestHolder(ranked, best);
  // Stronger evidence of the asked type ("22 member states" beside "six objectives") wins unless much less
  // relevant — but not over one that answers more of a question of several parts ("when, and by whom?").
  // As strong over all the kinds asked, the one that answers the first kind leads: "who opened it, and
  // what were its main topics?" leads with the opener, not with a chronology that names a body in a list.
  if (best.evidence[0]! >= 1) return finerDate(best, ranked, firstType) ?? best;
  const strength = (s: ScoredUnit) => s.evidence.reduce((sum, e) => sum + e, 0);
  // (Not one of another year or meeting than asked where the best is of it: "When was last year's regular meeting?"
  // led with "the May 2023 meeting", whose date is typed, over the 11th meeting's own record.)
  const fits = (s: ScoredUnit) => s.fit >= Math.min(1, best.fit);
  const typed = ranked.find((s) => s.evidence[0]! > best.evidence[0]! && (firstType !== 'list' || s.evidence[0]! >= OTHER_LIST_LEAD) && strength(s) >= strength(best) && fits(s));
  const full = typed && typed.evidence[0]! >= 1 && typed.evidence[0]! > 2 * best.evidence[0]!;
  const floor = full ? (firstType === 'how-many' || firstType === 'list' ? FULL_COUNT_LEAD_MIN : FULL_EVIDENCE_LEAD_MIN) : TYPED_LEAD_MIN;
  // A lead with nothing of the kind asked cannot answer ("how often does the GFMD meet?" led with one meeting).
  const blank = best.evidence[0] === 0 && BLANK_TYPES.has(firstType!) && typed && typed.evidence[0]! >= TYPED_EVIDENCE ? BLANK_LEAD_FLOOR : 1;
  return typed && typed.relevance >= floor * blank * best.relevance ? typed : best;
}

/** The latest year a unit names, or 0. */
function latestYear(s: ScoredUnit): number {
  return Math.max(0, ...yearsNamed(unitText(s.unit)));
}

/**
 * Notes of absence about what was asked ("the full text is not in this corpus" when the full text is asked
 * for): they make the answer partial. A note counts when it is as much about the question as the lead, or
 * when it speaks of a part of the question the quotes do not cover ("…and the six priority areas?").
 */
export function gapsFor(units: readonly ScoredUnit[], quotes: readonly ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit[] {
  const lead = quotes[0];
  const covered = new Set([...quotes, ...(lead ? antecedentOf(lead, units) : [])].flatMap((q) => [...q.reached]));
  const weakest = Math.min(...quotes.map((q) => q.score));
  // A note of a quoted document that scores as well as a quote speaks of what the quotes are about. That
  // the full text is not on record says nothing to one who asked what the statement said of Gaza and is
  // quoted it; it answers one who asked for the text.
  const rankedAmong = (s: ScoredUnit) => s.score >= weakest && quotes.some((q) => q.documentId === s.documentId);
  const aboutText = (s: ScoredUnit) => FULL_TEXT.test(unitText(s.unit));
  // What a note says is what its own words say: "the sources contain no stand-alone document with that title"
  // is not about every question its sentence before ("…the second of the six types of document") answers,
  // only about what that sentence says when it is quoted.
  const continuesQuote = (a: Span) => quotes.some((q) => opensAt(q.unit, a));
  const own = (s: ScoredUnit) => (s.unit.antecedent && !continuesQuote(s.unit.antecedent) ? s.textCoverage : s.coverage);
  // "Who opened the 5th meeting?" answered with its opener: that the record lacks the meeting's month is
  // about another fact than the one asked. Not when the fact quoted is another meeting's (fit below 1), nor
  // when the note is more about the question than the lead ("the 2nd meeting's date was not found" beside
  // the date of the decision that created the ARCP).
  // Of a numbered meeting asked, a quote that does not name it ("the GCM in Marrakech on 10 December 2018", in
  // the 4th meeting's record) gives another act's date, not the meeting's.
  const meetingAsked = analysis.entities.mentions.some((m) => m.kind);
  const gives = (q: ScoredUnit, i: number) => q.evidence[i]! >= TYPED_EVIDENCE && (meetingAsked ? q.fit > 1 : q.fit >= 1);
  // (Whether it was held online is answered by how it was held: a yes-or-no beside a fact asks that fact.)
  const facts = analysis.types.flatMap((t, i) => (FACT_TYPES.has(t) ? [i] : []));
  const onlyFacts = analysis.types.every((t) => t === 'yes-no' || FACT_TYPES.has(t));
  const answered = !!lead && onlyFacts && facts.length > 0 && facts.every((i) => quotes.some((q) => gives(q, i)));
  const ofAnotherFact = (s: ScoredUnit) => answered && s.score < lead!.score && s.fit <= lead!.fit && s.evidence.every((e) => e < TYPED_EVIDENCE);
  // A note on the meeting asked ("2nd regular meeting: its date… not found") beside a lead on another one, or on
  // none (the League Council's «دورته العادية الثانية والأربعين» beside «متى عُقد الاجتماع العادي الثاني…؟»).
  const leadOfNone = !!lead && (lead.fit < 1 || ofNoEventAsked(lead, analysis));
  const fitsWhereLeadDoesNot = (s: ScoredUnit) => s.fit > 1 && leadOfNone;
  // "Where was the 4th meeting held?": the lead's record says it does not give the place, which no quote gives.
  const ofFactUngiven = (s: ScoredUnit) => facts.some((i) => s.evidence[i]! >= TYPED_EVIDENCE && !quotes.some((q) => gives(q, i)));
  const speaksOfFactUngiven = (s: ScoredUnit) => !answered && s.documentId === lead!.documentId && ofFactUngiven(s);
  // Of two notes on the meeting asked, the one that speaks of the fact no quote gives ("…neither its date nor its
  // place", asked where) is shown, not one on another fact ("…whether it met before the compacts were adopted").
  // (In the record of the meeting the lead is of: a chronology's note on another meeting may say "its day is not known".)
  const ofTheLeadsRecord = (s: ScoredUnit) => !answered && !!lead && lead.fit > 1 && s.documentId === lead.documentId && ofFactUngiven(s);
  const firstUngiven = (a: ScoredUnit, b: ScoredUnit) => Number(ofTheLeadsRecord(b)) - Number(ofTheLeadsRecord(a));
  // ("What was the theme of the 10th GFMD?" answered by its theme: the Arab paper's content is another thing.)
  const themeAnswered = themeSaid(analysis.text, lead && unitText(lead.unit));
  return units
    .filter((s) => !(themeAnswered && saysContentUnheld(s) && ofAPaper(unitText(s.unit))))
    .filter((s) => s.unit.note === 'absence' && own(s) >= GAP_COVERAGE_MIN && (analysis.asksForText || quotes.length === 0 || !aboutText(s)) && !ofAnotherFact(s))
    .filter((s) => !lead || own(s) >= GAP_COVERAGE_OF_LEAD * lead.coverage || rankedAmong(s) || [...s.matched].some((t) => !covered.has(t)) || fitsWhereLeadDoesNot(s) || speaksOfFactUngiven(s))
    .sort((a, b) => firstUngiven(a, b) || byScore(a, b))
    .slice(0, 1);
}

/**
 * A note that the full text or wording of a document is not on record (its summary is): "This file does not
 * contain the text of the decision itself", «ولا يتضمن هذا الملف نص القرار نفسه».
 */
export const FULL_TEXT = /\bfull text\b|\bwording\b|\btext of the \w+ itself\b|النص الكامل|الصياغه|الصياغة|(?<![\u0621-\u064A])نص (?:ال)?[\u0621-\u064A]+ نفسه/iu;

/** What the plan knows of the question's concepts (unit-scoring.ts), and how the ranker chooses supports. */
export interface LeadOptions {
  termCount: number;
  acts: readonly boolean[];
  /** Per concept, whether it is of the question's frame (unit-scoring.ts). */
  kinds?: readonly boolean[];
  /** Per concept, whether it names a kind of event (named-event.ts). */
  events?: readonly boolean[];
  ranked?: RankedSupport;
  /** "The latest meeting": the document of the kind asked that is the newest, which the lead should be from. */
  edgeDocument?: string;
  /** The lead's candidates among the units about the subject (record-silence.ts: those naming the states asked). */
  leadFrom?: (units: readonly ScoredUnit[]) => readonly ScoredUnit[];
}

/**
 * "Which was the last meeting?", "When was the last regular meeting held?": the newest meeting's own record
 * says it, though a reference that counts the meetings ("eleven regular meetings by May 2025") says more of
 * the question's words. Its units are the lead's candidates; for a date, place, actor or number asked, those
 * that carry it most fully ("14–15 May 2025" rather than the June 2025 statement that followed).
 */
function fromEdge(units: readonly ScoredUnit[], analysis: QuestionAnalysis, edgeDocument: string | undefined): readonly ScoredUnit[] {
  const own = edgeDocument ? units.filter((s) => s.documentId === edgeDocument && substantive(s)) : [];
  if (own.length === 0) return units;
  if (!FACT_TYPES.has(analysis.types[0]!)) return own;
  const fullest = Math.max(...own.map((s) => s.evidence[0]!));
  return fullest >= TYPED_EVIDENCE ? own.filter((s) => s.evidence[0] === fullest) : units;
}

export function planLead(units: readonly ScoredUnit[], analysis: QuestionAnalysis, options: LeadOptions): AnswerPlan {
  const { termCount, ranked } = options;
  const about = aboutTheSubject(units, analysis, options.acts, options.kinds);
  const named = atTheEventAsked(about, options.events, 'sentence');
  const candidates = atTheEventAsked(about, options.events, 'record');
  const leads = byTheActAsked(ofTheMeetingAsked(about === units ? candidates : saidOfTheSubject(candidates, options.acts), analysis), analysis);
  const from = fromEdge(options.leadFrom?.(leads) ?? leads, analysis, options.edgeDocument);
  // A list asked for in its heading's words leads, whatever else shares its words (asked alone: "who opened the 3rd
  // meeting and what outputs did it produce?" leads with the opener).
  const headingAsked = analysis.types.length === 1 ? headingAskedBy(analysis.text) : undefined;
  const listAsked = headingAsked && units.filter((s) => headingAsked(s.unit)).sort(byScore)[0];
  const chosen = listAsked ?? ofTheSizeAsked(chooseLead(from, analysis.types[0], asksNow(analysis.text)), from, analysis);
  const lead = chosen && (datedByTheNext(chosen, from, analysis.types) ?? chosen);
  const support = !lead ? [] : ranked && lead.probability !== undefined ? rankedSupport(lead, named, analysis, ranked) : chooseSupport(lead, named, analysis, termCount);
  const quotes = lead ? [lead, ...support] : [];
  return { layout: 'lead', quotes, gaps: gapsFor(units, quotes, analysis) };
}
