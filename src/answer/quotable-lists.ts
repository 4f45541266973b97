import { focusCompared } from '../question/compared-aspects.js';
import { namesSeveralEvents } from '../question/events-asked.js';
import type { QuestionAnalysis } from '../question/types.js';
import { normalizeForMatch } from '../text/normalize.js';
import { headingAskedBy } from './list-heading.js';
import type { Unit } from './units.js';

/**
 * A whole list answers a list question, "how many objectives" (it holds the count and what is counted), an
 * event named among several ("what did each meeting from the 8th to the 11th focus on?": a meeting's list of
 * topics is its line), two meetings' focus compared, a list asked by its heading's words; "what is the CRRF?"
 * when the line that says what it is announces it («…هو المرفق الأول لإعلان نيويورك، وله أربعة أهداف:»), not a
 * meeting's topics that name it; otherwise its items are quoted one by one.
 */
export function quotableFor(analysis: QuestionAnalysis): (u: Unit) => boolean {
  // (What the question asks is read once, not for each unit of each document.)
  const topicsOfEach = namesSeveralEvents(analysis.entities.ordinals) || (analysis.types.includes('compare') && focusCompared(normalizeForMatch(analysis.text)));
  const lists = analysis.types.includes('list') || analysis.types.includes('how-many') || topicsOfEach || analysis.item !== undefined;
  if (lists) return () => true;
  const definition = analysis.types.includes('definition');
  const headingAsked = headingAskedBy(analysis.text);
  return (u) => u.kind !== 'list' || (definition && u.parts.length > 1) || headingAsked(u);
}
