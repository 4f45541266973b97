import { anyMatch, arabicWords, englishWords } from '../question/cues.js';
import type { QuestionAnalysis } from '../question/types.js';
import { PERSON_ROLE_AR } from '../question/question-types.js';
import { kindOfWord } from '../question/understand.js';
import { HOLDS_POST_AR } from '../text/framing-phrases.js';
import { normalizeForMatch } from '../text/normalize.js';
import { yearsSpoken } from './document-facts.js';
import type { ScoredUnit } from './unit-scoring.js';
import { unitText } from './units.js';
import { namesAgentOf } from './predicate.js';

/**
 * An office asked by its title: "who is the director / head / chair of…", "who was the Assistant Secretary-General
 * in 2016?", «من هو مدير…», «من كان مدير…», «من تولّى منصب الأمين العام المساعد…».
 */
const OFFICE_ASKED = new RegExp(
  String.raw`\bwho(?: is|'s|s| was|(?: has| had)? held the post of) (?:the )?(?:current |new )?(?:las |league'?s? )?(director|head|chair|president|representative|assistant secretary[- ]general|secretary[- ]general)\b|` +
    String.raw`(?:^|\s)(?:من هو|من هي|من كان|من كانت|من|منو|مين|مين كان|مين كانت|شكون)\s+(?:${HOLDS_POST_AR}\s+منصب\s+)?(?:ال)?(مدير|رئيس|ممثل|[أا]مين\s+العام\s+المساعد|[أا]مين\s+العام)`,
  'iu',
);

/** The words a record names each office by, in both languages. */
const OFFICE_WORDS: Record<string, RegExp> = {
  director: /\bdirector\b|(?<![\u0621-\u064A])(?:ال)?مدير(?:[ةه])?(?![\u0621-\u064A])/u,
  head: /\bhead\b|\bchair(?:man|woman|person)?\b|(?<![\u0621-\u064A])(?:ال)?رئيس(?:[ةه])?(?![\u0621-\u064A])/u,
  representative: /\brepresentative\b|(?<![\u0621-\u064A])(?:ال)?ممثل(?:[ةه])?(?![\u0621-\u064A])/u,
  // (The Assistant Secretary-General is not the Secretary-General, nor the other way round.)
  assistant: /\bassistant secretary[- ]general\b|(?<![\u0621-\u064A])(?:ال)?امين العام المساعد(?![\u0621-\u064A])/u,
  secretary: /(?<!\bassistant )\bsecretary[- ]general\b|(?<![\u0621-\u064A])(?:ال)?امين العام(?! المساعد)(?![\u0621-\u064A])/u,
  minister: /\bminister\b|(?<![\u0621-\u064A])(?:ال)?وزير(?:[ةه])?(?![\u0621-\u064A])/u,
  commissioner: /\bcommissioner\b|(?<![\u0621-\u064A])(?:ال)?مفوض(?![\u0621-\u064A])/u,
  ambassador: /\bambassador\b|(?<![\u0621-\u064A])(?:ال)?سفير(?![\u0621-\u064A])/u,
};
/** The offices only a person holds: a chair may be a state or a body ("the League … is its permanent chair"). */
const PERSONAL_OFFICES = ['director', 'assistant', 'secretary', 'minister', 'commissioner', 'ambassador'] as const;

/** Whether a normalised text names an office only a person holds ("Secretary-General Abul Gheit", «الوزير»). */
export const namesPersonalOffice = (norm: string): boolean => PERSONAL_OFFICES.some((office) => OFFICE_WORDS[office]!.test(norm));

/**
 * A normalised text without the Assistant Secretary-General, unless `keepAssistant`: that is another office than the
 * Secretary-General, whose words it holds.
 */
export function withoutAssistantSecretaryGeneral(norm: string, keepAssistant: boolean): string {
  return keepAssistant ? norm : norm.replace(EVERY_ASSISTANT, ' ');
}
const EVERY_ASSISTANT = new RegExp(OFFICE_WORDS.assistant!.source, 'gu');
const OFFICE_OF: Record<string, string> = {
  director: 'director', مدير: 'director', head: 'head', chair: 'head', president: 'head', رئيس: 'head', representative: 'representative', ممثل: 'representative',
  'assistant secretary-general': 'assistant', 'assistant secretary general': 'assistant', 'امين العام المساعد': 'assistant', 'secretary-general': 'secretary', 'secretary general': 'secretary', 'امين العام': 'secretary',
};

const EVENT_WITHIN = 4;

/** The office a "who" question asks the holder of, if it asks one. */
export function officeAsked(analysis: QuestionAnalysis): string | undefined {
  if (analysis.types[0] !== 'who') return undefined;
  const m = OFFICE_ASKED.exec(analysis.text);
  const word = m?.[1] ?? m?.[2];
  if (m === null || word === undefined) return undefined;
  // «مين رئيس الدورة 12؟», "who was the chair of the 10th session?": who chaired an event, a state as well as a
  // person (the act, predicate.ts), not who holds an office («تولّت الإكوادور رئاسة الدورة…» answers it).
  // (The event within the next words: "the chair of the 10th GFMD session", «رئيس أول IMRF».)
  const next = normalizeForMatch(analysis.text.slice(m.index + m[0].length)).match(/[\p{L}\p{N}]+/gu)?.slice(0, EVENT_WITHIN) ?? [];
  return next.some((w) => kindOfWord(w) ?? kindOfWord(w.replace(/^ال/u, ''))) ? undefined : OFFICE_OF[normalizeForMatch(word).replace(/\s+/g, ' ')];
}

/**
 * Whether a text names a person (`namesAPerson`) with the office asked: the Secretary-General is no director. A chair
 * may be a body, named as holding it: "the League of Arab States is its permanent chair" (the answer said the record
 * did not give the name asked for).
 */
export function namesTheHolder(text: string, office: string, namesAPerson: (text: string) => boolean): boolean {
  return (OFFICE_WORDS[office]!.test(normalizeForMatch(text)) && namesAPerson(text)) || (office === 'head' && namesAgentOf(text, CHAIRING));
}
const CHAIRING: ReadonlySet<string> = new Set(['chair']);

/**
 * "Who is the director of the refugees department?": of the units naming the office, those that name who
 * holds it, when some do ("In 2017 the Director of the LAS Department… referred to…" names none); of a year
 * asked ("Who was the head of the Social Affairs Sector in 2016?"), the holder of that year ("…, in 2015–2017
 * events"), not the latest.
 */
export function namingTheHolder(units: readonly ScoredUnit[], analysis: QuestionAnalysis, namesAPerson: (text: string) => boolean): readonly ScoredUnit[] {
  const office = officeAsked(analysis);
  if (!office) return units;
  const naming = units.filter((s) => s.evidence[0]! >= 1 && namesTheHolder(unitText(s.unit), office, namesAPerson));
  const { from, to } = analysis.time;
  const ofYear = from !== undefined && from === to ? naming.filter((s) => yearsSpoken(unitText(s.unit)).includes(String(from))) : [];
  return ofYear.length > 0 ? ofYear : naming.length > 0 ? naming : units;
}

/** A person's role, which "who" asks the holder of: a delegate, a minister, a facilitator, «مندوبة», «الوزيرة» (the roles the question reader knows). */
const ROLE_ASKED = [
  englishWords(['delegates?', 'representatives?', 'ministers?', 'ambassadors?', 'speakers?', 'facilitators?', 'co-facilitators?', 'envoys?']),
  new RegExp(`(?<![\\u0621-\\u064A])(?:[وفبل]|وب)?(?:ال)?${PERSON_ROLE_AR}(?![\\u0621-\\u064A])`, 'u'),
];

/** A person's name asked for ("the name of", «ما اسم»; not «باسم», on behalf of). */
export const NAME_ASKED = [englishWords(['names? of', "what(?:'s| is| was| were) (?:the |her |his |their )?names?"]), arabicWords(['اسم', 'اسماء', 'اسمه', 'اسمها'], { clitics: false })];
/** The name of a body, not of a person: "the name of the department", «اسم الإدارة» (its 2016 name was said not to be on record). */
export const BODY_NAME_ASKED = [
  /\bnames?\s+of\s+(?:the\s+|its\s+|their\s+)?(?:department|office|unit|sector|body|programme|program|forum|initiative|document|statement|report|meeting|conference)\b|\b(?:department|office|unit|sector|body|programme|forum|document|statement|report)(?:'s)?\s+(?:name|called)\b/,
  /(?<![\u0621-\u064A])اسم\s+(?:ال)?(?:اداره|قطاع|منظمه|جهه|هيئه|برنامج|منتدي|وثيقه|بيان|مبادره|تقرير|اجتماع|مؤتمر)(?![\u0621-\u064A])/u,
];

/**
 * "…the name of the Palestinian delegate who spoke", «ما اسم ممثل المفوضية»: the best record's sentences that name
 * someone lead, not "the Palestinian delegate referred to…", which the record also writes (another event's sentence
 * that names someone is no answer). The units as they are when no person's name is asked.
 */
export function namingThePersonAsked(units: readonly ScoredUnit[], analysis: QuestionAnalysis, namesAPerson: (text: string) => boolean): readonly ScoredUnit[] {
  const text = normalizeForMatch(analysis.text);
  // («ومين كانت مندوبة فلسطين؟», "who was the facilitator…": a person asked by a role is asked by name too.)
  if (analysis.types[0] !== 'who' || !(anyMatch(NAME_ASKED, text) || anyMatch(ROLE_ASKED, text)) || anyMatch(BODY_NAME_ASKED, text)) return units;
  const best = units.reduce<ScoredUnit | undefined>((a, s) => (!a || s.score > a.score ? s : a), undefined);
  const naming = units.filter((s) => s.documentId === best?.documentId && s.evidence[0]! >= 1 && namesAPerson(unitText(s.unit)));
  return naming.length > 0 ? naming : units;
}
