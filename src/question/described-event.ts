import { ordinalMentions } from './ordinal-mentions.js';
import { tokenize } from '../text/tokenize.js';

/**
 * An event named only by what it did or where it was: "the arcp mtg that got everyone ready for the 2nd GRF - who
 * opened it and where was it held", «الاجتماع اللي حضّر الدول للمنتدى العالمي الثاني للاجئين منو افتتحه؟». Which event
 * that is, is a question of its own ("which arcp mtg got everyone ready for the 2nd GRF?"); asked as written, the forum
 * it names was answered (Geneva, for where the meeting was held).
 */
export interface DescribedEvent {
  /** The words that describe it, as written: replaced by the event's name once answered. */
  phrase: string;
  /** Which event it is, asked: "which arcp mtg got everyone ready for the 2nd GRF?". */
  question: string;
  /**
   * It says what the event did of a thing named before it («والمنتدى اللي كان بيحضّر له اتعقد فين؟»): asked only with
   * what the conversation asked before, which names that thing.
   */
  pointsBack: boolean;
}

const KIND_EN = String.raw`(?:(?:arcp|las|regular|annual|extraordinary|regional|global|international)\s+){0,2}(?:meeting|mtg|session|consultation|conference|forum|summit)`;
/** What ends the description: a mark, a question word, or "and" before one. */
const END_EN = String.raw`(?=\s*(?:[-–—,:;?.!()]|\b(?:who|whom|where|when|what|which|how|and\s+(?:who|where|when|what|how))\b|$))`;
// ("the forum it was preparing for": the relative left out before a pronoun.)
const DESCRIBED_EN = new RegExp(String.raw`\bthe\s+(${KIND_EN})\s+(?:that\s+|which\s+|where\s+|at\s+which\s+|held\s+|convened\s+|(?=(?:it|they|he|she)\s+(?:was|were|had|is|are)\s))(.{6,120}?)${END_EN}`, 'i');

const KIND_AR = String.raw`(?:ال)?(?:اجتماع|دور[ةه]|مؤتمر|مشاور[ةه]|منتد[ىي]|قم[ةه])(?:\s+(?:ال)?(?:استثنائي|العادي|عادي|الإقليمي[ةه]?|الاقليمي[ةه]?))?`;
// (Not «من», «ما»: "from", "what" inside a description; after a comma they ask.)
const QUESTION_AR = String.raw`(?:منو|مين|وين|فين|أين|اين|متى|امتى|إمتى|ايمتى|إيمتى|شو|ايش|إيش|شنو|وش|كم|قديش|ماذا)`;
const END_AR = String.raw`(?=\s+و?${QUESTION_AR}(?![\u0621-\u064A])|\s*[،,؟?.:؛\-–—()]|$)`;
const DESCRIBED_AR = new RegExp(String.raw`(?<![\u0621-\u064A])[وف]?(${KIND_AR}(?:\s+[\u0621-\u064A]+){0,3}?)\s+(?:اللي|الذي|التي|اللى|الي)\s+(.{6,120}?)${END_AR}`, 'u');

const POINTS_BACK = /\b(?:it|its|them|their|that|this)\b|(?<![\u0621-\u064A])(?:في|ل|عن|من|ب)?(?:ه|ها|هم)(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:فيه|فيها|له|لها|عنه|عنها|منه|منها|به|بها)(?![\u0621-\u064A])|[\u0621-\u064A]{3,}(?:ها|هم)(?![\u0621-\u064A])/iu;

/** How far before the description a question word asks of it ("who opened the meeting that…", «تاريخ انعقاد الاجتماع الذي…»). */
const ASKED_BEFORE_CHARS = 60;
const ASKS_OF_IT_BEFORE = /\b(?:who|whom|when|where|which|what|how|date|dates|venue|place)\b|(?<![\u0621-\u064A])[وب]?(?:متى|امتى|إمتى|ايمتى|إيمتى|أين|اين|وين|فين|من|مين|منو|كم|قديش|تاريخ|موعد|مكان)(?![\u0621-\u064A])/iu;
const ASKS_OF_IT_AFTER = /^\s*[-–—,:،]?\s*(?:and\s+)?(?:who|whom|when|where|what|how)\b|^\s*[-–—,:،]?\s*و?(?:منو|مين|وين|فين|أين|اين|متى|امتى|إمتى|ايمتى|إيمتى|شو|ايش|إيش|شنو|وش|كم|قديش)(?![\u0621-\u064A])|^\s*[-–—,:،]\s*و?(?:من|ما)(?![\u0621-\u064A])/iu;

export function describedEvent(text: string): DescribedEvent | undefined {
  const en = DESCRIBED_EN.exec(text);
  const ar = en ? undefined : DESCRIBED_AR.exec(text);
  const found = en ?? ar;
  if (!found) return undefined;
  // "the 9th meeting that prepared states for the GRF" is named already by its number; «…الذي حضّر الدول للمشاركة فيه»
  // says what it did of a thing named before it, which the question of which meeting would lack.
  if (ordinalMentions(tokenize(found[1]!)).length > 0) return undefined;
  // «نرجو إفادتنا عن الاجتماع الذي أصدر ورقة الموقف…» asks which meeting that is: only a question asked of it ("who
  // opened it", «بتاريخ انعقاد…») is asked of the meeting once known.
  const before = text.slice(Math.max(0, found.index - ASKED_BEFORE_CHARS), found.index);
  const after = text.slice(found.index + found[0].length);
  if (!ASKS_OF_IT_BEFORE.test(before) && !ASKS_OF_IT_AFTER.test(after)) return undefined;
  const verbOn = afterKind(found);
  const question = en ? `which ${found[1]} ${/^held|^convened/i.test(verbOn) ? verbOn : found[2]}?` : `أي ${found[1]!.replace(/^ال/u, '').replace(/\s+ال(?=[\u0621-\u064A])/gu, ' ')} ${found[2]}؟`;
  return { phrase: found[0], question, pointsBack: POINTS_BACK.test(found[2]!) };
}

/** The words after the kind, from the verb on ("held in Cairo at the end of May 2023"). */
function afterKind(found: RegExpExecArray): string {
  return found[0].slice(found[0].indexOf(found[1]!) + found[1]!.length).trim();
}
