import type { QuestionAnalysis, QuestionType } from '../question/types.js';
import { FULL_TEXT, gapsFor, type AnswerPlan } from './answer-plan.js';
import { documentMentions, ordinalMentions, type OrdinalMention } from '../question/understand.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { MONTHS_AR, MONTHS_EN, YEAR } from './date-evidence.js';
import { isEventWord } from './named-event.js';
import { namesAsked, quoteYear, yearsNamed } from './document-facts.js';
import { unitPassage, unitText, type Unit } from './units.js';
import { TYPED_EVIDENCE } from './supports.js';
import { HELD_ONLY } from './answer-evidence.js';
import type { ScoredUnit } from './unit-scoring.js';

/** Most documents in a timeline: one line each. */
const TIMELINE_MAX = 6;
/** A document joins the timeline when its best unit is at least this relevant, relative to the best. */
const TIMELINE_MIN = 0.35;
/** A set of records asked ("which meetings…", "which years…") lists more of them, less alike. */
const EVENTS_MAX = 10;
const EVENTS_MIN = 0.25;

const byScore = (a: ScoredUnit, b: ScoredUnit) => b.score - a.score || a.unit.order - b.unit.order;

/** The best substantive unit of each document, best documents first. */
function bestPerDocument(units: readonly ScoredUnit[]): ScoredUnit[] {
  const best = new Map<string, ScoredUnit>();
  for (const s of units) {
    if (s.unit.note || s.coverage === 0) continue;
    const cur = best.get(s.documentId);
    if (!cur || byScore(s, cur) < 0) best.set(s.documentId, s);
  }
  return [...best.values()].sort(byScore);
}

/** The year a unit speaks of (see quoteYear). */
export function unitYear(unit: Unit): number | undefined {
  return quoteYear(unitText(unit), unitPassage(unit).meta, unitPassage(unit).heading);
}

function inRange(s: ScoredUnit, analysis: QuestionAnalysis): boolean {
  const year = unitYear(s.unit);
  const { from, to } = analysis.time;
  if (year === undefined) return from === undefined && to === undefined;
  return (from === undefined || year >= from) && (to === undefined || year <= to);
}

/**
 * How much a unit says of what was asked, beyond matching its words: a position, or the figure, place or
 * person asked for — the evidence of the types `counts` keeps (by default every type after the layout's own).
 */
function saidOf(counts: (typeIndex: number) => boolean = (i) => i > 0): (s: ScoredUnit) => number {
  return (s) => s.relevance * (1 + 0.8 * Math.max(0, ...s.evidence.filter((_, i) => counts(i))));
}
/** Units by what they say, most first; on a tie, in reading order. */
function bySaidOf(said: (s: ScoredUnit) => number): (a: ScoredUnit, b: ScoredUnit) => number {
  return (a, b) => said(b) - said(a) || a.unit.order - b.unit.order;
}
const said = saidOf();
const bySaid = bySaidOf(said);

/**
 * The event a unit speaks of: the numbered meeting or session it names, or its document's; else its
 * document. The 7th meeting in its own record, in the chronology and in the 2021 statement is one event.
 */
function eventOf(s: ScoredUnit): string {
  const text = unitText(s.unit);
  const named = ordinalMentions(tokenize(text))[0] ?? documentMentions(unitPassage(s.unit).meta)[0];
  return named ? `${named.n} ${named.kind ?? ''}` : (monthOf(text) ?? s.documentId);
}

const MONTH_EN = new RegExp(`\\b(${MONTHS_EN})\\.?\\s+((?:19|20)\\d\\d)\\b`);
const MONTH_AR = new RegExp(`(${MONTHS_AR.join('|')})(?:\\s*/\\s*[\\u0621-\\u064A]+(?: [\\u0621-\\u064A]+)?)?\\s+((?:19|20)\\d\\d)`, 'u');

/**
 * The month a unit dates what it tells of, as "jul 2017" or «6 2017»: an event no number names is one event
 * wherever it is told ("25–26 July 2017, LAS headquarters…" in the chronology, "its July 2017
 * recommendations"). An English month by its first three letters ("Sept" is "sep"); an Arabic one by its
 * place in the year, its Egyptian and Levantine names alike.
 */
function monthOf(text: string): string | undefined {
  const norm = normalizeForMatch(text);
  const en = MONTH_EN.exec(norm);
  if (en) return `${en[1]!.slice(0, 3)} ${en[2]}`;
  const ar = MONTH_AR.exec(norm);
  return ar ? `${MONTHS_AR.indexOf(ar[1]!) % 12} ${ar[2]}` : undefined;
}

/**
 * The unit that says most for each year quoted, best first; for events asked ("which meetings…"), for each
 * event and year, since two meetings of one year (May and July 2017) are two lines.
 */
function bestPerYear(units: readonly ScoredUnit[], perEvent = false): ScoredUnit[] {
  const best = new Map<string, ScoredUnit>();
  // Of a year's statement, what it said; that it was issued is a line only for the events asked.
  const byWorth = bySaidOf((s) => said(s) * (!perEvent && announces(unitText(s.unit)) ? ANNOUNCEMENT_WEIGHT : 1));
  for (const s of units) {
    const year = unitYear(s.unit);
    if (s.unit.note || s.coverage === 0 || year === undefined) continue;
    // An event is told by its date or named: "The ARCP contribution to the GCR", a line of a list of the kinds
    // of document, dated by its document alone, is none.
    if (perEvent && !toldAsEvent(unitText(s.unit))) continue;
    const key = perEvent ? `${eventOf(s)} ${year}` : String(year);
    const cur = best.get(key);
    if (!cur || byWorth(s, cur) < 0) best.set(key, s);
  }
  return [...best.values()].sort(bySaid);
}

/**
 * "The LAS General Secretariat issued a statement for International Migrants Day on 18 December 2018",
 * «أصدرت الأمانة العامة بياناً بمناسبة…», "The statement was distributed on Wednesday 19 June": that a
 * statement was issued, which holds every word naming it and says nothing of what it said. A year's line
 * on how a position evolved is the one saying what.
 */
const ANNOUNCES = [
  /\b(?:issued|released|published|distributed|circulated)\b[^.;]{0,60}\bstatement\b|\bstatement\b[^.;]{0,40}\b(?:was|were)\s+(?:issued|released|published|distributed|circulated)\b/,
  /(?<![\u0621-\u064A])(?:اصدر|اصدرت|صدر|وزع|وزعت|نشر|نشرت|عمم|عممت)(?![\u0621-\u064A])[^.؛]{0,60}بيان|بيان[^.؛]{0,40}(?<![\u0621-\u064A])(?:صدر|وزع|نشر)(?![\u0621-\u064A])/u,
];
const ANNOUNCEMENT_MAX_WORDS = 22;
const ANNOUNCEMENT_WEIGHT = 0.5;

export function announces(text: string): boolean {
  const norm = normalizeForMatch(text);
  return tokenize(norm).length <= ANNOUNCEMENT_MAX_WORDS && ANNOUNCES.some((re) => re.test(norm));
}

function toldAsEvent(text: string): boolean {
  return YEAR.test(text) || tokenize(text).some(isEventWord);
}

/**
 * "How has the position evolved": one line per year, oldest first, each the best quote of that year within
 * the years asked for. By year rather than by document, since one document (a chronology, a compilation
 * of statements) may hold several years.
 */
export function planTimeline(units: readonly ScoredUnit[], analysis: QuestionAnalysis, options: { events?: boolean } = {}): AnswerPlan {
  // "How has the position on UNRWA evolved?": each year's line says something of UNRWA, when any does.
  const onFocus = units.filter((s) => s.onFocus);
  const years = bestPerYear((onFocus.length > 0 ? onFocus : units).filter((s) => inRange(s, analysis)), options.events);
  const top = years[0] ? said(years[0]) : 0;
  const lines = years.filter((s) => said(s) >= (options.events ? EVENTS_MIN : TIMELINE_MIN) * top).slice(0, options.events ? EVENTS_MAX : TIMELINE_MAX);
  lines.sort((a, b) => unitYear(a.unit)! - unitYear(b.unit)!);
  // "How has the position on the revised ENP evolved?": the record's note that the position is not on record
  // is said beside the lines, as a lead's would be.
  return { layout: 'timeline', quotes: lines, gaps: gapsFor(units, lines, analysis) };
}

/** Whether a unit speaks of the n-th meeting or forum: in its own words, or its document's title. */
function speaksOfOrdinal(s: ScoredUnit, asked: OrdinalMention): boolean {
  const own = ordinalMentions(tokenize(unitText(s.unit)));
  return namesAsked(own.length > 0 ? own : documentMentions(unitPassage(s.unit).meta), [asked]);
}

/** Whether a unit's document is about the n-th meeting or review alone, among those compared. */
function documentIsAbout(s: ScoredUnit, asked: OrdinalMention, compared: readonly OrdinalMention[]): boolean {
  const own = documentMentions(unitPassage(s.unit).meta);
  return namesAsked(own, [asked]) && !compared.some((m) => m.n !== asked.n && namesAsked(own, [m]));
}

/**
 * The quotes for the n-th thing compared: those of the documents about it, and those that speak of it in a
 * document about none of the others ("It was the first regional review held in person" belongs to the
 * second review's side, whatever word it uses; "The first GRF received 770 pledges" to the first's, though
 * its document covers both forums). What is counted must agree: the first Global Refugee Forum is not the
 * first ARCP meeting.
 */
function sideOfOrdinal(ranked: readonly ScoredUnit[], asked: OrdinalMention, compared: readonly OrdinalMention[]): ScoredUnit[] {
  const others = compared.filter((m) => m.n !== asked.n);
  return ranked.filter(
    (s) => documentIsAbout(s, asked, compared) || (speaksOfOrdinal(s, asked) && !others.some((m) => documentIsAbout(s, m, compared))),
  );
}

/**
 * "The difference between the GCM and the GCR": two things named by the question's words, each side the
 * quotes that speak of one and not the other. Of the pairs of the question's concepts that split the
 * quotes so, the one whose weaker side says most.
 */
function sidesByConcept(ranked: readonly ScoredUnit[], said: (s: ScoredUnit) => number): ScoredUnit[][] | undefined {
  const concepts = [...new Set(ranked.flatMap((s) => [...s.matched]))];
  let best: { sides: ScoredUnit[][]; weaker: number } | undefined;
  for (const [i, a] of concepts.entries()) {
    for (const b of concepts.slice(i + 1)) {
      const sides = [a, b].map((c, k) => ownRecordFirst(ranked.filter((s) => s.matched.has(c) && !s.matched.has(k === 0 ? b : a)), ranked, c));
      if (sides.some((side) => side.length === 0)) continue;
      const weaker = Math.min(...sides.map((side) => said(side[0]!)));
      if (!best || weaker > best.weaker) best = { sides, weaker };
    }
  }
  return best?.sides;
}

/**
 * A side's quotes from the record most about it first: the document with most quotes that name the thing
 * ("compare the IMRF and the GFMD": the GFMD's reference, not the 9th meeting's agenda line that names its
 * 14th session beside "the Arab position").
 */
function ownRecordFirst(side: ScoredUnit[], ranked: readonly ScoredUnit[], concept: number): ScoredUnit[] {
  const share = new Map<string, number>();
  for (const s of ranked) if (s.matched.has(concept)) share.set(s.documentId, (share.get(s.documentId) ?? 0) + 1);
  const top = Math.max(0, ...share.values());
  return [...side.filter((s) => share.get(s.documentId) === top), ...side.filter((s) => share.get(s.documentId) !== top)];
}

/** Most quotes for each side of a comparison: the best, and one more when it says something else asked. */
const PER_SIDE = 2;

/**
 * "Compare the 10th and the 11th meetings": the best quotes for each thing compared, side by side. The
 * things are the meetings (ordinals) or years the question names; failing those, the two best documents.
 * Within a side, what was said (a position, the figure or place asked for) outranks when it was said.
 */
export function planComparison(units: readonly ScoredUnit[], analysis: QuestionAnalysis, implied: readonly QuestionType[] = []): AnswerPlan {
  // An aspect the question did not name (how each event was held) is added to a side, never chosen over what was said.
  const said = saidOf((i) => i > 0 && !implied.includes(analysis.types[i]!));
  const bySaid = bySaidOf(said);
  const ranked = units.filter((s) => !s.unit.note && s.coverage > 0).sort(bySaid);
  const { mentions, years } = analysis.entities;
  // What the record lacks of a side: not its full text, unless that is asked (its summary compares).
  const notes = units.filter((s) => s.unit.note === 'absence' && s.coverage > 0 && (analysis.asksForText || !FULL_TEXT.test(unitText(s.unit)))).sort(bySaid);
  let sides: ScoredUnit[][] = [];
  let gaps: ScoredUnit[] = [];
  if (mentions.length >= 2) ({ sides, gaps } = withNotes(mentions.map((m) => [sideOfOrdinal(ranked, m, mentions), sideOfOrdinal(notes, m, mentions)])));
  else if (years.length >= 2) ({ sides, gaps } = withNotes(years.map((y) => [ranked.filter((s) => unitYear(s.unit) === y), notes.filter((s) => noteYear(s.unit) === y)])));
  // A side the record says it lacks is said so, not filled with the quotes of other records.
  const filled = (n: number) => sides.filter((side) => side.length > 0).length + gaps.length >= n;
  if (!filled(2)) sides = sidesByConcept(ranked, said) ?? [];
  if (!filled(2)) sides = bestPerDocument(units).slice(0, 2).map((s) => ranked.filter((x) => x.documentId === s.documentId));
  const chosen = new Set<ScoredUnit>();
  const aspects = aspectIndexes(analysis);
  // The aspects the question names ("in their aims": why), which a side's best quote may hold already.
  const named = analysis.types.flatMap((t, i) => (t !== 'compare' && t !== 'position' && !implied.includes(t) ? [i] : []));
  const position = analysis.types.indexOf('position');
  for (const side of sides.map((x) => statedFirst(x, position, named))) {
    const picked: ScoredUnit[] = [];
    for (const s of side) {
      if (picked.length >= PER_SIDE || chosen.has(s)) continue;
      const first = picked[0];
      if (first && (said(s) < 0.6 * said(first) || ![...s.matched].some((t) => !first.matched.has(t)))) continue;
      picked.push(s);
    }
    for (const s of picked) chosen.add(s);
    for (const s of aspectQuotes(side, picked, aspects)) chosen.add(s);
  }
  return { layout: 'compare', quotes: [...chosen], gaps };
}

/** The year a note of absence is about: the one it names ("…a statement for 2022 was found"), else its record's. */
function noteYear(unit: Unit): number | undefined {
  const named = new Set(yearsNamed(unitText(unit)));
  return named.size === 1 ? [...named][0] : unitYear(unit);
}

/**
 * "Compare the 2021 and 2022 World Refugee Day statements": a side whose best is the record's note that it
 * holds nothing of it ("No text or report of a WRD statement for 2022 was found") is that note, a gap; its
 * quotes of other records (the 8th meeting, held in 2022) answered for it.
 */
function withNotes(candidates: ReadonlyArray<readonly [ScoredUnit[], ScoredUnit[]]>): { sides: ScoredUnit[][]; gaps: ScoredUnit[] } {
  const gaps: ScoredUnit[] = [];
  const sides = candidates.map(([side, notes]) => {
    const note = notes[0];
    if (!note || (side[0] && said(side[0]) > said(note))) return side;
    gaps.push(note);
    return [];
  });
  return { sides, gaps };
}

/**
 * "Compare the 2018 and 2024 World Refugee Day statements": a side opens with what was said, when a quote of
 * it states a position and is not much less relevant than its best (the line that the statement was issued
 * on 19 June, which names the statement in the question's words, led each side, and is left out) — unless
 * the best holds already the aspect the question names ("…differ in their aims": what each meeting was for).
 */
function statedFirst(side: readonly ScoredUnit[], position: number, named: readonly number[]): ScoredUnit[] {
  const best = side[0];
  const holds = (k: number) => (best?.evidence[k] ?? 0) >= TYPED_EVIDENCE;
  if (!best || position < 0 || holds(position) || named.some(holds)) return [...side];
  // Of the best quote's own record: another document's line that names the side beside "position" does not
  // say what the side is.
  const stated = side.find((s) => s.documentId === best.documentId && (s.evidence[position] ?? 0) >= TYPED_EVIDENCE && s.relevance >= STATED_MIN * best.relevance);
  return stated ? [stated, ...side.filter((s) => s !== stated && s !== best)] : [...side];
}
/** How much less relevant than a side's best quote one that states a position may be, to open the side. */
const STATED_MIN = 0.4;

/** The evidence indexes of the kinds of fact compared ("format and focus": where, and the position). */
function aspectIndexes(analysis: QuestionAnalysis): number[] {
  return analysis.types.flatMap((t, i) => (i > 0 && t !== 'position' ? [i] : []));
}

/** A side's quote must not be much weaker than its best to be shown for an aspect. */
const ASPECT_MIN = 0.5;

/**
 * "Compare the 7th and 8th meetings: format and focus": each side says each aspect asked, when a quote of
 * that side holds it: the best quote for an aspect none of the side's picked quotes holds.
 */
function aspectQuotes(side: readonly ScoredUnit[], picked: readonly ScoredUnit[], aspects: readonly number[]): ScoredUnit[] {
  const first = picked[0];
  if (!first) return [];
  const added: ScoredUnit[] = [];
  for (const k of aspects) {
    const holds = (s: ScoredUnit) => (s.evidence[k] ?? 0) > HELD_ONLY;
    if ([...picked, ...added].some(holds)) continue;
    const holder = side.find((s) => holds(s) && s.relevance >= ASPECT_MIN * first.relevance);
    if (holder && !added.includes(holder)) added.push(holder);
  }
  return added;
}
