import { listSizeAsked } from '../question/counted.js';
import type { QuestionAnalysis } from '../question/types.js';
import { byScore, substantive, TYPED_EVIDENCE } from './supports.js';
import type { ScoredUnit } from './unit-scoring.js';
import { unitText } from './units.js';

/** Items of a list unit: its lines but the one that announces them. */
export function listSize(unit: ScoredUnit['unit']): number {
  return unitText(unit).split('\n').filter((line) => line.trim()).length - 1;
}

/** A list of the size asked, at least this relevant relative to the lead it replaces. */
const SIZE_LEAD_MIN = 0.4;

/**
 * The lead, or in its place a list of the size the question asks for when the lead is a list of another size:
 * «الأهداف الستة للعملية كما ترد في العرض التقديمي للأمانة الفنية» is the list of six. The words that say where it
 * is written («عرض الأمانة الفنية») matched the deck's four ways of serving the 2030 Agenda better than its six
 * objectives, which led, and the reply said the record lacks the list.
 */
export function ofTheSizeAsked(lead: ScoredUnit | undefined, units: readonly ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!lead || analysis.types[0] !== 'list') return lead;
  const size = listSizeAsked(analysis.text);
  if (size === undefined || (lead.unit.kind === 'list' && listSize(lead.unit) === size)) return lead;
  const sized = units.filter((s) => substantive(s) && s.unit.kind === 'list' && listSize(s.unit) === size && s.evidence[0]! >= TYPED_EVIDENCE && s.relevance >= SIZE_LEAD_MIN * lead.relevance);
  return [...sized].sort(byScore)[0] ?? lead;
}
