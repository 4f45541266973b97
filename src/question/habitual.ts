import { normalizeForMatch } from '../text/normalize.js';
import type { QuestionEntities, QuestionType } from './types.js';

/**
 * "When is the World Refugee Day statement agreed?", "when does the ARCP meet?", «متى يتم الاتفاق على
 * البيان؟», «امتى بيطلع البيان السنوي؟»: a "when" asked in the present, of no year or numbered meeting, asks
 * when something is usually done ("at the end of the annual regular meeting"), not the date of one time.
 */
const PRESENT_WHEN = [
  /\bwhen\s+(?:is|are|does|do)\b(?!.*\b(?:next|upcoming|coming|this year)\b)/,
  // A verb that opens with ت and ends with it is a feminine past («تأسست», «تشكّلت»), not a present.
  /(?<![\u0621-\u064A])(?:متي|امتي|ايمتي|امته|امتا|وقتاش)\s+(?:عاده\s+)?(?:يتم|تتم|ب?[يت](?![\u0621-\u064A]{3,}ت(?![\u0621-\u064A]))[\u0621-\u064A]{2,})(?![\u0621-\u064A])(?!.*(?:القادم|المقبل|الجاي|هذا العام|هالسنه))/u,
];

export function asksHabitually(text: string, types: readonly QuestionType[], entities: QuestionEntities): boolean {
  if (!types.includes('when') || entities.years.length > 0 || entities.ordinals.length > 0 || entities.extraordinary) return false;
  const lower = normalizeForMatch(text);
  return PRESENT_WHEN.some((re) => re.test(lower));
}
