import { namesExtraordinary, ordinalMentions } from '../question/understand.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { unitText, type Unit } from './units.js';

/**
 * "Which ARCP regular meetings were held by videoconference?", «ما الاجتماعات الاستثنائية التي…»: meetings of one
 * kind, each line one of them (the regional review conference and the consultations on the GCR, held online
 * too, were lines of the regular meetings asked).
 */
const REGULAR_ASKED = /\bregular\s+(?:meetings|sessions)\b|(?<![\u0621-\u064A])(?:ال)?اجتماعات\s+(?:ال)?عادي[هة]/u;
const EXTRAORDINARY_ASKED = /\bextraordinary\s+(?:meetings|sessions)\b|(?<![\u0621-\u064A])(?:ال)?اجتماعات\s+(?:ال)?استثنائي[هة]/u;
const REGULAR_TOLD = /\bregular\s+meeting|(?<![\u0621-\u064A])(?:ال)?اجتماع(?:ات|ا)?\s+(?:ال)?عادي|(?:ال)?اجتماع(?:ها)?\s+(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي)/u;

/** The kind of meetings a question asks for, when it names one. */
export function kindAsked(question: string): 'regular' | 'extraordinary' | undefined {
  const norm = normalizeForMatch(question);
  return EXTRAORDINARY_ASKED.test(norm) ? 'extraordinary' : REGULAR_ASKED.test(norm) ? 'regular' : undefined;
}

/** Whether a unit tells of a meeting of that kind (a numbered meeting not called extraordinary is a regular one). */
export function tellsOfKind(unit: Unit, kind: 'regular' | 'extraordinary'): boolean {
  const norm = normalizeForMatch(unitText(unit));
  const tokens = tokenize(norm);
  if (kind === 'extraordinary') return namesExtraordinary(tokens);
  return REGULAR_TOLD.test(norm) || (!namesExtraordinary(tokens) && ordinalMentions(tokens).some((m) => m.kind === 'meeting'));
}
