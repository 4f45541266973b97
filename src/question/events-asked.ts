import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { spansYears } from './time-range.js';
import type { QuestionType, TimeRange } from './types.js';
import { ordinalMentions, type OrdinalMention } from './understand.js';

/** "Which meetings…", "what events…", «ما الاجتماعات التي…», «وش الفعاليات اللي…»: a set of events asked. */
const EVENTS_ASKED = [
  // (Not the events something is for: "which international events (and processes) does the ARCP prepare member states for?" asks
  // for the deck's list of them, not for the records of events, one line each.)
  /\b(?:which|what)\s+(?:\S+\s+){0,2}?(?:meetings|events|consultations|conferences|sessions|gatherings)\b(?!\s+(?:of|in|on)\s+(?:the\s+)?\d)(?!\s+(?:(?:and|or)\s+\S+\s+)?(?:does|do|will|would|should|can)\s+(?!it\b|they\b)\S+\s+(?:\S+\s+){0,4}?(?:prepare|prepares|cover|covers|follow|follows|feed|feeds|contribute|contributes)\b)/,
  // "a list of the meetings and events held in 2021", «قائمة الاجتماعات والفعاليات التي عُقدت خلال 2021»: asked as a list.
  /\ba\s+list\s+of\s+(?:the\s+|all\s+)?(?:\S+\s+){0,2}?(?:meetings|events|statements|position papers|contributions|consultations|conferences)\b|(?<![\u0621-\u064A])(?:ب)?قائم[ةه]\s+(?:ب)?(?:ال)?(?:اجتماعات|فعاليات|مشاورات|مؤتمرات|دورات|لقاءات|بيانات|مساهمات)(?![\u0621-\u064A])/u,
  /(?<![\u0621-\u064A])(?:ما|ماهي|ما هي|وش|ايش|شو|اي|ايه|اشنو)\s+(?:هي\s+)?(?:ال)?(?:اجتماعات|فعاليات|مشاورات|مؤتمرات|دورات|لقاءات)(?![\u0621-\u064A])/u,
  // "List the World Refugee Day statements", "which final statements mention climate?", «اذكر البيانات…»,
  // «ما البيانات الختامية التي…»: the records of past positions, one line each.
  /\b(?:which|what)\s+(?:\S+\s+){0,3}?(?:statements|position papers|contributions)\b|\b(?:list|name|enumerate)\s+(?:all\s+)?(?:the\s+)?(?:\S+\s+){0,3}?(?:meetings|statements|position papers|contributions|consultations)\b/,
  /(?<![\u0621-\u064A])(?:ما|ماهي|ما هي|وش|ايش|شو|اي|ايه|اشنو|اذكر|اذكري|عدد|عددي)\s+(?:هي\s+|لي\s+|لنا\s+)?(?:كل\s+)?(?:ال)?(?:بيانات|اوراق الموقف|مساهمات)(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:اذكر|اذكري|عدد|عددي)\s+(?:لي\s+|لنا\s+)?(?:كل\s+)?(?:ال)?(?:اجتماعات|مشاورات|مؤتمرات)(?![\u0621-\u064A])/u,
];

/**
 * "Which years were WRD statements issued?", "show me all annual statements from 2018", «اذكر السنوات التي
 * صدر فيها بيان…»: the years of a kind of record, or all of its records, one line each.
 */
const RECORDS_ASKED = [
  // One year asked is a set only of records named in the plural: "in what year did the ARCP hold its first
  // meeting?" asks one date (it was laid out as the records of several years).
  /\b(?:which|what|in which|in what) years\b[^?]{0,60}\b(?:statements?|positions?|papers?|contributions?|meetings?|issued|held|published)\b/,
  /\b(?:which|what|in which|in what) year\b[^?]{0,60}\b(?:statements|positions|papers|contributions|meetings)\b/,
  /\b(?:show|give|list|send)\s+(?:me\s+|us\s+)?all\b|\ball (?:the |its |arcp'?s? )?(?:\S+\s+){0,2}?(?:statements|positions|position papers|contributions|meetings)\b/,
  /(?<![\u0621-\u064A])(?:(?:في\s+)?(?:اي|ما|ماهي|ما هي)\s+(?:ال)?(?:سنوات|اعوام)|(?:ال)?(?:سنوات|اعوام)\s+(?:التي|اللي))(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:كل|جميع)\s+(?:ال)?(?:بيانات|مواقف|اوراق|مساهمات|اجتماعات)(?![\u0621-\u064A])/u,
];

/**
 * "What did each meeting from the 8th to the 11th focus on?", "Who opened the 5th, the 8th and the 11th
 * meetings?": three events or more named by their numbers are a set, one line each (the 8th and the 11th
 * alone answered the first).
 */
const SEVERAL_NAMED = 3;
export const namesSeveralEvents = (ordinals: readonly unknown[]) => ordinals.length >= SEVERAL_NAMED;

export function asksForEvents(question: string): boolean {
  const text = normalizeForMatch(question);
  return EVENTS_ASKED.some((re) => re.test(text)) || RECORDS_ASKED.some((re) => re.test(text)) || namesSeveralEvents(ordinalMentions(tokenize(text)));
}

/**
 * "Which ARCP meeting prepared states for the first IMRF?", «أي اجتماع حضّر الدول للمنتدى…؟»: one event asked
 * for by what it did. The events it names (the first IMRF) describe the one asked for, which the answer
 * names; "that meeting" after it is not one of them.
 */
const ONE_EVENT_ASKED = [
  /\b(?:which|what)\s+(?:\S+\s+)?(?:meeting|session|event|consultation|conference|gathering|forum|summit)\b(?!\s+(?:of|in|on)\s+(?:the\s+)?\d)/,
  /(?<![\u0621-\u064A])(?:اي|ايا|ايه|انهي|ما|ماهو|ما هو|وش|شو|ايش)\s+(?:هو\s+)?(?:ال)?(?:اجتماع|فعاليه|مشاوره|مؤتمر|دوره|لقاء|منتدي)(?![\u0621-\u064A])/u,
];

export function asksWhichEvent(question: string): boolean {
  const text = normalizeForMatch(question);
  return ONE_EVENT_ASKED.some((re) => re.test(text));
}

/**
 * "Since 2019, who has opened the ARCP's regular meetings?", «أين عُقدت اجتماعات العملية منذ 2020؟»: events named in
 * the plural, whose date, place or actor a span asks of each (one opener, of a meeting of 2021, answered it).
 */
const EVENTS_IN_PLURAL = /\b(?:meetings|sessions|statements|reviews|conferences|consultations|forums)\b|(?<![\u0621-\u064A])(?:ال)?(?:اجتماعات|دورات|بيانات|مؤتمرات|مشاورات)(?![\u0621-\u064A])/u;

/** Whether a question asks the actor or place of each event it names in the plural over a span of years. */
export function asksFactOfEachEvent(question: string, types: readonly QuestionType[], time: TimeRange): boolean {
  return spansYears(time) && (types[0] === 'who' || types[0] === 'where') && EVENTS_IN_PLURAL.test(normalizeForMatch(question));
}

/**
 * Three records or more named by year or number ("the 2020 WRD statement, the 2021 WRD event and the 9th meeting in
 * 2023"): what is asked is asked of each. (Not "between 2019 and 2023", nor "from 2019 to 2024 — before that,
 * 2015-2017": the ends of spans.) `mentions`: the question's ordinals, when the caller has read them.
 */
const SEVERAL_RECORDS = 3;
/** A year as a question writes it in digits. */
export const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/g;
/** Two years said as the ends of a span: "2015-2017", "from 2019 to 2024", «بين 2021 و2025». */
const SPAN = /(?<!\d)(?:19|20)\d\d\s*(?:[-–]|to|and|until|till|through|thru|الى|إلى|حتى|لين|و|ل)\s*(?:19|20)\d\d(?!\d)/giu;
export function namesSeveralRecords(question: string, mentions: readonly OrdinalMention[] = ordinalMentions(tokenize(question))): boolean {
  const years = new Set([...question.replace(SPAN, ' ').matchAll(YEAR)].map((m) => m[1]));
  // (An ordinal that counts nothing named is no record: "we would first be grateful to know…".)
  return years.size + mentions.filter((m) => m.kind).length >= SEVERAL_RECORDS;
}
