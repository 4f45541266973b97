import { ordinalMentions } from '../question/ordinal-mentions.js';
import type { QuestionAnalysis, QuestionType } from '../question/types.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { statesPosition } from './answer-evidence.js';
import { askedActs, namesAct } from './predicate.js';
import { overlaps, restates } from './quote-overlap.js';
import type { ScoredUnit } from './unit-scoring.js';
import { opensAt, refersBackTo, unitText } from './units.js';

/**
 * The quotes beside an answer's lead (answer-plan.ts): each adds an asked fact or concept the quotes so far
 * lack, by the heuristic or by the learned ranker's probabilities.
 */

/** A supporting quote must be at least this relevant, relative to the lead. */
const SUPPORT_MIN = 0.55;
/** A quote from another document than the lead's must be at least this relevant, relative to the lead. */
const OTHER_DOCUMENT_MIN = 0.75;
/** A unit adds a fact when it holds this share of the question's concepts that the quotes so far lack. */
const NEW_TERMS_MIN = 0.2;
export const substantive = (s: ScoredUnit) => !s.unit.note;
/**
 * By score; on a tie, by how well the unit's document fits what was asked (the meeting, the year), then in
 * reading order: "When was it held?" after "Who opened the 9th meeting?" holds no word any quote has, and in
 * reading order the 10th meeting's date led.
 */
export const byScore = (a: ScoredUnit, b: ScoredUnit) => b.score - a.score || b.fit - a.fit || a.unit.order - b.unit.order;

/** With a learned ranker, units by its probability of holding an asked fact; otherwise by the heuristic. */
const byProbability = (a: ScoredUnit, b: ScoredUnit) => b.probability! - a.probability! || byScore(a, b);

function newTermShare(candidate: ScoredUnit, chosen: readonly ScoredUnit[], termCount: number): number {
  if (termCount === 0) return 0;
  const covered = new Set(chosen.flatMap((c) => [...c.matched]));
  const fresh = [...candidate.matched].filter((t) => !covered.has(t)).length;
  return fresh / termCount;
}

/** Types asked for that no chosen quote carries yet. */
function missingTypes(chosen: readonly ScoredUnit[], typeCount: number): number[] {
  const out: number[] = [];
  for (let t = 0; t < typeCount; t++) if (!chosen.some((c) => c.evidence[t]! >= 0.6)) out.push(t);
  return out;
}

/**
 * Supporting quotes after the lead, each adding something the question asked for: a kind of answer still
 * missing ("when and who": the actor), or a fifth of the question's concepts the quotes so far lack. Never
 * a unit much weaker than the lead, never two of the same text; another document must be closer still.
 */
export function chooseSupport(lead: ScoredUnit, units: readonly ScoredUnit[], analysis: QuestionAnalysis, termCount: number): ScoredUnit[] {
  const position = analysis.types[0] === 'position';
  const max = lead.unit.kind === 'list' ? 0 : analysis.types.length > 1 || position ? 2 : 1;
  const said = antecedentOf(lead, units);
  const chosen = [lead, ...said];
  const continuation = continuationOf(lead, units, analysis);
  if (continuation && continuation.onFocus && !chosen.includes(continuation)) chosen.push(continuation);
  for (const c of units.filter(substantive).sort(byScore)) {
    if (chosen.length > max + said.length) break;
    const floor = (c.documentId === lead.documentId ? SUPPORT_MIN : OTHER_DOCUMENT_MIN) * lead.relevance;
    if (chosen.includes(c) || c.unit.kind === 'list' || !c.onFocus || c.relevance < floor) continue;
    if (chosen.some((x) => overlaps(x, c) || restates(x, c))) continue;
    const fillsType = missingTypes(chosen, analysis.types.length).some((t) => c.evidence[t]! >= 0.6);
    // A statement's further calls are further facts of the position asked about, even in the same words.
    const samePosition = position && c.documentId === lead.documentId && c.evidence[0]! >= 0.7;
    if (fillsType || samePosition || newTermShare(c, chosen, termCount) >= NEW_TERMS_MIN) chosen.push(c);
  }
  return chosen.slice(1 + said.length);
}

/**
 * The sentence the lead refers back to ("The 10th meeting opened on a Monday in 2024…" before "It was
 * probably held on 27–28 May 2024"): shown with it (units.ts), so it is said already and is no support.
 */
export function antecedentOf(lead: ScoredUnit, units: readonly ScoredUnit[]): ScoredUnit[] {
  const a = lead.unit.antecedent;
  if (!a) return [];
  return units.filter((s) => s.unit.kind === 'sentence' && opensAt(s.unit, a));
}

/** Kinds of question answered by one fact (a date, a place, an actor, a number, a name). */
export const FACT_TYPES = new Set(['when', 'where', 'who', 'how-many', 'which']);
/** Evidence of the asked type for a unit to give the fact. */
export const TYPED_EVIDENCE = 0.6;
/**
 * "The IMRF is the global platform… It is held every four years": for what a thing is or what was said of
 * it, the sentence that goes on saying of the lead's subject comes beside it first.
 */
function continuationOf(lead: ScoredUnit, units: readonly ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!CONTINUED_TYPES.has(analysis.types[0]!)) return undefined;
  return units.find((c) => c.unit.kind === 'sentence' && refersBackTo(c.unit, lead.unit));
}
/** Kinds of question whose lead's next sentence, when it refers back to it, says more of the same. */
const CONTINUED_TYPES: ReadonlySet<QuestionType> = new Set(['definition', 'position']);
/** Position evidence of a sentence that says what was called for or said ("X called for…"). */
const SAME_POSITION = 0.7;
/** What someone called, pushed or urged for: each further call is the answer (not so "how did LAS describe the GCM?"). */
const CALLS_ASKED = /\b(?:call(?:ed|s|ing)?|push(?:ed|es|ing)?|press(?:ed|es|ing)?|ask(?:ed|s|ing)?|argu(?:e|ed|es|ing))\s+for\b|\b(?:urg(?:e|ed|es|ing)|demand(?:ed|s|ing)?|advocat\w*)\b|(?<![\u0621-\u064A])(?:دعا|دعت|دعوا|طالب|طالبت|حث|حثت|نادى|نادت|يدعو|تدعو)(?![\u0621-\u064A])/iu;
/**
 * A quote that tells of the occasion of the calls asked for ("LAS held the consultations online on 10 November
 * 2021") and states no position (answer-evidence.ts): beside the calls it is no more of the answer. (Not every sentence without a verb of calling:
 * what the calls were may follow in one that has none, «…والتنسيق فيما بينها».)
 */
const TELLS_THE_OCCASION = /\b(?:held|hosted|organi[sz]ed|convened|took\s+place|opened)\b|(?<![\u0621-\u064A])(?:و|ف)?(?:عقد|عقدت|انعقد|انعقدت|نظم|نظمت|استضاف|استضافت|افتتح|افتتحت)(?![\u0621-\u064A])/iu;
const onlyTheOccasion = (c: ScoredUnit) => TELLS_THE_OCCASION.test(normalizeForMatch(unitText(c.unit))) && !statesPosition(unitText(c.unit));
/** …and as much about the question as the lead, nearly (not a call beside the sentence naming who organised it). */
const SAME_POSITION_SCORE = 0.8;
/** A supporting quote is at least this relevant to the question, relative to the lead. */
const SUPPORT_RELEVANCE = 0.4;
/** Evidence of a sentence that says what a thing is (answer-evidence.ts), not one that only opens with it. */
const DEFINES = 0.8;

/**
 * Whether a unit names a numbered meeting, session, forum or review: "the first IMRF", «الاجتماع العالمي الخامس» (not "the
 * first UN High-Level Dialogue", before which the GFMD was launched).
 */
function namesAnInstance(c: ScoredUnit): boolean {
  return ordinalMentions(tokenize(normalizeForMatch(unitText(c.unit)))).some((m) => m.kind !== undefined);
}

/** How the ranker's supporting quotes are chosen: thresholds tuned with it (scripts/train-unit-ranker.ts). */
export interface RankedSupport {
  /** A supporting quote's probability must reach this… */
  minProbability: number;
  /** …and this share of the lead's. */
  minRatio: number;
  /** Most supporting quotes: for a question of one part, and of several. */
  maxSingle: number;
  maxMulti: number;
}

/**
 * Supporting quotes by the ranker: the units most likely to hold another asked fact, each well above the
 * threshold and not far below the lead, never the same text twice. A date, place, actor or number asked
 * that the lead lacks ("when and where was the 9th meeting held, and who opened it?") is filled first, by
 * the likeliest unit that holds it: the ranker's order alone put two more dates before the opener.
 */
export function rankedSupport(lead: ScoredUnit, units: readonly ScoredUnit[], analysis: QuestionAnalysis, rule: RankedSupport): ScoredUnit[] {
  const factAnswered = analysis.types.every((t, i) => FACT_TYPES.has(t) && lead.evidence[i]! >= 0.6);
  // A lead that already gives the date, place, actor or number asked for has at most one quote beside it
  // (none cost answers that need a second fact: development answers 0.810 → 0.804).
  const factKinds = analysis.types.map((_, i) => i).filter((i) => FACT_TYPES.has(analysis.types[i]!));
  // A whole list leads alone, unless a date, place or actor was asked beside it that it lacks ("who opened
  // the 10th meeting, and what were its topics?"): that one fact then comes with it.
  const listLead = lead.unit.kind === 'list';
  const max = listLead ? (factKinds.some((t) => lead.evidence[t]! < 0.5) ? 1 : 0) : analysis.types.length > 1 ? rule.maxMulti : factAnswered ? 1 : rule.maxSingle;
  const said = antecedentOf(lead, units);
  const chosen = [lead, ...said];
  const likely = (c: ScoredUnit) => c.probability! >= rule.minProbability && c.probability! >= rule.minRatio * lead.probability!;
  // A lead that says what the thing is is said of in its own record, or by another sentence that says what
  // it is: other documents that name it (a meeting it took part in, a review it holds) say what it did.
  const defined = analysis.types[0] === 'definition' && lead.evidence[0]! >= DEFINES;
  // Nor one of its numbered instances ("The first IMRF was held in New York…", «قُدّم في المنتدى العالمي الثاني للاجئين…»):
  // what one of them did is not what the thing is.
  const admissible = (c: ScoredUnit) =>
    !chosen.includes(c) && c.unit.kind !== 'list' && c.onFocus && c.relevance >= SUPPORT_RELEVANCE * lead.relevance && !chosen.some((x) => overlaps(x, c) || restates(x, c)) && (!defined || ((c.documentId === lead.documentId || c.evidence[0]! >= DEFINES) && !namesAnInstance(c)));
  const candidates = units.filter(substantive).sort(byProbability);
  const continuation = continuationOf(lead, candidates, analysis);
  if (continuation && admissible(continuation)) chosen.push(continuation);
  // "…and who co-organised it?": the actor of the act asked, not a body the date's sentence names ("held at
  // League of Arab States headquarters") nor a speaker; when a quote names that act.
  const acts = askedActs(analysis.text);
  const doesAct = (c: ScoredUnit) => namesAct(unitText(c.unit), acts);
  for (const t of factKinds) {
    const byActor = analysis.types[t] === 'who' && acts.size > 0 && candidates.some((c) => c.evidence[t]! >= 0.5 && doesAct(c));
    const ofAct = (c: ScoredUnit) => !byActor || doesAct(c);
    // Only a kind the quotes hold nothing of: a body named ("the LAS Council", half an actor) answers "who",
    // and a year "when", unless a quote of the act gives the agent or the date outright ("created by the
    // League of Arab States", "since the ARCP's creation in 2014") and the quotes so far only name a body or
    // a year beside the act ("IOM gives 2015 as its year of establishment").
    const agent = (byActor || analysis.types[t] === 'when') && candidates.some((c) => c.evidence[t]! >= 1 && doesAct(c) && likely(c) && admissible(c)) ? 1 : 0.5;
    if (chosen.some((x) => x.evidence[t]! >= agent && ofAct(x))) continue;
    const filler = chosen.length <= max + said.length ? candidates.find((c) => c.evidence[t]! >= agent && ofAct(c) && likely(c) && admissible(c)) ?? candidates.find((c) => c.evidence[t]! >= 0.6 && likely(c) && admissible(c)) : undefined;
    if (filler) chosen.push(filler);
  }
  if (listLead) return chosen.slice(1 + said.length);
  // "Who opened the 9th meeting, and what were its topics?": the list asked beside the fact, whole.
  const listed = analysis.types.indexOf('list');
  if (listed > 0 && lead.evidence[listed]! < TYPED_EVIDENCE && chosen.length <= max + said.length) {
    const list = candidates.find((c) => c.unit.kind === 'list' && c.evidence[listed]! >= TYPED_EVIDENCE && likely(c) && !chosen.some((x) => overlaps(x, c)));
    if (list) chosen.push(list);
  }
  // "What did Abu Ghazaleh push for at the 2021 consultations?": her record's further calls come before the date and
  // the meeting they were made at (the record's three calls were one quote and two of its occasion).
  const callsAsked = analysis.types[0] === 'position' && CALLS_ASKED.test(analysis.text);
  if (callsAsked && lead.evidence[0]! >= SAME_POSITION) {
    for (const c of candidates) {
      if (chosen.length > max + said.length) break;
      if (c.documentId === lead.documentId && c.evidence[0]! >= SAME_POSITION && c.score >= SAME_POSITION_SCORE * lead.score && likely(c) && admissible(c)) chosen.push(c);
    }
  }
  for (const c of candidates) {
    if (chosen.length > max + said.length) break;
    if (!admissible(c) || (callsAsked && onlyTheOccasion(c))) continue;
    if (!likely(c)) break;
    // A lead that already gives the date, place, actor or number asked for needs no second one: a support
    // must then bring a concept of the question the quotes lack. (Asking that of every support lost facts
    // on the development answers: 0.756 → 0.673 answered in full, padding 0.474 → 0.467.)
    // (Nor a concept the lead's title or heading names: «…في الاستعراض الإقليمي الثاني» is where the lead's count was
    // given, and the sentence that names the review added nothing asked.)
    // (Nor a concept the lead says in another form of its root: «قُدّم فيه أكثر من 770 تعهداً» gives what «تقدم» asks,
    // and "the progress (التقدم) in implementing the pledges" of 2021 added nothing asked.)
    if (factAnswered && ![...c.matched].some((t) => !lead.reached.has(t) && !lead.rooted.has(t) && !chosen.some((x) => x.matched.has(t)))) continue;
    chosen.push(c);
  }
  return chosen.slice(1 + said.length);
}

