import type { QuestionAnalysis } from '../question/types.js';
import { askedActs, namesAct } from './predicate.js';
import { said, saidOf } from './said-of.js';
import type { ScoredUnit } from './unit-scoring.js';
import { unitText } from './units.js';

/** Kinds of fact a timeline's lines give, each its own event's, when the first kind asked ("who opened the meetings since 2019?"). */
const ACTOR_OR_PLACE: ReadonlySet<string> = new Set(['who', 'where']);
/** Evidence of the kind asked for a line to give the fact. */
const GIVES_FACT = 0.6;

/**
 * "Since 2019, who has opened the regular meetings?": the lines that give the actor or place asked, by the act asked
 * when a line names it (who opened the 11th meeting, not who spoke at its opening session), each year's that gives it
 * most; all of them, as any timeline's, when none does.
 */
export function givingTheFactAsked(units: readonly ScoredUnit[], analysis: QuestionAnalysis): { units: readonly ScoredUnit[]; says: (s: ScoredUnit) => number } {
  if (!ACTOR_OR_PLACE.has(analysis.types[0]!)) return { units, says: said };
  const typed = units.filter((s) => s.evidence[0]! >= GIVES_FACT);
  const acts = askedActs(analysis.text);
  const acting = acts.size > 0 ? typed.filter((s) => namesAct(unitText(s.unit), acts)) : [];
  const giving = acting.length > 0 ? acting : typed;
  return giving.length > 0 ? { units: giving, says: saidOf(() => true) } : { units, says: said };
}
