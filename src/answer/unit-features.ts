import type { QuestionAnalysis } from '../question/types.js';
import { answerEvidence } from './answer-evidence.js';
import type { ScoredUnit } from './unit-scoring.js';
import { unitPassage, unitText } from './units.js';

/** What the unit ranker knows of a unit beyond the unit itself: its document's standing. */
export interface UnitContext {
  analysis: QuestionAnalysis;
  /** How well each document fits the meetings and years asked (entityFit), around 1. */
  documentFit: ReadonlyMap<string, number>;
  /** Rank of each document among those read (0 = best). */
  documentRank: ReadonlyMap<string, number>;
  /** Passages the retriever returned (the others were read only because their document was). */
  retrieved: ReadonlySet<string>;
}

/** The ranker's features, in the order of the weights in unit-ranker.json. */
export const UNIT_FEATURES = [
  'coverage',
  'text-coverage',
  'prior',
  'relevance',
  'log-fit',
  'log-document-fit',
  'evidence-asked',
  'evidence-asked-typed',
  'evidence-other-types',
  'position-evidence',
  'list',
  'list-for-list-question',
  'opens-passage',
  'retrieved',
  'document-rank',
  'length',
  'refers-back',
  'heuristic-score',
] as const;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The feature vector of a scored unit (see UNIT_FEATURES). */
export function unitFeatures(s: ScoredUnit, ctx: UnitContext): number[] {
  const p = unitPassage(s.unit);
  const asked = s.evidence[0] ?? 0;
  const others = Math.max(0, ...s.evidence.slice(1));
  const listQuestion = ctx.analysis.types.includes('list');
  const list = s.unit.kind === 'list' ? 1 : 0;
  return [
    s.coverage,
    s.textCoverage,
    s.prior,
    s.relevance,
    Math.log(clamp(s.fit, 0.1, 10)),
    Math.log(clamp(ctx.documentFit.get(s.documentId) ?? 1, 0.1, 10)),
    asked,
    ctx.analysis.typed ? asked : 0,
    others,
    answerEvidence(s.unit, 'position'),
    list,
    listQuestion ? list : 0,
    s.unit.parts[0]!.start === 0 ? 1 : 0,
    ctx.retrieved.has(p.id) ? 1 : 0,
    1 / (1 + (ctx.documentRank.get(s.documentId) ?? 9)),
    clamp(unitText(s.unit).length / 300, 0, 2),
    s.unit.antecedent ? 1 : 0,
    s.score,
  ];
}
