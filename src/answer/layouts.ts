import type { QuestionAnalysis } from '../question/types.js';
import { withinRange } from '../question/time-range.js';
import { gapsFor, type AnswerPlan } from './answer-plan.js';
import { documentMentions, ordinalMentions, sameOrdinal } from '../question/understand.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { monthsNamed, YEAR } from '../question/months.js';
import { STATEMENT_TYPES } from './answer-evidence.js';
import { isEventWord } from './named-event.js';
import { namesSeveralEvents } from '../question/events-asked.js';
import { openingYear, unitYear, yearsNamed } from './document-facts.js';
import { statesPosition } from './answer-evidence.js';
import { heldAsAsked } from './held-as-asked.js';
import { overlaps } from './quote-overlap.js';
import { givingTheFactAsked } from './fact-lines.js';
import { bySaidOf, said } from './said-of.js';
import { unitPassage, unitText, type Unit } from './units.js';
import type { ScoredUnit } from './unit-scoring.js';
import { comparisonSides } from '../retrieval/sides.js';
import { kindAsked, tellsOfKind } from './meeting-kind.js';
import { kinOf, namesKin } from './subject-kin.js';

/** Most documents in a timeline: one line each. */
const TIMELINE_MAX = 6;
/** A document joins the timeline when its best unit is at least this relevant, relative to the best. */
const TIMELINE_MIN = 0.35;
/** A set of records asked ("which meetings…", "which years…") lists more of them, less alike. */
const EVENTS_MAX = 10;
const EVENTS_MIN = 0.25;
/** Another event of a year already in the timeline joins it when at least this relevant, relative to the best. */
const SECOND_EVENT_MIN = 0.5;
/** …or this, when each line gives a figure: two records' figures of one year (5.6 and 5.7 million in 2021) are two steps. */
const SECOND_FIGURE_MIN = 0.3;

const byScore = (a: ScoredUnit, b: ScoredUnit) => b.score - a.score || a.unit.order - b.unit.order;

/** The best substantive unit of each document, best documents first. */
export function bestPerDocument(units: readonly ScoredUnit[]): ScoredUnit[] {
  const best = new Map<string, ScoredUnit>();
  for (const s of units) {
    if (s.unit.note || s.coverage === 0) continue;
    const cur = best.get(s.documentId);
    if (!cur || byScore(s, cur) < 0) best.set(s.documentId, s);
  }
  return [...best.values()].sort(byScore);
}

function inRange(s: ScoredUnit, analysis: QuestionAnalysis): boolean {
  const year = unitYear(s.unit);
  const { from, to } = analysis.time;
  if (year === undefined) return from === undefined && to === undefined;
  return withinRange(year, analysis.time);
}

/**
 * The event a unit speaks of: the numbered meeting or session it names, or its document's; else its
 * document. The 7th meeting in its own record, in the chronology and in the 2021 statement is one event.
 */
function eventOf(s: ScoredUnit): string {
  let key = eventKeys.get(s.unit);
  if (key === undefined) {
    const named = toldOrdinal(s.unit);
    key = named ? `${named.n} ${named.kind ?? ''}` : (monthOf(unitText(s.unit)) ?? s.documentId);
    eventKeys.set(s.unit, key);
  }
  return key;
}
/** Each unit's event, read once: a timeline compares them pair by pair. */
const eventKeys = new WeakMap<Unit, string>();

/** The numbered event a unit names first, or its document's. */
function toldOrdinal(unit: Unit) {
  return ordinalMentions(tokenize(unitText(unit)))[0] ?? documentMentions(unitPassage(unit).meta)[0];
}

/**
 * "What did each meeting from the 8th to the 11th focus on?": the events a question names by their numbers are
 * its lines; a sentence of the 3rd meeting that names the 8th in passing is none of them.
 */
function ofTheEventsNamed(s: ScoredUnit, analysis: QuestionAnalysis): boolean {
  const named = analysis.entities.ordinals;
  if (!namesSeveralEvents(named)) return true;
  // A list is one event's line when its heading names the event ("Topics of the 9th meeting"); the
  // chronology's tells of many.
  const { heading } = unitPassage(s.unit);
  const listOf = () => (heading ? ordinalMentions(tokenize(normalizeForMatch(heading)))[0] : undefined);
  const told = s.unit.kind === 'list' ? listOf() : toldOrdinal(s.unit);
  return told !== undefined && analysis.entities.mentions.some((m) => sameOrdinal(m, told));
}
/**
 * The month a unit dates what it tells of, as "6 2017" for July 2017: an event no number names is one event
 * wherever it is told ("25–26 July 2017, LAS headquarters…" in the chronology, "its July 2017
 * recommendations").
 */
function monthOf(text: string): string | undefined {
  const named = monthsNamed(normalizeForMatch(text))[0];
  return named && `${named.month} ${named.year}`;
}

/**
 * A compilation of dated entries ("18 December 2020: …", "18 December 2024: …") is dated by its latest: a sentence
 * of it with no date of its own ("LAS issues a statement every year…") is of no year, and took the 2025 line.
 * (Only beside an entry of that year: "It brought together 17, later 19, agencies" is its document's line.)
 */
function undatedAmong(units: readonly ScoredUnit[]): (s: ScoredUnit) => boolean {
  const entries = new Set(units.map((s) => `${s.documentId} ${openingYear(unitText(s.unit))}`));
  return (s) => entries.has(`${s.documentId} ${unitYear(s.unit)}`) && yearsNamed(unitText(s.unit)).length === 0;
}

/**
 * The unit that says most for each year quoted, best first; for events asked ("which meetings…"), for each
 * event and year, since two meetings of one year (May and July 2017) are two lines.
 */
function bestPerYear(units: readonly ScoredUnit[], how: { undated: (s: ScoredUnit) => boolean; perEvent?: boolean; named?: boolean; figures?: boolean; says?: (s: ScoredUnit) => number }): ScoredUnit[] {
  const { undated, perEvent = false, named = false, figures = false, says = said } = how;
  const best = new Map<string, ScoredUnit>();
  // Of a year's statement, what it said; that it was issued is a line only for the events asked, and the line
  // when they are asked as a record ("which statements did the ARCP issue in 2019?": the statement for World
  // Refugee Day 2019, not what it called for).
  const worth = (s: ScoredUnit) => (!announces(unitText(s.unit)) ? 1 : named ? 1 / ANNOUNCEMENT_WEIGHT : perEvent ? 1 : ANNOUNCEMENT_WEIGHT);
  const byWorth = bySaidOf((s) => says(s) * worth(s));
  for (const s of units) {
    const year = unitYear(s.unit);
    if (s.unit.note || s.coverage === 0 || year === undefined || datesSeveralYears(s.unit) || undated(s)) continue;
    // An event is told by its date or named: "The ARCP contribution to the GCR", a line of a list of the kinds
    // of document, dated by its document alone, is none.
    // (A figure is a step of its own wherever its record dates it: «…بمن فيهم 5.6 ملايين لاجئ فلسطيني» of the 2021 celebration.)
    if (perEvent && !figures && !toldAsEvent(unitText(s.unit))) continue;
    const key = perEvent ? `${eventOf(s)} ${year}` : String(year);
    const cur = best.get(key);
    if (!cur || byWorth(s, cur) < 0) best.set(key, s);
  }
  return [...best.values()].sort(bySaidOf(says));
}

/**
 * "The LAS General Secretariat issued a statement for International Migrants Day on 18 December 2018",
 * «أصدرت الأمانة العامة بياناً بمناسبة…», "The statement was distributed on Wednesday 19 June": that a
 * statement was issued, which holds every word naming it and says nothing of what it said. A year's line
 * on how a position evolved is the one saying what.
 */
const ANNOUNCES = [
  /\b(?:issued|released|published|distributed|circulated)\b[^.;]{0,120}\bstatement\b|\bstatement\b[^.;]{0,160}\b(?:was|were)\s+(?:issued|released|published|distributed|circulated)\b/,
  /(?<![\u0621-\u064A])(?:اصدر|اصدرت|صدر|وزع|وزعت|نشر|نشرت|عمم|عممت)(?![\u0621-\u064A])[^.؛]{0,120}بيان|بيان[^.؛]{0,160}(?<![\u0621-\u064A])(?:صدر|وزع|نشر)(?![\u0621-\u064A])/u,
];
/** Long enough for the ARCP's full name and the day and body that issued it («…of the member-state representatives…»). */
const ANNOUNCEMENT_MAX_WORDS = 40;
const ANNOUNCEMENT_WEIGHT = 0.5;

export function announces(text: string): boolean {
  const norm = normalizeForMatch(text);
  // "The LAS issued a statement welcoming the adoption of the GCM" says what, too.
  return tokenize(norm).length <= ANNOUNCEMENT_MAX_WORDS && ANNOUNCES.some((re) => re.test(norm)) && !statesPosition(text);
}

/**
 * A run of a chronology's lines with no heading, each opening with its date, of several years ("26–27
 * September 2017, Beirut…" then "2024, Cairo…"): no one year's line of a timeline. Its lines are units of
 * their own, each of one year. A list under its heading ("Figures from the reports (with data year)") is
 * quoted whole, as one step.
 */
function datesSeveralYears(unit: Unit): boolean {
  if (unit.kind !== 'list') return false;
  const years = unit.parts.flatMap((p) => p.text.split('\n')).map((line) => YEAR.exec(line.slice(0, LINE_DATE_CHARS))?.[0]);
  return years[0] !== undefined && new Set(years.filter(Boolean)).size > 1;
}
/** Where a chronology's line gives its date: «26–27 سبتمبر/أيلول 2017، …». */
const LINE_DATE_CHARS = 32;

/**
 * "How did the WRD statement change between 2018 and 2024?": each year's line is that year's statement when the
 * record holds statements of several years; the 5th meeting's agenda item "agreeing the 2019 statement" stood
 * for the 2019 statement.
 */
function ofTheStatementsNamed(units: readonly ScoredUnit[], analysis: QuestionAnalysis): readonly ScoredUnit[] {
  if (!STATEMENTS_NAMED.test(normalizeForMatch(analysis.text))) return units;
  // (A meeting named beside the statements is a line of its own: "from the 2020 WRD statement to … the 9th meeting".)
  const meetingNamed = (s: ScoredUnit) => {
    const told = toldOrdinal(s.unit);
    return told !== undefined && analysis.entities.mentions.some((m) => m.kind !== undefined && sameOrdinal(m, told));
  };
  const statements = units.filter((s) => STATEMENT_TYPES.has(unitPassage(s.unit).meta.type) || meetingNamed(s));
  if (new Set(statements.map((s) => unitYear(s.unit))).size < 2) return units;
  // Of a year's statement, what it said ("called on…", "condemned…"), not that it was issued or agreed, when it
  // says anything: the line "Agreeing a unified statement for World Refugee Day 2019 was an item…" said most of
  // the question's words.
  // (Of a figure asked, the sentence that gives it: "…including 5.6 million Palestine refugees".)
  const position = analysis.types.indexOf('position');
  const count = analysis.types.indexOf('how-many');
  const states = (s: ScoredUnit) => (position >= 0 && (s.evidence[position] ?? 0) >= STATED) || (count >= 0 && (s.evidence[count] ?? 0) >= STATED);
  const stating = new Set(statements.filter(states).map((s) => unitYear(s.unit)));
  return statements.filter((s) => states(s) || meetingNamed(s) || !stating.has(unitYear(s.unit)));
}
/**
 * "How has the figure for Palestine refugees changed…?": of a year's list, the item that gives the figure ("…including
 * 5.4 million Palestine refugees"), not the whole list of what the statement said.
 */
function itemsOfTheFigure(units: readonly ScoredUnit[], analysis: QuestionAnalysis): readonly ScoredUnit[] {
  const count = analysis.types.indexOf('how-many');
  if (count < 0) return units;
  const gives = (o: ScoredUnit, s: ScoredUnit) => o.unit.kind !== 'list' && o.documentId === s.documentId && unitYear(o.unit) === unitYear(s.unit) && (o.evidence[count] ?? 0) >= STATED;
  // (Not a list of figures of several years, "Figures from the reports (with data year)", quoted whole as one step.)
  const ofOneYear = (s: ScoredUnit) => new Set(yearsNamed(unitText(s.unit))).size <= 1;
  return units.filter((s) => s.unit.kind !== 'list' || !ofOneYear(s) || !units.some((o) => gives(o, s)));
}
/**
 * "How has the number of Palestine refugees LAS cited changed since 2020?": each line gives a figure, when two years'
 * records or more do; the 2024 and 2025 statements' points, which give none, were lines beside them.
 */
function givingTheFigure(units: readonly ScoredUnit[], analysis: QuestionAnalysis): readonly ScoredUnit[] {
  const count = analysis.types.indexOf('how-many');
  if (count < 0) return units;
  const giving = units.filter((s) => (s.evidence[count] ?? 0) >= STATED);
  return new Set(giving.map((s) => unitYear(s.unit))).size >= 2 ? giving : units;
}
/** Evidence of a position said in a statement's own record: its words of saying, and its kind. */
const STATED = 1;
// The World Refugee Day statements by name: "statements" alone are any (a meeting's closing statement called
// for preventing forced returns during COVID-19).
const STATEMENTS_NAMED = /\b(?:wrd|world\s+refugee\s+day|refugee\s+day)\s+(?:statements?|stmts?)\b|\b(?:statements?|stmts?)\s+(?:for|on|of)\s+(?:the\s+)?(?:wrd|world\s+refugee\s+day)\b|(?<![\u0621-\u064A])(?:ال)?(?:بيان|بيانات)\s+(?:ال)?يوم\s+(?:ال)?(?:عالمي\s+(?:لل|ل)?اجئين|لاجئ)/u;

function toldAsEvent(text: string): boolean {
  return YEAR.test(text) || tokenize(text).some(isEventWord);
}

/**
 * "How has the position evolved": one line per year, oldest first, each the best quote of that year within
 * the years asked for. By year rather than by document, since one document (a chronology, a compilation
 * of statements) may hold several years.
 */
export function planTimeline(units: readonly ScoredUnit[], analysis: QuestionAnalysis, options: { events?: boolean } = {}): AnswerPlan {
  // "How has the position on UNRWA evolved?": each year's line says something of UNRWA, when any does. Of Palestine
  // refugees, it names Palestine or its people: "refugees" alone is in every line of the statements asked of.
  const kin = kinOf(analysis.focus);
  const kinNamed = units.filter((s) => namesKin(unitText(s.unit), kin));
  const onFocus = kinNamed.length > 0 ? kinNamed : units.filter((s) => s.onFocus);
  const kind = options.events ? kindAsked(analysis.text) : undefined;
  const events = (onFocus.length > 0 ? onFocus : units).filter((s) => inRange(s, analysis) && ofTheEventsNamed(s, analysis) && (!kind || tellsOfKind(s.unit, kind)));
  // "…the meetings held by videoconference": the events the record says were so held, when it says so of any.
  const held = options.events ? heldAsAsked(analysis.text) : undefined;
  const heldSo = held ? events.filter((s) => held(s.unit)) : [];
  const giving = givingTheFactAsked(heldSo.length > 0 ? heldSo : events, analysis);
  const inScope = giving.units;
  const asked = givingTheFigure(itemsOfTheFigure(ofTheStatementsNamed(inScope, analysis), analysis), analysis);
  // What the record lacks, of the statements when they are the lines: not the month of the meeting that agreed one.
  const noted = asked === inScope ? units : units.filter((s) => STATEMENT_TYPES.has(unitPassage(s.unit).meta.type));
  const several = namesSeveralEvents(analysis.entities.ordinals);
  // An event named by its number is one line, whatever year a sentence dates it by (a committee's "11th
  // meeting" of 2024 is not the ARCP's of 2025 beside it).
  const seen = new Set<string>();
  const undated = undatedAmong(asked);
  const years = bestPerYear(asked, { undated, perEvent: options.events, named: options.events && analysis.focus.length === 0, says: giving.says }).filter((s) => !several || (!seen.has(eventOf(s)) && Boolean(seen.add(eventOf(s)))));
  const top = years[0] ? said(years[0]) : 0;
  const max = options.events ? EVENTS_MAX : TIMELINE_MAX;
  // Each event named by its number has its line, however little its record says of what was asked.
  // So does each year whose line names the subject or its kin (the 2020 statement's support to UNRWA, asked of
  // Palestine refugees), however few of the question's words it holds.
  const min = options.events ? (several ? 0 : EVENTS_MIN) : kinNamed.length > 0 ? 0 : TIMELINE_MIN;
  // A change asked across records named by year ("from the 2020 WRD statement to the 2021 celebration and the 9th
  // meeting in 2023") has a line for each year named, however few of the question's words its line holds.
  // (So does each end of a span the question names, "between 2020 and 2023": the 9th meeting's 5.9 million was the end asked.)
  const { from, to } = analysis.time;
  const ends = from !== undefined && to !== undefined && from < to ? [from, to].filter((y) => analysis.text.includes(String(y))) : [];
  const named = new Set([...comparisonSides(analysis.text, analysis.types).flatMap((side) => ('year' in side ? [side.year] : [])), ...ends]);
  const lines = years.filter((s) => said(s) >= min * top || named.has(unitYear(s.unit)!)).slice(0, max);
  // A year of two events (the 7th meeting in June 2021, the Arab consultations on the GCR in November) is two
  // lines while the timeline has room: each is a step of the position, and the first alone hid the other.
  if (!options.events) {
    // (Not an item of a list already a line: the 2020 statement's list, then its 5.4 million again.)
    const figures = analysis.types.includes('how-many');
    const more = bestPerYear(asked, { undated, perEvent: true, figures }).filter((s) => !lines.includes(s) && !lines.some((l) => overlaps(l, s)) && said(s) >= (figures ? SECOND_FIGURE_MIN : SECOND_EVENT_MIN) * top && lines.some((l) => unitYear(l.unit) === unitYear(s.unit) && eventOf(l) !== eventOf(s)));
    lines.push(...more.slice(0, Math.max(0, max - lines.length)));
  }
  lines.sort((a, b) => unitYear(a.unit)! - unitYear(b.unit)!);
  // "How has the position on the revised ENP evolved?": the record's note that the position is not on record
  // is said beside the lines, as a lead's would be.
  return { layout: 'timeline', quotes: lines, gaps: gapsFor(noted, lines, analysis) };
}
