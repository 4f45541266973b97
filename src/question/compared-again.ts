import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { YEAR } from './months.js';
import { askedTypes } from './question-types.js';
import { ordinalMentions } from './understand.js';

/** How many events or years a question names: the sides it can compare. */
function sidesNamed(question: string): number {
  return ordinalMentions(tokenize(question)).length + new Set(question.match(new RegExp(YEAR.source, 'g')) ?? []).size;
}

/** "why do people say (that)…", «ليش بيقولوا (إن)…»: a belief asked about, before what it holds. */
const SAID_WHY = /^(?:why\s+(?:do|does|did)\s+(?:people|they|some|many|colleagues|others)\s+say\s+(?:that\s+)?|(?:ليش|ليه|لماذا|لويش|علاش)\s+(?:بيقولوا|بيقولو|يقولون|يقولوا|بيقول|يقال|قالوا|بقولوا)\s+(?:[إا]ن[ّ]?(?:ه)?\s+)?)/iu;

/**
 * «ليش بيقولوا الاستعراض التاني للـGCM مختلف عن الأول؟ شو الفرق بطريقة الانعقاد؟», "why do people say the 2nd review
 * differed from the 1st? what was the difference in format?": two questions of one comparison, the first naming what
 * is compared and the second the aspect. They are one question, its sides said beside it (apart, the first was
 * refused as a "why" and the second compared nothing).
 */
export function oneComparison(asked: readonly string[]): string | undefined {
  if (asked.length !== 2) return undefined;
  const [sides, aspect] = asked as [string, string];
  const comparing = askedTypes(normalizeForMatch(aspect))?.includes('compare') ?? false;
  if (!comparing || sidesNamed(aspect) >= 2 || sidesNamed(sides) < 2) return undefined;
  // (What is compared, without the "why do people say" it was put in.)
  return `${aspect} (${sides.replace(SAID_WHY, '').replace(/[?؟]+\s*$/u, '')})`;
}
