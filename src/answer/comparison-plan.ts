import type { QuestionAnalysis, QuestionType } from '../question/types.js';
import { FULL_TEXT, type AnswerPlan } from './answer-plan.js';
import { documentMentions, ordinalMentions, type OrdinalMention } from '../question/understand.js';
import { anyMatch, arabicWords, englishWords } from '../question/cues.js';
import { aspectsOf, aspectWordsOf, focusCompared } from '../question/compared-aspects.js';
import { stemsOf } from './question-terms.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { namesAsked, unitYear, yearsNamed } from './document-facts.js';
import { unitPassage, unitText, type Unit } from './units.js';
import { TYPED_EVIDENCE } from './supports.js';
import { HELD_ONLY, STATEMENT_TYPES, statesPosition } from './answer-evidence.js';
import { bestPerDocument } from './layouts.js';
import { bySaidOf, said, saidOf } from './said-of.js';
import type { ScoredUnit } from './unit-scoring.js';

/** Comparisons: the things compared side by side, each with its best quotes and what the record lacks of it. */

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
export function planComparison(units: readonly ScoredUnit[], analysis: QuestionAnalysis, options: { implied?: readonly QuestionType[]; kinds?: readonly boolean[] } = {}): AnswerPlan {
  const { implied = [], kinds = [] } = options;
  const question = normalizeForMatch(analysis.text);
  // An aspect the question did not name (how each event was held) is added to a side, never chosen over what was said.
  // (Of two or more aspects named, each adds: "Compare the 2016 and 2017 extraordinary meetings: dates and purpose"
  // led each side with a line that dates it beside the other, not the one that says when it was held and what it
  // prepared for. Of one, a second kind of fact held is no more of it: the 11th meeting's review of pledges "since
  // the first GRF in 2019" stood for the first GRF's 770 pledges.)
  const said = saidOf((i) => i > 0 && !implied.includes(analysis.types[i]!), { all: aspectsOf(question).length >= 2 });
  const bySaid = bySaidOf(said);
  // A quote whose words hold the aspect named and nothing else asked is of another thing («كان الهدف من الرسائل
  // الرئيسية…», the aim of the key messages, stood for what the 2017 meeting was for).
  const aspectWords = new Set(aspectWordsOf(question).flatMap(stemsOf));
  const namesAspect = (s: ScoredUnit) => tokenize(unitText(s.unit)).some((w) => stemsOf(w).some((k) => aspectWords.has(k)));
  const ofTheThings = (s: ScoredUnit) => s.matched.size === 0 || [...s.matched].some((k) => !kinds[k]) || !namesAspect(s);
  const ranked = units.filter((s) => !s.unit.note && s.coverage > 0 && ofTheThings(s)).sort(bySaid);
  const { mentions, years } = analysis.entities;
  // What the record lacks of a side: not its full text, unless that is asked (its summary compares).
  const notes = units.filter((s) => s.unit.note === 'absence' && s.coverage > 0 && (analysis.asksForText || !FULL_TEXT.test(unitText(s.unit)))).sort(bySaid);
  let sides: ScoredUnit[][] = [];
  let gaps: ScoredUnit[] = [];
  if (mentions.length >= 2) ({ sides, gaps } = withNotes(mentions.map((m) => [sideOfOrdinal(ranked, m, mentions), sideOfOrdinal(notes, m, mentions)])));
  else if (years.length >= 2) ({ sides, gaps } = withNotes(years.map((y) => [ranked.filter((s) => unitYear(s.unit) === y), notes.filter((s) => noteYear(s.unit) === y)])));
  // "What did the 2020 WRD statement say vs Abu Ghazaleh at the 9th meeting?": a record by its number, others by year
  // (not the year of the numbered one's own record).
  else if (mentions.length === 1 && years.length >= 1) ({ sides, gaps } = withNotes(numberedAndDated(ranked, notes, mentions[0]!, years)));
  // A side the record says it lacks is said so, not filled with the quotes of other records.
  const filled = (n: number) => sides.filter((side) => side.length > 0).length + gaps.length >= n;
  if (!filled(2)) sides = sidesByConcept(ranked, said) ?? [];
  if (!filled(2)) sides = bestPerDocument(units).slice(0, 2).map((s) => ranked.filter((x) => x.documentId === s.documentId));
  const chosen = new Set<ScoredUnit>();
  const aspects = aspectIndexes(analysis);
  // The aspects the question names ("in their aims": why), which a side's best quote may hold already.
  const named = analysis.types.flatMap((t, i) => (t !== 'compare' && t !== 'position' && !implied.includes(t) ? [i] : []));
  const position = analysis.types.indexOf('position');
  const focusAsked = focusCompared(question);
  // A statement's side that opens with what it said needs not the day it was issued beside it ("…was issued on Tuesday
  // 19 June 2018 and distributed by the LAS General Secretariat") as its second quote, when no aspect is named and
  // the words ask neither when nor where. (Not a meeting's line that it was held: "…held an extraordinary meeting…
  // in preparation for the consultations on the GCR" says what it was for.)
  const noOccasionAsked = named.length === 0 && !anyMatch(OCCASION_ASKED, question);
  // (The rare line of issue is tested before the side's first quote, which every later candidate would read again.)
  const issuedOnly = (s: ScoredUnit, first: ScoredUnit) => noOccasionAsked && tellsOnlyItsIssue(s) && statesPosition(unitText(first.unit));
  for (const side of sides.map((x) => statedFirst(x, position, named, focusAsked))) {
    const picked: ScoredUnit[] = [];
    for (const s of side) {
      if (picked.length >= PER_SIDE || chosen.has(s)) continue;
      const first = picked[0];
      // (A side's list of topics says all it took up; what else it did is not its focus.)
      if (first && (issuedOnly(s, first) || (focusAsked && namesItsTopics(first)))) break;
      // (Of a focus asked, what else its record says it took up is more of it: "The 8th meeting aimed to prepare member
      // states… for the first IMRF" beside "The 8th ARCP meeting focused on… the GCM", whatever words it adds.)
      const moreOfItsFocus = focusAsked && s.documentId === first?.documentId && takesUp(s);
      if (first && !moreOfItsFocus && (said(s) < 0.6 * said(first) || ![...s.matched].some((t) => !first.matched.has(t)))) continue;
      picked.push(s);
    }
    for (const s of picked) chosen.add(s);
    for (const s of aspectQuotes(side, picked, aspects, analysis.types)) chosen.add(s);
  }
  return { layout: 'compare', quotes: [...chosen], gaps };
}

/** The sides of one numbered record and of the years named beside it, each with its notes. */
function numberedAndDated(ranked: readonly ScoredUnit[], notes: readonly ScoredUnit[], mention: OrdinalMention, years: readonly number[]): Array<[ScoredUnit[], ScoredUnit[]]> {
  const numbered = sideOfOrdinal(ranked, mention, [mention]);
  const ownYears = new Set(numbered.map((s) => unitYear(s.unit)));
  const dated = years.filter((y) => !ownYears.has(y)).map((y): [ScoredUnit[], ScoredUnit[]] => [ranked.filter((s) => unitYear(s.unit) === y && !numbered.includes(s)), notes.filter((s) => noteYear(s.unit) === y)]);
  return [[numbered, sideOfOrdinal(notes, mention, [mention])], ...dated];
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
    // Another record's note ("the 5th meeting's month is not known", of 2019) does not stand for a side
    // whose statement is quoted (the 2019 statement); it does for a meeting's lines in a year with no statement.
    const statementQuoted = side[0] !== undefined && STATEMENT_TYPES.has(unitPassage(side[0].unit).meta.type) && note?.documentId !== side[0].documentId;
    if (!note || (side[0] && (said(side[0]) > said(note) || statementQuoted))) return side;
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
function statedFirst(side: readonly ScoredUnit[], position: number, named: readonly number[], focusAsked = false): ScoredUnit[] {
  const best = side[0];
  if (!best) return [];
  // Of the best quote's own record: another document's line that names the side beside "position" does not
  // say what the side is.
  const ofItsRecord = (s: ScoredUnit) => s.documentId === best.documentId && s.relevance >= STATED_MIN * best.relevance;
  // "…what changed in terms of focus", «من حيث المحور»: what each meeting took up, before what it called for
  // ("the closing statement called for continued cooperation" stood for the 6th meeting's GCM and COVID-19).
  // Its record's list of topics says it whole ("Topics of the 7th meeting": its review of the GCR, not only the
  // regional review it discussed), however its words matched the question's (that review is dated 2018, not 2021).
  const topics = focusAsked ? side.find(namesItsTopics) : undefined;
  const tookUp = topics ?? (takesUp(best) ? undefined : side.find((s) => ofItsRecord(s) && takesUp(s)));
  if (focusAsked && tookUp) return [tookUp, ...side.filter((s) => s !== tookUp)];
  const holds = (k: number) => (best.evidence[k] ?? 0) >= TYPED_EVIDENCE;
  if (position < 0 || holds(position) || named.some(holds)) return [...side];
  // A meeting's record that states no position says what the meeting took up ("the 11th meeting focused on
  // the latest on the GCR"), which tells it from another better than who organised it.
  const stated = side.find((s) => ofItsRecord(s) && (s.evidence[position] ?? 0) >= TYPED_EVIDENCE) ?? tookUp;
  return stated ? [stated, ...side.filter((s) => s !== stated && s !== best)] : [...side];
}

/** A statement's line that it was issued, published or distributed, and no more: «صدر البيان السنوي… ووزّعته الأمانة العامة». */
const ISSUED = [englishWords(['issued', 'published', 'distributed']), arabicWords(['صدر', 'صدرت', 'نشرته', 'نشرتها', 'وزعته', 'وزعتها'])];
function tellsOnlyItsIssue(s: ScoredUnit): boolean {
  const text = unitText(s.unit);
  return STATEMENT_TYPES.has(unitPassage(s.unit).meta.type) && anyMatch(ISSUED, normalizeForMatch(text)) && !statesPosition(text);
}

/** Words that ask when, where or how an event was held. */
const OCCASION_ASKED = [
  englishWords(['when', 'where', 'held', 'dates?', 'venues?', 'format', 'issued']),
  arabicWords(['متي', 'امتي', 'اين', 'وين', 'فين', 'تاريخ', 'موعد', 'مكان', 'عقد', 'عقدت', 'انعقد', 'انعقدت', 'صدر', 'صدرت']),
];

/** "Focused on", "discussed", "reviewed", «ركّز على», «ناقش», «استعرض»: what a meeting took up. */
const TAKES_UP = [
  englishWords(['focus(?:ed|es)? on', 'discuss(?:ed|es)', 'reviewed', 'examin(?:ed|es)', 'consider(?:ed|s)', 'address(?:ed|es)', 'took stock', 'dedicated to', 'devoted to', 'aimed (?:to|at)']),
  arabicWords(['ركز', 'ركزت', 'ناقش', 'ناقشت', 'استعرض', 'استعرضت', 'بحث', 'بحثت', 'تناول', 'تناولت', 'خصص', 'خصصت', 'هدف', 'هدفت', 'تمحور', 'تمحورت', 'عمل علي']),
];
function takesUp(s: ScoredUnit): boolean {
  return anyMatch(TAKES_UP, normalizeForMatch(unitText(s.unit))) || namesItsTopics(s);
}
/** A list headed "Topics of the 9th meeting", «محاور الاجتماع السابع»: what a meeting took up. */
function namesItsTopics(s: ScoredUnit): boolean {
  return s.unit.kind === 'list' && focusCompared(normalizeForMatch(s.unit.parts[0]!.text.split('\n')[0]!));
}
/** How much less relevant than a side's best quote one that states a position may be, to open the side. */
const STATED_MIN = 0.4;

/** The evidence indexes of the kinds of fact compared ("format and focus": where, and the position). */
function aspectIndexes(analysis: QuestionAnalysis): number[] {
  return analysis.types.flatMap((t, i) => (i > 0 && t !== 'position' ? [i] : []));
}

/** The aspects of when and where an event was held. */
const OCCASION_TYPES: ReadonlySet<QuestionType> = new Set(['when', 'where']);
/** A side's quote must not be much weaker than its best to be shown for an aspect. */
const ASPECT_MIN = 0.5;

/**
 * "Compare the 7th and 8th meetings: format and focus": each side says each aspect asked, when a quote of
 * that side holds it: the best quote for an aspect none of the side's picked quotes holds.
 */
function aspectQuotes(side: readonly ScoredUnit[], picked: readonly ScoredUnit[], aspects: readonly number[], types: readonly QuestionType[]): ScoredUnit[] {
  const first = picked[0];
  if (!first) return [];
  const added: ScoredUnit[] = [];
  // (A list of topics weighs all its lines' words: beside it the line that says where the 9th meeting was held fell short.)
  const measure = namesItsTopics(first) ? (side.find((s) => !namesItsTopics(s)) ?? first) : first;
  for (const k of aspects) {
    // (A list of topics names places and days of what was taken up, "…due in Geneva in December 2023", not where
    // or when the meeting was held.)
    const occasion = OCCASION_TYPES.has(types[k]!);
    const holds = (s: ScoredUnit) => (s.evidence[k] ?? 0) > HELD_ONLY && !(occasion && namesItsTopics(s));
    if ([...picked, ...added].some(holds)) continue;
    // The one that holds it most ("…organised the 11th meeting at its headquarters in Cairo", not "…came after
    // the second Global Refugee Forum, held in Geneva").
    const holders = side.filter((s) => holds(s) && s.relevance >= ASPECT_MIN * measure.relevance);
    const holder = holders.reduce<ScoredUnit | undefined>((a, s) => (!a || s.evidence[k]! > a.evidence[k]! ? s : a), undefined);
    if (holder && !added.includes(holder)) added.push(holder);
  }
  return added;
}
