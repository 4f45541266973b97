import { isStopword } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import type { QuestionKeys } from './answer-evidence.js';
import { overlaps } from './quote-overlap.js';
import type { ScoredUnit } from './unit-scoring.js';
import type { Unit } from './units.js';

/**
 * A list, or a sentence enumerating (three commas or more). Asked for a list of something named ("what are
 * the member states?"), one that names it before its items ("22 member states: Algeria, …") answers in
 * full, and a list of something else (the ARCP's six objectives, which mention member states) hardly; so does
 * the list of another owner than the one asked (`ofOwner`: the question's words, when it names more than what is
 * listed).
 */
export function listEvidence(unit: Unit, raw: string, isListed: QuestionKeys | undefined, ofOwner?: QuestionKeys): number {
  const named = unit.kind === 'sentence' ? namedThenItems(raw) : undefined;
  const enumerates = unit.kind === 'list' || (raw.match(/[,،;؛]/g)?.length ?? 0) >= 3 || named !== undefined;
  if (!enumerates) return 0;
  const full = unit.kind === 'list' ? 1 : 0.5;
  if (!isListed) return full;
  // What a list is of: its heading, or what a sentence says before the colon that opens its items.
  const colon = raw.search(/[:：]/);
  const head = unit.kind === 'list' ? raw.split('\n')[0]! : colon > 0 ? raw.slice(0, colon) : named;
  // Clauses joined by commas («تجمع الأوراق من الدول الأعضاء…، وتعمّمها…، وتنشرها…») list nothing asked.
  if (head === undefined) return full * OTHER_LIST;
  const words = tokenize(head);
  if (!words.some(isListed)) return full * OTHER_LIST;
  // "The six objectives of the ARCP", «أهداف المشاورة»: the list of another thing than the one whose list is
  // asked ("gcm objectives", «أهداف الاتفاق العالمي للهجرة» were answered with them).
  return ofAnother(words, isListed, ofOwner) ? OTHER_LIST : 1;
}

/**
 * "The Working Group is one of the four partners of the ARCP named in the deck, with ESCWA, IOM and UNHCR": what a
 * sentence names before short items joined by commas and a last "and" («…، والإسكوا، والمنظمة الدولية للهجرة…»),
 * which it lists; undefined for clauses joined by commas.
 */
function namedThenItems(raw: string): string | undefined {
  const comma = raw.search(/[,،]/);
  if (comma <= 0) return undefined;
  const items = raw.slice(comma + 1).replace(/[.。]\s*$/u, '').split(/\s*[,،]\s*(?:(?:and|و)\s*)?|\s+and\s+/u).map((i) => i.trim()).filter(Boolean);
  const short = items.length >= MIN_NAMED_ITEMS && items.every((i) => i.split(/\s+/).length <= MAX_ITEM_WORDS);
  return short ? raw.slice(0, comma) : undefined;
}
const MIN_NAMED_ITEMS = 3;
const MAX_ITEM_WORDS = 5;

/** Whether a list's heading names an owner (words besides what is listed and its size) the question does not. */
function ofAnother(heading: readonly string[], isListed: QuestionKeys, ofOwner: QuestionKeys | undefined): boolean {
  const owner = heading.filter((w) => !isListed(w) && !isStopword(w) && !/\d/.test(w) && !SIZE_WORD.test(w) && w.length > 2);
  return ofOwner !== undefined && owner.length > 0 && !owner.some(ofOwner);
}
/** A list's size in its heading ("the six objectives", «الأهداف الستة»): no owner. */
const SIZE_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:ال)?(?:اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر)[\u0621-\u064A]{0,3})$/u;
/** A list of another thing than the one asked for, against one of it. */
const OTHER_LIST = 0.3;

/**
 * "How many Palestine refugees did the 2020 statement cite?": the statement's list of points and its item
 * that gives the figure hold the question's words alike, and the list came first by reading order, so the
 * answer was seven points for one figure. A list that ties with one of its own items gives way to the item,
 * unless a list or the record as a whole is what is asked.
 */
export function itemsBeforeTheirList(scored: readonly ScoredUnit[], asksForAList: boolean): void {
  if (asksForAList) return;
  for (const list of scored) {
    if (list.unit.kind !== 'list') continue;
    const items = scored.filter((s) => s.unit.kind === 'sentence' && overlaps(s, list) && s.score >= list.score && s.evidence[0]! >= list.evidence[0]!);
    // One item that says it all; two or more that tie ("what figures did it cite?", 41.4 million migrants and
    // 9.3 million refugees) are the list's to say together.
    if (items.length === 1) list.score = items[0]!.score * ITEM_OVER_LIST;
  }
}
/** Just below its item: the list keeps its place among the other quotes. */
const ITEM_OVER_LIST = 0.999;
