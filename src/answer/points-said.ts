import type { QuestionAnalysis } from '../question/types.js';
import type { AnswerPlan } from './answer-plan.js';
import { overlaps } from './quote-overlap.js';
import { substantive } from './supports.js';
import type { ScoredUnit } from './unit-scoring.js';
import { kinOf, namesKin } from './subject-kin.js';
import { isListPassage, unitPassage, unitText } from './units.js';

/**
 * "What did the League say about the GCM on International Migrants Day 2018?", "What did the 2024 statement say about
 * Gaza?": what a record said of one point is each of its points that speaks of it, the lead first, the rest in the
 * record's order. Ranked as any quotes, its first point came with another record's sentence of the same day and the
 * context the file adds ("the GCM was adopted in Marrakesh…"), and its second point, that the League called the GCM
 * the first comprehensive international instrument on migration, was left out.
 */
export function withPointsSaid(plan: AnswerPlan, units: readonly ScoredUnit[], ctx: { analysis: QuestionAnalysis; fit: ReadonlyMap<string, number> }): AnswerPlan {
  const { analysis, fit } = ctx;
  if (analysis.focus.length === 0 || analysis.types.length !== 1 || analysis.types[0] !== 'position' || plan.layout !== 'lead') return plan;
  // Of the record the answer leads with, when the question names it (by its meeting or year) and the lead is one of
  // its points: the focus may name an event ("the regional consultations on the GCR"), and another record's points
  // then answer another question (a compilation's 2024 item stood for what was said at the 2024 review).
  const lead = plan.quotes[0];
  if (!lead || (fit.get(lead.documentId) ?? 1) <= 1) return plan;
  const points = pointsOn(units, lead.documentId, kinOf(analysis.focus));
  if (points.length < 2 || !points.includes(lead)) return plan;
  // The lead stays first ("called for preventing the forced return… during the COVID-19 pandemic", asked of the
  // pandemic); the record's other points on it follow in its order.
  const quotes = [lead];
  for (const s of points) if (quotes.length < MAX_POINTS && !quotes.some((q) => q === s || overlaps(q, s))) quotes.push(s);
  return { ...plan, quotes };
}
/**
 * "How did the WRD statements on Palestine refugees evolve between 2017 and 2019?": a year's line is each of its
 * record's points on the subject, not the one that says most (the 2019 statement's four points on Palestine
 * refugees, of which the line quoted one and left out its call to end ethnic cleansing and UNRWA's mandate).
 */
export function withPointsPerLine(plan: AnswerPlan, units: readonly ScoredUnit[], analysis: QuestionAnalysis): AnswerPlan {
  if (analysis.focus.length === 0 || analysis.types[0] !== 'evolution' || plan.layout !== 'timeline') return plan;
  const kin = kinOf(analysis.focus);
  // (Of Palestine refugees, a point that names them or their kin: "refugees" alone is in every point of a statement.)
  const ofSubject = (s: ScoredUnit) => kin.length === 0 || namesKin(unitText(s.unit), kin);
  const quotes = plan.quotes.flatMap((line) => {
    const points = pointsOn(units, line.documentId, kin);
    if (points.length < 2 || !points.includes(line)) return [line];
    return [line, ...points.filter((s) => s !== line && ofSubject(s) && !overlaps(line, s) && !plan.quotes.includes(s))].slice(0, MAX_POINTS);
  });
  return quotes.length <= LINES_MAX ? { ...plan, quotes } : plan;
}
/** The most quotes a timeline so grows to (past that, one point a year). */
const LINES_MAX = 12;

/** Most points quoted: a statement's points on one subject are seldom more. */
const MAX_POINTS = 4;

/**
 * A record's numbered points (list items, not the paragraphs around them) that speak of the focus, in order. A point
 * next to one of them that names a subject kin to the focus continues it (the 2024 statement's points after its two
 * on Gaza: the attacks on UNRWA facilities, the displacement of Palestinians); one further off, on Palestine refugees'
 * right of return, is another point.
 */
function pointsOn(units: readonly ScoredUnit[], record: string, kin: readonly RegExp[]): ScoredUnit[] {
  const items = units
    .filter((s) => s.documentId === record && s.unit.kind === 'sentence' && isListPassage(unitPassage(s.unit)) && substantive(s))
    .sort((a, b) => a.unit.order - b.unit.order);
  const on = items.map((s) => s.onFocus);
  const kinNamed = items.map((s) => namesKin(unitText(s.unit), kin));
  for (let grew = true; grew; ) {
    grew = false;
    for (let i = 0; i < items.length; i++) {
      if (on[i] || !kinNamed[i] || !(on[i - 1] || on[i + 1])) continue;
      on[i] = grew = true;
    }
  }
  return items.filter((_, i) => on[i]);
}
