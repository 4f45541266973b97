import { arabicWords, englishWords } from '../question/cues.js';
import { PLACES_AR, PLACES_EN } from '../question/place-names.js';

/** A place a meeting is held in, or the way it is held: the "where" answered. */
export const PLACE = [englishWords(PLACES_EN), arabicWords(PLACES_AR)];
/**
 * A place said to be where something was held ("was held in Geneva", «عُقد … في جنيف», «بمقر الجامعة»,
 * "online"): a place named for another reason ("violations in Gaza", "funding for UNRWA for Gaza") answers
 * "where" less. The verb may stand far from the place in the long sentences of meeting reports («عُقدت
 * المشاورة الإقليمية حول الهجرة الدولية… يومي 26 و27 سبتمبر/أيلول 2017 في بيت الأمم المتحدة في بيروت»:
 * 27 words apart).
 */
const FORMATS_EN = ['online', 'virtual', 'virtually', 'videoconference', 'video conference', 'in person'];
const HELD_EN = '(?:held|hosted|convened|met|took place|opened|organi[sz]ed|launched|adopted|signed|issued)';
// (With «و» or «ف» on it, «وعُقدت قمتها في كيتو»; and as the participle, «المنعقد في القاهرة».)
const HELD_AR = '(?:[وف]?(?:عقد|عقدت|انعقد|انعقدت|يعقد|تعقد|استضاف|استضافت|نظم|نظمت|افتتح|افتتحت|اجتمع|اعتمد|اعتمدت|وقع|وقعت|اطلق|اطلقت|صدر|صدرت)|(?:ال)?منعقد[ةه]?)';
const placeAr = PLACES_AR.map((p) => p.replace(/^ال/, '(?:ال)?').replaceAll(' ', '\\s+')).join('|');
export const LOCATED = [
  new RegExp(`\\b${HELD_EN}\\b(?:\\s+\\S+){0,30}?\\s+(?:in|at)\\s+(?:the\\s+)?(?:${PLACES_EN.join('|')})\\b|\\bat\\s+(?:the\\s+)?(?:\\S+\\s+){0,3}?headquarters\\b|\\b(?:${FORMATS_EN.join('|')})\\b`),
  new RegExp(
    `(?<![\\u0621-\\u064A])${HELD_AR}(?![\\u0621-\\u064A])(?:\\s+\\S+){0,30}?\\s+(?:في\\s+|[وف]?ب)(?:${placeAr})(?![\\u0621-\\u064A])|(?:في|ب)\\s*مقر|عبر\\s+(?:تقنيه\\s+)?(?:الاتصال|الانترنت)|عن\\s+بعد|افتراضيا|(?<![\\u0621-\\u064A])حضوريا?(?![\\u0621-\\u064A])`,
    'u',
  ),
];

/**
 * The event said to be held, with no place ("The 4th meeting was held in 2018"): where the record does not
 * say where, the sentence that says it was held is nearer the question than one on what it discussed.
 */
export const HELD_NO_PLACE = [
  new RegExp(`\\b(?:was|were|been) (?:held|hosted|convened)\\b`),
  new RegExp(`(?<![\\u0621-\\u064A])(?:عقد|عقدت|انعقد|انعقدت)(?![\\u0621-\\u064A])`, 'u'),
];
