import { eventOf } from '../question/letter.js';
import { askedTypes } from '../question/question-types.js';
import type { FollowUp } from './followup.js';
import { ORDINAL_AR, ORDINAL_EN } from './neighbour-follow-up.js';

/**
 * Follow-ups that lean on the question before by what they say of it (core/followup.ts reads the turn): a thing
 * named by what the previous subject did with it, a claim whose subject is "it", what someone said with no
 * occasion of its own, "that meeting" after a question on its statement; and a turn that names its own meeting
 * and asks its own question.
 */

/**
 * «والاجتماع الاستثنائي اللي أوصى فيه، إمتى كان؟», «والمنتدى اللي كان بيحضّر له…», "and the extraordinary meeting it recommended, when was it?": a thing
 * named by what the previous question's subject did with it is of that subject (alone, the 2016 and 2017
 * extraordinary meetings were two, and the question was refused).
 */
const RELATIVE_BACK =
  /(?<![\u0621-\u064A])(?:اللي|الي|الذي|التي|اللذي)\s+(?:[\u0621-\u0652]+\s+){1,2}(?:فيه|فيها|به|بها|عنه|عنها|عليه|عليها|اليه|اليها|إليه|إليها|له|لها)(?![\u0621-\u064A])|\b(?:that|which)?\s*(?:it|they)\s+(?:recommended|called\s+for|proposed|prepared\s+for|mentioned|adopted|issued|decided|agreed\s+on|endorsed|cited|referred\s+to|followed\s+up)\b/iu;

/** «صحيح انه», «مظبوط انها»: the check, then "it" — the verdict word kept (1), "that it" to be replaced. */
const CHECKED_OF_IT_AR = String.raw`(صحيح|صح|مظبوط|مضبوط|مزبوط)\s+(?:انه|إنه|أنه|انها|إنها|أنها|انو|إنو)\s`;
/**
 * "is it true it was held in person at LAS HQ in Cairo?", «صحيح انه كان حضوري بمقر الجامعة؟»: a claim whose subject is
 * "it", of what was asked before (checked alone, the 2024 review held in Cairo bore it out).
 */
const CLAIM_OF_IT = new RegExp(
  String.raw`^(?:so\s+)?(?:is\s+it\s+(?:true|correct|right)\s+(?:that\s+)?|(?:and\s+)?(?:was|were|did|has|had)\s+)(?:it|they)\b|^و?(?:هل\s+)?${CHECKED_OF_IT_AR}`,
  'iu',
);

/** "…did Abu Ghazala say…", «قالت أبو غزالة…»: what someone said. */
const SAID_BY = /\b(?:did|does)\s+(?:[\w'-]+\s+){1,3}?(?:say|mention|state|cite|note|describe|call\s+for|stress|announce)\b|(?<![\u0621-\u064A])(?:قال|قالت|ذكر|ذكرت|اكد|اكدت|أكد|أكدت|دعا|دعت|طالب|طالبت)(?![\u0621-\u064A])/iu;

/**
 * The claim with the meeting the previous question names in place of "it": "is it true the 8th meeting was held in
 * person…?", «صحيح أن الاجتماع الثامن كان حضوري…؟» (with the meeting beside it, Cairo's other events were found).
 */
export function claimOfEvent(text: string, previous: string): FollowUp | undefined {
  const event = numberedEvent(previous)?.replace(/^لل/u, 'ال');
  if (!event) return undefined;
  const arabic = /[\u0600-\u06FF]/.test(text);
  const named = arabic
    ? text.replace(new RegExp(CHECKED_OF_IT_AR, 'u'), `$1 أن ${event} `)
    : text.replace(/\b(?:it|they)\b(?=\s+(?:was|were|is|are|had|has|did|took|met|opened|issued)\b)/i, `the ${event}`);
  return named !== text ? { text: named, isFollowUp: true } : undefined;
}

/**
 * "who spoke for IOM", «مين حضر من المفوضية؟», "how many states took part": who took part in an event, or how, with no
 * event of its own. Asked after a question on one meeting, it is of that meeting (alone, the 10th meeting's IOM
 * speaker answered a question on the 8th).
 */
const TOOK_PART = /\b(?:who|which\s+[\w'-]+)\s+(?:spoke|speak|represented|attended|took\s+part|participated|delivered|addressed|presented|was\s+there)\b|\bhow\s+many\s+(?:[\w'-]+\s+)?(?:attended|participated|took\s+part|participants|delegates|speakers)\b|(?<![\u0621-\u064A])(?:مين|من|منو|شكون)\s+(?:تكلم|تحدث|مثل|حضر|شارك|القى|القت|قدم|قدمت)(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:كم|كام|قديش)\s+(?:[\u0621-\u064A]+\s+)?(?:حضر|شارك|مشارك\S*)(?![\u0621-\u064A])/iu;
export const asksWhoTookPart = (core: string): boolean => TOOK_PART.test(core);

export const refersByRelative = (core: string): boolean => RELATIVE_BACK.test(core);
export const claimsOfIt = (core: string): boolean => CLAIM_OF_IT.test(core);
export const asksWhatWasSaid = (core: string): boolean => SAID_BY.test(core);

/**
 * «والاجتماع الأول، أعطني يومه ومكانه بالضبط», "and the 10th meeting, who opened it?": a meeting named, then a question
 * of its own; it stands alone (put after the previous question, the launch's date answered the first meeting's day).
 */
export function asksOfItsOwn(rest: string): boolean {
  const comma = /[,،]\s*/u.exec(rest);
  return comma !== null && askedTypes(rest.slice(comma.index + comma[0].length)) !== undefined;
}

/** "that meeting", «هالاجتماع»: the meeting pointed at. */
const THAT_MEETING = /\b(?:that|this|the\s+same|the)\s+(?:meeting|mtg)\b|(?<![\u0621-\u064A])(?:ه|هذا\s+|ذلك\s+|ذاك\s+|نفس\s+)ال(?:اجتماع)(?![\u0621-\u064A])/iu;
/** A record of a meeting: its statement, recommendations, paper. */
const A_RECORD_OF_IT = /\b(?:statement|declaration|recommendations|paper|report)\b|(?<![\u0621-\u064A])(?:ال)?(?:بيان|توصيات|ورق[ةه]|تقرير|اعلان|إعلان)(?![\u0621-\u064A])/iu;
/**
 * The turn as a follow-up of the previous question. "when exactly was that meeting held?", «وإمتى انعقد هالاجتماع؟»
 * after "what did the 6th meeting's final statement call for?" is of the meeting alone (with the statement's words, the
 * 2016 final statement was dated in place of the 6th meeting); only after a record of it ("that meeting" after "which
 * meeting prepared the first IMRF?" is the 8th, the answer).
 */
export function leansOn(previous: string, text: string, core: string): FollowUp {
  const meeting = THAT_MEETING.test(core) && A_RECORD_OF_IT.test(previous) ? numberedEvent(previous) : undefined;
  return { text, isFollowUp: true, context: meeting ?? previous };
}

/** The numbered meeting or forum a question names, with its year («الاجتماع السادس», "9th meeting 2023"), if any. */
function numberedEvent(question: string): string | undefined {
  const event = eventOf(question);
  return event && (ORDINAL_EN.test(event) || ORDINAL_AR.test(event)) ? event : undefined;
}

/**
 * "who organised the beirut consultation? >> under which unga resolution", «…؟ >> وبموجب أي قرار؟»: a short question
 * opening with a preposition and "which" asks of what was asked before. So does "and the number Aboul Gheit gave at
 * the 2024 review conference?" after "how many migrants did Allali say the region hosted?": the number of what was
 * counted before, at the occasion it names.
 */
const OF_WHICH = /^(?:and\s+)?(?:under|in|by|at|for|from|with|on|through)\s+(?:which|what)\s+\S+(?:\s+\S+){0,3}$|^و?(?:بموجب|بمقتضى|ب|في|على|وفق)\s*(?:أي|اي|أية|اية|انهي|أنهي)\s+\S+(?:\s+\S+){0,3}$/iu;
const THE_NUMBER_OF_IT = /^(?:and\s+)?(?:what\s+about\s+)?the\s+(?:number|figure|count|total)\s+(?!of\b)|^و?(?:الرقم|العدد)\s+(?:اللي|الذي|الي)\s/iu;
const COUNTED_BEFORE = /^(?:and\s+)?how\s+many\b|^و?(?:كم|كام|قديش|قداش|شحال)(?![\u0621-\u064A])/iu;

export function asksOfWhatWasAsked(previous: string, core: string): boolean {
  return OF_WHICH.test(core) || (THE_NUMBER_OF_IT.test(core) && COUNTED_BEFORE.test(previous.trim()));
}
