import { normalizeForMatch } from '../text/normalize.js';
import { arabicWords, englishWords, RECORD_NOUN_EN } from './cues.js';
import { asksPositionsOfRecord } from './positions-of-record.js';
import type { QuestionType } from './types.js';

/**
 * "Tell me about the 6th meeting", "what do you know about the 2019 statement?", "brief me on the July 2017
 * meeting", «حدثني عن الاجتماع السادس», «شو بتعرف عن الاجتماع الثامن؟», «نبذة عن…»: a thing asked about as
 * a whole, no one fact of it. Such a question is answered by what the thing was (the record's opening:
 * what, when, where) and then its main points, not by whichever of its sentences repeats its name most.
 */
const OVERVIEW = [
  englishWords([
    'tell (?:me|us) (?:a (?:bit|little) |more )?about',
    'what (?:do|can) you (?:know|tell (?:me|us)) (?:of|about)',
    'what (?:is|was) (?:there )?(?:known|on record) (?:of|about)',
    'brief (?:me|us) (?:on|about)',
    'briefing on',
    '(?:an |a short |a brief |quick )?(?:overview|background|rundown|summary) (?:of|on)',
    'give (?:me|us) (?:an |a |some )?(?:overview|background|information|info|details)(?: (?:of|on|about))?',
    '(?:any |some )?(?:information|info) (?:on|about)',
  ]),
  arabicWords([
    'حدثني عن', 'حدثنا عن', 'حدثوني عن', 'حدثونا عن', 'كلمني عن', 'كلمنا عن', 'احكيلي عن', 'احكي لي عن', 'احكيلنا عن', 'قلي عن', 'قللي عن', 'قول لي عن',
    'ماذا تعرف عن', 'ماذا تعرفون عن', 'ما الذي تعرفه عن', 'شو بتعرف عن', 'شو تعرف عن', 'ايش تعرف عن', 'وش تعرف عن', 'اشنو تعرف عن', 'تعرف ايه عن', 'تعرف اي شي عن',
    'نبذه عن', 'لمحه عن', 'معلومات عن', 'ملخص عن', 'فكره عن', 'خلفيه عن',
  ]),
];

/** Kinds that name one fact or a shape of answer: a question typed so asks for that, not for the whole. */
const SPECIFIC: ReadonlySet<QuestionType> = new Set(['when', 'where', 'who', 'how-many', 'how-often', 'why', 'list', 'compare', 'evolution', 'yes-no', 'which']);

/**
 * "What did the 2019 World Refugee Day statement say?", "What did the 2016 final statement cover?", "What did the
 * 3rd meeting produce?", «ماذا قال بيان اليوم العالمي للاجئين 2019؟», «ماذا تضمن البيان الختامي؟»: what a
 * record itself said, as a whole — the record is the one that says (not "what did Abu Ghazaleh say at the 9th
 * meeting", whose speaker is asked), and no point of it is named ("…say about Gaza?" asks that point).
 */
const SAYING_EN = String.raw`(?:say|said|cover|contain|include|address|produce|set\s+out|state|express|propose|recommend|call\s+for|stress|emphasi[sz]e|highlight|focus\s+on|discuss|adopt|agree(?:\s+on)?|conclude|decide|aim\s+(?:at|to\s+do|for))`;
const CONTENTS = [
  // ("…say - need the full text": a dashed aside after the question adds no point of it.)
  new RegExp(String.raw`\bwhat\s+(?:did|does|do|has|have)\s+(?:the\s+)?[^?]{0,80}?\b${RECORD_NOUN_EN}(?:\s+(?:of|for|on)\s+[^?]{1,60}?)?\s+${SAYING_EN}\s*(?:in\s+(?:it|full|short|brief))?\s*(?:[?.]|\s[-–—]\s[^?]*)?$`),
  new RegExp(String.raw`\bwhat\s+(?:was|were)\s+(?:in|the\s+(?:content|contents|substance|gist)\s+of)\s+(?:the\s+)?[^?]{0,80}?\b${RECORD_NOUN_EN}\b[^?]{0,40}[?.]?$`),
  // "The gist of the 2019 statement", "the substance of…" (not "the full contents of…": the full text, which
  // the record may say it lacks).
  new RegExp(String.raw`(?<!\b(?:full|whole|entire)\s+)\b(?:content|contents|substance|gist)\s+of\s+(?:the\s+)?[^?]{0,80}?\b${RECORD_NOUN_EN}\b[^?]{0,40}[?.]?$`),
  // "What came out of it?", "what came out of the 3rd meeting?": what a record produced.
  /\bwhat\s+(?:came|comes|has\s+come|have\s+come|did\s+come)\s+out\s+of\s+(?:it|that|this|them|the\s+[^?]{1,60})\s*[?.]?$/,
  // "If not, what did it cover?" after the statement is named: the record is the one the question before named.
  new RegExp(String.raw`\bwhat\s+(?:did|does|do)\s+(?:it|they|this|that|these|those)(?:\s+(?:statement|meeting|paper|recommendations|document|one))?\s+${SAYING_EN}\s*[?.]?$`),
  // «بماذا طالب بيان اليوم العالمي للاجئين 2017؟», «بماذا طالبت العملية في بيانها…؟», «إلامَ دعا البيان…؟»: what it called for.
  /(?:^|\s)(?:بماذا|بما|الام|الي\s+ماذا)\s+(?:طالب|طالبت|دعا|دعت)\s+(?:[\u0621-\u064A]+\s+){0,4}?(?:في\s+)?(?:ال)?(?:بيان|بيانها|بيانه|اجتماع|ورقه|توصيات|مساهمه|اعلان|مؤتمر|مشاوره|استعراض)(?![\u0621-\u064A])/u,
  /(?:^|\s)(?:ماذا|ما\s+الذي|ما\s+اللي|شو|ايش|وش|اشنو|شنو|ايه\s+اللي)\s+(?:قال|قالت|تضمن|تضمنت|جاء\s+في|ورد\s+في|تناول|تناولت|ناقش|ناقشت|اعتمد|اعتمدت|اصدر|اصدرت|طرح|طرحت|حمل|حملت|ركز|ركزت)\s+(?:علي(?:ه|ها)\s+)?(?:ال)?(?:بيان|اجتماع|ورقه|توصيات|مساهمه|اعلان|رسائل|مؤتمر|مشاوره|استعراض)(?![\u0621-\u064A])/u,
];
/**
 * "What was the main aim of the 9th meeting?", "the goal of…": what it was for, as its record lists it under
 * "Aims" or "Topics", not a sentence that repeats its name. ("The purpose of…" asks why, which the record's
 * sentences of purpose answer: asked as contents, three such answers lost a fact.)
 */
const AIM_OF = new RegExp(String.raw`\bwhat\s+(?:was|were|is|are)\s+(?:the\s+)?(?:main\s+|principal\s+|key\s+)?(?:aim|goal|objective|topic|theme)s?\s+(?:of|for)\s+(?:the\s+)?[^?]{0,80}?\b(?:${RECORD_NOUN_EN}|gathering)\b[^?]{0,40}[?.]?$`);
const MAIN_POINTS = [
  new RegExp(String.raw`\b(?:main|key|principal|major)\s+(?:points|messages|elements|highlights)\s+(?:of|in)\s+(?:the\s+)?[^?]{0,60}?\b${RECORD_NOUN_EN}\b`),
  // "wrd 2019 statement main pts": in chat the record is named first.
  new RegExp(String.raw`\b${RECORD_NOUN_EN}\s+(?:main|key)\s+(?:points|pts|messages|highlights)\b`),
  /(?:^|\s)(?:ابرز|اهم)\s+(?:ما\s+(?:جاء|ورد|تضمن|تضمنه|تضمنته)\s+(?:في\s+)?|نقاط\s+)(?:ال)?(?:بيان|اجتماع|ورقه|توصيات|مساهمه|اعلان|رسائل)(?![\u0621-\u064A])/u,
  // The record named first, its points after: "the 2023 statement, or at least its highlights", «نص بيان 2023،
  // أو أبرز ما تضمنه».
  new RegExp(String.raw`\b${RECORD_NOUN_EN}\b[^?]{0,80}?\bits\s+(?:main\s+|key\s+)?(?:points|highlights|messages)\b`),
  /(?:^|\s)(?:ال)?(?:بيان|اجتماع|ورقه|توصيات|مساهمه|اعلان|رسائل)(?![\u0621-\u064A])[^؟?]{0,80}?\s(?:ب|و|وب)?(?:ابرز|اهم)\s+ما\s+(?:تضمنه|تضمنته|جاء\s+فيه|جاء\s+فيها|ورد\s+فيه|ورد\s+فيها|فيه|فيها)(?![\u0621-\u064A])/u,
];
/** What a record says of one thing: "…say about Gaza?", «…عن غزة؟», «…بشأن الأونروا». */
// (And «شنو قال بيان 2023 على السودان؟»: the Gulf's "said on", with a verb of saying.)
const OF_ONE_POINT = /\b(?:about|on\s+the\s+(?:issue|question|subject)\s+of|regarding|concerning|as\s+regards|with\s+regard\s+to)\b|(?:^|\s)(?:عن|بشان|حول|بخصوص|فيما\s+يتعلق)\s|(?<![\u0621-\u064A])(?:قال|قالت|ذكر|ذكرت)(?:\s+\S+){0,6}?\s+علي\s/u;
/**
 * "a short summary of what the 2025 statement said about UNRWA", «ملخص عمّا قاله البيان عن الأونروا»: a summary asked
 * of what was said of one point, which is that point's sentences, not the record as a whole.
 */
const SAID_OF_ONE_POINT = /\bwhat\s+[^?]{0,80}?\b(?:said|says|say|stated|states|wrote|called\s+for|stressed)\s+(?:about|on|regarding|concerning|as\s+regards)\b|(?:ما|ماذا|عما|عن\s+ما)\s+(?:قاله|قال|قالت|قالته|ذكر|ذكره|ذكرت|ذكرته|ورد|جاء)\s[^؟?]{0,80}?(?:عن|بشان|حول|بخصوص)\s/u;

/**
 * 'record' when the thing is asked about as a whole ("tell me about…": its opening, then its main points),
 * 'contents' when what a record said is asked (its points, the list of them when it has one).
 */
export function asksOverview(text: string, types: readonly QuestionType[]): 'record' | 'contents' | undefined {
  const lower = normalizeForMatch(text);
  // "The main points of the 2019 statement", «أبرز ما جاء في بيان 2019»: its points, asked as a list.
  if (types[0] === 'list' && MAIN_POINTS.some((re) => re.test(lower)) && !OF_ONE_POINT.test(lower)) return 'contents';
  if (AIM_OF.test(lower) && !types.some((t) => SPECIFIC.has(t))) return 'contents';
  if (types.some((t) => SPECIFIC.has(t))) return undefined;
  if (OVERVIEW.some((re) => re.test(lower))) return SAID_OF_ONE_POINT.test(lower) ? undefined : 'record';
  if (asksPositionsOfRecord(text)) return 'contents';
  return CONTENTS.some((re) => re.test(lower)) && !OF_ONE_POINT.test(lower) ? 'contents' : undefined;
}
