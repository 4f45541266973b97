import type { LetterQuestion } from './letter.js';
import { ordinalMentions } from './understand.js';
import { arabicOrdinalWord, englishOrdinalWord } from '../text/ordinals.js';
import { tokenize } from '../text/tokenize.js';
import { normalizeForMatch } from '../text/normalize.js';
import { namesEvent } from './sentence-parts.js';

/**
 * "…two milestones: the ARCP's extraordinary meeting that agreed the key messages, and the consultation ESCWA held
 * in Beirut. Please let us have the date of each.", «…محطتين: الاجتماع الاستثنائي…، والمشاورة الإقليمية التي نظمتها
 * الإسكوا في بيروت. نرجو إفادتنا بتاريخ كل منهما.»: an ask of "each of them" is asked of each thing the sentence
 * before lists (asked once, "each" named nothing, and one date stood for both).
 */
const EACH_AR = /(?<![\u0621-\u064A])(?:ل?كل\s*[ٍّ]*\s*(?:منهما|منها|منهم|واحد[ةه]?\s+منهما)|كليهما|كلتيهما)(?![\u0621-\u064A])/u;
// ("each" alone only where the ask ends: "what did each member state pledge?" asks of every state, not of a list.)
const EACH_EN = /\b(?:each\s+of\s+(?:them|the\s+two|these|those)|each\s+one|both\s+of\s+them|each(?=\s*[.?!]*\s*$))\b/i;
/** What the sentence before lists, after its colon: "…two milestones: A, and B", «…محطتين: أ، وب». */
const LISTED_AFTER = /[:：]\s*(.+)$/su;
const ITEM_SPLIT = /\s*[،,]\s*(?:و(?=\S)|and\s+)|\s+and\s+(?=the\s)/iu;
const MIN_ITEM_WORDS = 2;
const MAX_ITEMS = 4;

export function eachAsked(ask: string, before: string | undefined): LetterQuestion[] {
  const arabic = /[\u0600-\u06FF]/.test(ask);
  const each = (arabic ? EACH_AR : EACH_EN).exec(ask);
  const listed = before ? LISTED_AFTER.exec(before)?.[1] : undefined;
  if (!each) return [];
  if (!listed) return eachOfTwoSet(ask, each[0]) ?? eachMeetingNamed(ask, each[0], arabic);
  const items = listed
    .replace(/[.。]\s*$/u, '')
    .split(ITEM_SPLIT)
    .map((item) => item.trim())
    .filter((item) => item.split(/\s+/).length >= MIN_ITEM_WORDS);
  if (items.length < 2 || items.length > MAX_ITEMS) return [];
  return items.map((item, i) => ({ text: ask.replace(each[0], item), label: String(i + 1) }));
}

/**
 * "the 8th and the 10th regular arcp meetings were both about the gcm, but what was each of them prepping member states
 * for": each meeting the sentence numbers, asked what follows the last "but" (the 10th alone was answered).
 */
const ASK_AFTER = /^.*(?:[,،;]\s*(?:but|so|and)\s+|[،,]\s*(?:لكن|ولكن|بس)\s+)/isu;

function eachMeetingNamed(sentence: string, each: string, arabic: boolean): LetterQuestion[] {
  const meetings = ordinalMentions(tokenize(normalizeForMatch(sentence))).filter((m) => m.kind === 'meeting');
  const numbers = [...new Set(meetings.map((m) => m.n))];
  if (numbers.length < 2 || numbers.length > MAX_ITEMS) return [];
  const ask = sentence.replace(ASK_AFTER, '');
  if (ask === sentence || !ask.includes(each)) return [];
  const named = (n: number) => (arabic ? `الاجتماع ${arabicOrdinalWord(n, 'masculine') ?? ''}` : `the ${englishOrdinalWord(n)} meeting`);
  return numbers.map((n, i) => ({ text: ask.replace(each, named(n)), label: String(i + 1) }));
}

/**
 * "…we would like to set the emphasis of the League's Secretary-General alongside that of the ESCWA Executive Secretary:
 * what did each of them stress in their remarks?": the two set side by side before the colon, each asked what follows.
 */
const TWO_SET = /\bof\s+(.{3,80}?)\s+(?:alongside|beside|against|versus|vs\.?|and)\s+(?:that|those)\s+of\s+(.{3,80}?)\s*:\s*(.+)$/isu;

function eachOfTwoSet(ask: string, each: string): LetterQuestion[] | undefined {
  const m = TWO_SET.exec(ask);
  if (!m || !m[3]!.includes(each)) return undefined;
  return [m[1]!, m[2]!].map((who, i) => ({ text: m[3]!.replace(each, who.trim()).replace(/\btheir\b/i, 'the'), label: String(i + 1) }));
}

/**
 * A letter's one ask of "each", with the sentence before it: each is of the event that sentence names ("…a summary of the
 * Second Regional Review Conference (July 2024). … what did each of them stress?"), unless that sentence lists the things
 * themselves («…محطتين: الاجتماع الاستثنائي…، والمشاورة الإقليمية…»).
 */
export function eachAskedAfter(ask: string, before: string | undefined, eventOf: (text: string) => string | undefined): LetterQuestion[] {
  const each = eachAsked(ask, before);
  const ofEvent = before !== undefined && !/[:：]/u.test(before) && !namesEvent(ask) ? eventOf(before) : undefined;
  return ofEvent ? each.map((q) => ({ ...q, context: ofEvent })) : each;
}
