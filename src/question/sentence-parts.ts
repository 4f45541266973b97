import { askedAsOne, asksOfTopicBeforeColon, thenAtAnother, withOccasionShared } from './shared-asks.js';
import { normalizeForMatch } from '../text/normalize.js';
import { isStopword } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import type { LetterQuestion } from './letter.js';
import { askedTypes } from './question-types.js';
import { HOW_MANY_AR } from './count-cues.js';
import { withoutOwnWork } from './kind-only.js';
import { yearsIn } from './time-range.js';
import { ordinalMentions } from './understand.js';
import { whichOneAgain } from './which-one-again.js';

/**
 * One sentence of several asks (letter.ts): "…clarify (a) whether X and (b) what Y", "…the number of member
 * states, and whether the process has a rotating chair", «نرجو إفادتنا بتاريخ… وبأسماء…», "how many
 * objectives and member states…": each part a question of its own, a part that says "it" asked of the first.
 */

export const isArabicText = (text: string) => /[\u0600-\u06FF]/.test(text);

/** Words of a text as read, not as written: «عُقد» is one word, though its vowel mark is no letter. */
export function wordCount(text: string): number {
  return normalizeForMatch(text).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** "…clarify (a) whether X and (b) what Y", "…tell me 1) the date…, 2) whether…": labelled items inside one sentence. */
const INLINE_LABEL = /\((?:[a-h]|[ivx]{1,4}|\d|[\u0621-\u064A])\)\s|(?<=^|\s)(?:\d|[a-h])\)\s/gu;

export function inlineItems(sentence: string): LetterQuestion[] {
  const marks = [...sentence.matchAll(INLINE_LABEL)];
  if (marks.length < 2) return [];
  const lead = sentence.slice(0, marks[0]!.index).trim();
  const parts = marks.map((m, i) => sentence.slice(m.index! + m[0].length, marks[i + 1]?.index ?? sentence.length).replace(/[\s,،;؛]*(?:and|or|و)?\s*$/u, '').trim());
  // "(1) the date and format of the 7th meeting; (2) who opened it": a later item that says "it" is about the first.
  return marks.map((m, i) => {
    const text = `${lead} ${parts[i]}`.trim();
    return i > 0 && leansOn(parts[0]!, parts[i]!) ? { label: m[0].trim(), text, context: `${lead} ${parts[0]}`.trim() } : { label: m[0].trim(), text };
  });
}

/**
 * "…the number of member states, and whether the process has a rotating chair": two questions joined in
 * one sentence, at "and" and a question word with its verb ("and who co-chaired it", "and what she said",
 * "and where did that summit…", not "when and where was…", "on what day and where did…" (the first has no verb of its
 * own: split, it was asked of nothing), nor "…and when did it say so", which asks of the first
 * part's answer), at "and" and a yes-or-no verb of "she", "he",
 * "they" or "it" ("…did the ASG cite and did she mention Sudan"), at "and which" and an actor with its verb ("and
 * which UNHCR official spoke…", or with its subject "and which outputs it has produced"; not "and which meeting
 * adopted it", asked of the first part's subject), at a comma
 * followed by "and" and a question word (", and in which building…" with its
 * preposition; «، وبما إذا», «، وبما تضمّنه بيان 2023» (not «، وبما ورد فيه», asked of the same record), «، وكذا ب», «، وكذلك الجهة…», «، ومتى», «، ثم إفادتنا ب…»), or
 * "and, while we are at it, which…" (the aside goes with the joint), "…, and finally what…", «…، وأخيراً ما…» (the last
 * ask, after a first the sentence ran on from), ", and about how many people attended?" (a
 * count asked roughly is asked all the same), or
 * a further thing a letter asks to be told of («بإفادتنا بالقرار…، وبعدد الدول…، وبالجهة التي…», «نودّ الاطلاع على…، وعلى
 * موعد…», «فنرجو أن توضحوا…، وأن تفيدونا…»), or asks
 * again («…جدول أعمال ذلك الاجتماع، ونود الاستفسار أيضاً عن الشهر…»), or a question asked in the order of a
 * statement ("…as to when the second GRF took place and how many pledges it received").
 */
const JOINT = /\s*,?\s+and,?\s+(?:finally|lastly),?\s+(?=(?:whether|which|what|when|where|who|whom|how)\b)|[,،]\s*(?=و(?:[أا]خيرا?ً?|في\s+الختام|ختاما?ً?)،?\s+(?:ما|من|متى|[أا]ين|كيف|كم|هل|[أا]ي)\s)|\s*,?\s+and,\s+(?:while\s+we\s+are\s+at\s+it|in\s+addition|additionally|also|if\s+possible|moreover|furthermore|besides|secondly|second),\s+(?=(?:whether|which|what|when|where|who|whom|how)\b)|(?<!\b(?:when|where|what|who|which|how|why))(?<!^(?:(?:on|in|at|by|from|for|during)\s+)?(?:what|which)(?:\s+[\w'-]+){1,2})\s+(?=and\s+(?:what(?:'s|’s|s)?|who|which|how\s+many|where|when)\s+(?:is|was|are|were|did|does|do|its|their|the|r)\b(?![^?]*\b(?:say|state|report|do|announce)\s+(?:so|that|this)\b))|\s+(?=and\s+(?:in|on|at|for|from|by|with|under|to)\s+(?:which|what|whose)\s+[\w'-]+\s*\??$)|\s+(?=and\s+(?:did|does|was|were|is|has|had)\s+(?:she|he|they|it)\b)|\s+(?=and\s+(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|also\s+)?(?:share|send|paste|provide|give|tell|confirm|list|forward)\b)|\s+(?=and\s+which\s+(?:[\w'-]+\s+){0,2}?(?:officials?|delegates?|representatives?|speakers?|ministers?|states|countries|organi[sz]ations?|agency|agencies|body|bodies)\s+(?:did|does|do|was|were|is|are|has|have|had|spoke|took|gave|(?:co-)?[a-z]{3,}ed)\b)|\s+(?=and\s+which\s+(?:[\w'-]+\s+){1,5}?(?:it|they|he|she)\s+(?:has|have|had|did|does|do|was|were|is|are|[a-z]{3,}ed)\b)|\s+(?=and\s+(?:who\s+(?:co-)?[a-z]{3,}ed|what\s+(?:he|she|they|it)\s+(?:said|stated|called\s+for|proposed|presented|discussed|adopted|issued|announced|stressed|urged))\b)|\s+(?=and\s+(?:(?:about|roughly|approximately|around)\s+)?how\s+many\s+[\w'-]+\s+(?:did|does|do|were|was|are|is|have|has|had|took|take|attended|participated|came|spoke)\b)|\s+(?=and\s+how\s+many\s+[\w'-]+\s+(?:it|they|he|she)\s+(?:got|gave|made|drew|had|[a-z]{3,}ed)\b)|[,،]\s*(?=(?:and|as well as) (?:(?:in|on|at|for|from|by|with|under|to) |(?:about|roughly|approximately|around) (?=how\b))?(?:whether|which|what|when|where|who|whom|how)\b|and (?:also )?to (?:know|learn|find out|understand|confirm) (?:whether|which|what|when|where|who|whom|how)\b|and (?:also )?(?:the|its|their) (?:(?:current|present|new|former|official|exact)\s+)?(?:dates?|themes?|topics?|names?|number|numbers|figures|title|venue|place|location|resolution|decision|list|outcomes?|outputs?|results|agenda|speakers|participants)\b|and (?:would|could|can|will) you (?:(?:also|kindly|please|be able to) )*(?:share|send|provide|tell|confirm|indicate|let|list|summari[sz]e|outline)\b|و(?:ب(?:[إا]فادت|تزويد)[\u0621-\u064A]* |[أا]ن ت(?:بين|وضح|فيد|زود|حدد|ذكر|شرح|طلع|علم|رسل|عرف)[\u0621-\u064A]* |ب?ما إذا|ب?ما اذا|ب(?:ما|من) (?![\u0621-\u064A]+ (?:فيه|فيها|عنه|عنها|منه|منها)(?![\u0621-\u064A]))|كذلك |كذا|عن |متى|[إا]متى|أين|اين|وين |فين |من |مين |ما |شو |ايش |إيش |وش |كم |قديش |هل |كيف |ليش |كيفية |(?:ب|في )?[أا]ي[ةه]? |(?:ب|على\s+)?(?:ال)?(?:عدد|رقم|[أا]رقام|تاريخ|مكان|اسم|[أا]سماء|مضمون|نص|[أا]برز|موقف|جه[ةه]|جهات|دول[ةه]?|قرار|موعد|مد[ةه]|سبب|[أا]سباب|محاور|[أا]هداف|وثائق|طبيع[ةه]|نوع|[أا]نواع|محتوى|فحوى|شكل|صيغ[ةه]|مبادر[ةه]|مبادرات|توصيات|نتائج|مخرجات|مواقف|دعوات|جدول|قرارات) )|كما (?:[أا]رجو|نرجو|[أا]ود|نود|[أا]طلب|نطلب|يرجى) |ثم (?:[إا]فادت|تزويد|موافات|بيان|توضيح|تحديد)[\u0621-\u064A]* |و(?:نود|[أا]ود|تود|يود|نرجو|ترجو|يرجو|ن[أا]مل|ت[أا]مل)\s+(?:[أا]يض[اً]+\s+)?(?:الاستفسار|الاستعلام|معرف|[إا]فادت|تزويد|التكرم))/giu;
const MIN_PART_WORDS = 4;
/** Arabic writes «and who opened it» as «ومن افتتحه»: its words carry conjunctions and pronouns. */
export const ARABIC_MIN_PART_WORDS = 3;

/**
 * A part whose subject is only a pronoun: "…, and who organised it?", "…and when the first one was held"; or a person the part before asked for
 * ("Who spoke for IOM…, and what did she say the GCM should cover?").
 */
const PRONOUN_SUBJECT = /\b(?:it|its|they|their|them|he|she|him|her|his)\b|\b(?:the|that|this)\s+(?:[a-z]+\s+)?ones?\b/;

/**
 * "How many objectives and member states does the ARCP have?", «كم عدد أهداف العملية وكم عدد الدول الأعضاء
 * فيها؟»: a count of two things is two questions, since one passage seldom holds both numbers and the
 * search found only the one (the six objectives) that also names the other's words.
 */
const TWO_COUNTS_EN = /^(.*?\bhow many\s+)((?:[\w'-]+\s+){0,2}?[\w'-]+)\s+and\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)(\s+(?:does|do|did|is|are|was|were|has|have|had|in|at|on|for|of)\b.*)$/i;
// «…وكم كان عدد المشاركين؟», «…وكم مشاركاً حضر؟»: «وكم» opens a second count whatever follows it.
const TWO_COUNTS_AR = new RegExp(String.raw`\s+(?=و(?:(?:${HOW_MANY_AR})\s|ما\s+عدد\s))`, 'u');

function countedParts(sentence: string): string[] {
  const en = TWO_COUNTS_EN.exec(sentence);
  if (en) return [`${en[1]}${en[2]}${en[4]}`, `${en[1]}${en[3]}${en[4]}`];
  const ar = sentence.split(TWO_COUNTS_AR);
  if (ar.length !== 2) return [];
  // «كم هدفاً وكم مبدأً توجيهياً في الاتفاق العالمي للهجرة؟»: what the second names after its count is the first's too.
  const shared = SHARED_TAIL_AR.exec(ar[1]!)?.[1];
  return shared && wordCount(ar[0]!) <= 3 ? [`${ar[0]} ${shared}`.replace(/[؟?]*$/u, '؟'), ar[1]!] : ar;
}
const SHARED_TAIL_AR = /\s((?:في|لدى|عند)\s.+)$/u;

/**
 * «نرجو إفادتنا بتاريخ انعقاد الاجتماع الثامن وبأسماء ممثلي المنظمات… وبالجهة التي نظمته»: one ask of several
 * facts, each a noun after «وب», with no comma between them.
 */
const AR_ASKS_FOR = /(?:[إا]فادت|تزويد|موافات|[إا]علام|[إا]طلاع)(?:نا|ي|ها|ه|كم)(?![\u0621-\u064A])/u;
const AR_AND_OF = /\s+(?=وب(?:ال)?(?:عدد|تاريخ|مكان|اسم|[أا]سماء|مضمون|نص|[أا]برز|موقف|جه[ةه]|جهات|دول[ةه]?|قرار|موعد|مد[ةه]|سبب|[أا]سباب|محاور|[أا]هداف|وثائق)(?![\u0621-\u064A]))/u;

function requestedFacts(part: string): string[] {
  return AR_ASKS_FOR.test(part) ? part.split(AR_AND_OF) : [part];
}

/**
 * "When was the first GRF held and when was the HLOM?", «متى عُقد… ومتى…؟»: the same question word asked again
 * of another thing, with no comma; one answer gave the date of one of them only.
 */
const ASKED_AGAIN_EN = /^((when|where)\b.+?)\s+and\s+(\2\b.+)$/i;
const ASKED_AGAIN_AR = /^((متى|[أا]ين|وين)\s.+?)\s+و(\2\s.+)$/u;

function askedAgain(sentence: string): string[] {
  const text = sentence.trim();
  const again = ASKED_AGAIN_EN.exec(text) ?? ASKED_AGAIN_AR.exec(text);
  if (again) return [again[1]!, again[3]!];
  const about = ABOUT_AGAIN_EN.exec(text) ?? ABOUT_AGAIN_AR.exec(text);
  return about ? [`${about[1]}${about[3]}`, `${about[1]}${about[4]}`] : [sentence];
}

/**
 * "what did it say about bahrain and about gaza?", «ماذا قال عن البحرين وعن غزة؟»: one question of two subjects, the
 * preposition said again; answered as one, the answer spoke of the first alone.
 */
const ABOUT_AGAIN_EN = /^(.*\b(about|on|regarding|concerning)\s+)(.+?)\s+and\s+\2\s+(.+)$/i;
const ABOUT_AGAIN_AR = /^(.*(?:^|\s)(عن|حول|بشأن|بخصوص)\s+)(.+?)\s+و\2\s+(.+)$/u;

/**
 * "when did the 5th mtg take place, who opened it, was GFMD 12 on the agenda", «متى انعقد الاجتماع الخامس، من
 * افتتحه، وهل…»: in chat, asks in a row between commas, each opening with its question word and verb (or, for
 * yes or no, its verb). Only after a clause that itself opens as a question: "Could you tell me, was the 9th
 * meeting…" is one ask, and "When, where and by whom was it adopted?" one question.
 */
const EN_ASK_OPENS = '(?:(?:when|where|who|whom|what|which|how\\s+many|how)\\s+(?:did|was|were|is|are|does|do|has|have|had)\\b|(?:what|wat|wht|who|where|when|how)(?:[\u2019\\x27]s|s)\\s|who\\s+[a-z]{3,}ed\\b|(?:was|were|did|does|is|are|has|have|had)\\s+(?!you\\b|i\\b|we\\b)[\\w-]+)';
const EN_CLAUSE_ASKS = '(?:^|[,:;]\\s*|\\band\\s+|\\balso\\s+)(?:what|which|who|whom|when|where|how|whether|was|were|did|does|do|is|are|has|have|had)\\b[^,:;]*';
const AR_ASK_OPENS = '(?:متى|امتى|[أا]ين|وين|من|مين|ما|ماذا|شو|كم|هل|كيف|[أا]ي|ايش|وش)\\s';
const AR_CLAUSE_ASKS = `(?:^|[،,:؛]\\s*)(?:${AR_ASK_OPENS})[^،,:؛]*`;
const ASKS_IN_A_ROW = new RegExp(`(?<=${EN_CLAUSE_ASKS})\\s*,\\s*(?:(?:and\\s+)?also\\s+(?=(?:when|where|who|whom|what|which|how)\\b)|(?=${EN_ASK_OPENS}))|(?<=${AR_CLAUSE_ASKS})\\s*[،,]\\s*(?=${AR_ASK_OPENS})`, 'giu');

function asksInARow(sentence: string): string[] {
  return sentence.split(ASKS_IN_A_ROW);
}
/**
 * "who opened it", «من افتتحه»: an ask in a row is whole in two words, when its question word opens it; after «و»,
 * when its verb takes the first part's subject («ومين افتتحه»), not when it asks of the first part's answer
 * («ما آخر اجتماع عادي…، ومتى انعقد؟»).
 */
const OPENS_AN_ASK = new RegExp(`^(?:(?:and\\s+)?${EN_ASK_OPENS}|${AR_ASK_OPENS}|و${AR_ASK_OPENS}\\S+(?:ه|ها|هم)[؟?]?$)`, 'iu');
/** «ووين انعقد» joined in chat to «…منو افتتحه»: a verb after the question word asks of what the first part named. */
const ASKS_OF_IT_AR = new RegExp(`^و${AR_ASK_OPENS}\\S+[؟?]?$`, 'u');
const tooShort = (part: string) => wordCount(part) < (isArabicText(part) ? ARABIC_MIN_PART_WORDS : MIN_PART_WORDS) && !(wordCount(part) >= 2 && OPENS_AN_ASK.test(part));

/** A part that asks something: a question mark, a question word or kind, a request to be told. */
function asks(part: string): boolean {
  const norm = normalizeForMatch(part);
  return /[?؟]/.test(part) || askedTypes(norm) !== undefined || REQUEST.test(norm) || QUESTION_WORD.test(norm);
}
// (With the dialects' «شنو», «وين», «قديش»…: «بيان 2024 شنو كان الموضوع وفين صدر؟» asks twice.)
export const QUESTION_WORD = /\b(?:what|wat|wht|which|who|whom|whose|when|where|why|how|whether)\b|(?:^|\s)و?(?:ما|ماذا|متي|اين|كيف|كم|هل|لماذا|شو|شنو|اشنو|ايش|وش|مين|منو|شكون|وين|فين|امتي|قديش|كام|ليش|ليه|علاش|ازاي)(?=\s)/u;
const REQUEST = /(?:ارجو|نرجو|ترجو|يرجي|التكرم|افاد|تزويد|استفسار|نستفسر|تستفسر|\b(?:please|kindly|could|would|can|tell|share|provide|indicate|confirm|let)\b)/u;

/**
 * «بيان 2024 متى صدر وشو ذكر عن البحرين», «…كانت تحت أي شعار ومين حضرها»: in chat a second question joins the
 * first with «و» and its question word, no comma, once the first has asked, and asks of the subject the
 * first named, «وما هي…» too («وما» alone is left, as «ومن»: "and what is related", "and from"; «وكم» opens a
 * second count, split as counts are).
 */
// (With the dialects' «فين», «كام», «ازاي», «ليه», «شنو», «شكون», «علاش».)
export const AR_QUESTION_WORDS = 'متى|امتى|إمتى|وين|فين|اين|أين|مين|منو|شكون|شو|شنو|اشنو|ماذا|ما|كم|كام|قديش|كيف|ازاي|إزاي|ليش|ليه|علاش|لماذا|اي|أي|ايش|إيش|وش|هل';
const AR_JOINED = new RegExp(`(?<=(?:^|\\s)(?:${AR_QUESTION_WORDS})\\s.*?)\\s+(?=و(?:ما\\s+(?:هي|هو|هم)|شو|شنو|ماذا|مين|منو|شكون|متى|امتى|إمتى|وين|فين|اين|أين|كيف|ازاي|إزاي|ليش|ليه|علاش|لماذا|ايش|إيش|وش|هل)\\s)`, 'u');

/** "We wish to register two delegates…; could you also confirm where…": a second ask after a semicolon. */
const SEMICOLON_ASK = /\s*;\s*(?=(?:and\s+|also\s+)?(?:(?:could|can|would|will)\s+you\b|please\b|kindly\b))/i;

export function joinedParts(sentence: string): LetterQuestion[] {
  // Each side of the semicolon is an ask of its own, whether or not the first asks anything of the record.
  const sides = sentence.split(SEMICOLON_ASK);
  if (sides.length >= 2) {
    // A side's own parts keep what they lean on ("…; please confirm the dates of the first IMRF and who chaired it").
    const asked = sides.flatMap((side): LetterQuestion[] => {
      const parts = joinedParts(side);
      return parts.length > 0 ? parts : [{ text: side }];
    });
    return asked.map((q, i) => ({ ...q, label: String(i + 1) }));
  }
  const again = whichOneAgain(sentence);
  if (again.length > 0) return again;
  // (Not a change over time asked in steps, «شلون تطورت…، متى صارت عن بعد ومتى رجعت حضورية؟»: one timeline.)
  const changeAsked = askedTypes(normalizeForMatch(sentence))?.some((t) => t === 'evolution' || t === 'compare') ?? false;
  // ("compare the 1st and 2nd reviews - format and venue": one comparison of two aspects.)
  const aspects = changeAsked ? [] : aspectsOfTopic(sentence);
  if (aspects.length >= 2) return aspects;
  const ofTopic = asksOfTopicBeforeColon(sentence, joinedParts);
  if (ofTopic.length >= 2) return ofTopic;
  const pieces = withCountsJoined(askedAgain(sentence).flatMap((p) => p.split(JOINT))).flatMap(asksInARow).flatMap(requestedFacts).flatMap((p) => (changeAsked ? [p] : thenAtAnother(p)));
  if (askedAsOne(pieces, changeAsked)) return [];
  const split = pieces.flatMap((p) => (changeAsked ? [p] : p.split(AR_JOINED))).map((p) => p.trim()).filter(Boolean);
  // «تهدي المندوبية… تحياتها إلى الأمانة، وترجو إفادتها بمن افتتح…», «تعكف الوزارة على إعداد دراسة…، ونرجو
  // إفادتنا بتاريخ…»: a greeting or an errand that asks nothing opens the ask after it, not a part of its own.
  // (Nor does the asker's own work: «تعدّ الدائرة ورقة خلفية عن تطور خطاب الجامعة…، ونرجو إفادتنا بما ورد…».)
  const joint = split.length >= 2 && (!asks(split[0]!) || withoutOwnWork(split[0]!) !== split[0]!.trim()) ? [`${split[0]}، ${split[1]}`, ...split.slice(2)] : split;
  const counted = joint.length < 2;
  const parts = joint.length >= 2 ? joint : countedParts(sentence).map((p) => p.trim());
  // A question joined in chat to one that named its subject first («مشاورة بيروت وين كانت ومين مثل الجامعة
  // فيها») asks of that subject.
  const chatJoined = split.length > pieces.length;
  if (parts.length < 2 || parts.some((p) => tooShort(p) && !(chatJoined && ASKS_OF_IT_AR.test(p)))) return [];
  const verbless = counted && COUNT_WITHOUT_VERB.test(parts[0]!);
  return withOccasionShared(parts).map((text, i): LetterQuestion => {
    const label = String(i + 1);
    if (i > 0 && (chatJoined || leansOn(parts[0]!, text))) return { label, text, context: parts[0]! };
    // («كم مسؤولاً وكم عملية تشاورية حضروا الاجتماع العالمي الخامس؟»: the first count is of what the second's verb says.)
    return i === 0 && verbless ? { label, text, context: parts[1]! } : { label, text };
  });
}

/**
 * "…how many officials, and from how many processes, took part in the 2015 meeting", «شحال من مسؤول وشحال من عملية…
 * حضرو…» (the Maghreb's «شحال من»): a count with no verb of its own
 * shares the verb of the count after it; cut there, "how many officials" was asked of nothing, and the meeting named
 * after it was not the one "that meeting" pointed at.
 */
const COUNT_WITHOUT_VERB = new RegExp(String.raw`\bhow\s+many\s+[\w'-]+\s*[,،]?\s*$|(?<![\u0621-\u064A])(?:${HOW_MANY_AR})\s+(?:من\s+)?[\u0621-\u0652]+\s*[,،]?\s*$`, 'u');
function withCountsJoined(pieces: readonly string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    if (out.length > 0 && COUNT_WITHOUT_VERB.test(out.at(-1)!)) out[out.length - 1] = `${out.at(-1)!.replace(/[\s,،]*$/u, '')}, ${piece.trim()}`;
    else out.push(piece);
  }
  return out;
}

/**
 * A later part that says "it", or names no meeting or year where the first does («…بيان 2024 عن غزة، وهل
 * تطرق لموضوع الأونروا؟»), is about what the first part names, which it takes as context.
 */
export function leansOn(first: string, text: string): boolean {
  return pointsTo(first, text) || ofTheEventBefore(first, text);
}
/** Names no meeting or year where the first names one, nor a subject of its own by acronym. */
const ofTheEventBefore = (first: string, text: string) => namesEvent(first) && !namesEvent(text) && !namesOwnSubject(first, text);

/**
 * A numbered item leans on an item before it as a part does, unless it names a subject of its own in words the item
 * before does not say: «ثالثاً: ما الأهداف التي حدّدها عرض الأمانة الفنية للعملية؟» after an item on the 2015 launch
 * asks of the process, not of the launch (searched with it, the launch's records answered); «ثانياً: هل عُقد حضورياً؟»
 * after the 7th meeting's opener is of that meeting.
 */
export function itemLeansOn(before: string, text: string): boolean {
  if (pointsTo(before, text)) return true;
  const said = new Set(contentWords(before));
  return ofTheEventBefore(before, text) && contentWords(text).filter((w) => !said.has(w)).length < OWN_SUBJECT_WORDS;
}
const OWN_SUBJECT_WORDS = 5;
const contentWords = (text: string) => tokenize(normalizeForMatch(text)).filter((w) => !isStopword(w) && !QUESTION_WORDS.has(w));

function pointsTo(first: string, text: string): boolean {
  // "…, and the themes on which that meeting coordinated the Arab position": "that meeting" is the first
  // part's when the first part names a meeting ("share the main points of that statement" may be another's).
  const pointed = /\b(?:that|this|the same)\s+([a-z]+)/i.exec(text)?.[1];
  const named = pointed !== undefined && new RegExp(`\\b${pointed}\\b`, 'i').test(first);
  return PRONOUN_SUBJECT.test(normalizeForMatch(text)) || named || pointsBackAr(first, text) || namesNoSubject(text);
}

/**
 * «…بالجهة التي تتولى رئاسة العملية، وهل تتناوب الدول الأعضاء على هذه الرئاسة»: "this chairmanship" is the first part's
 * when the first part names it (asked alone, the rotation was refused).
 */
function pointsBackAr(first: string, text: string): boolean {
  const pointed = /(?<![\u0621-\u064A])(?:هذه|هذا|تلك|ذلك|ذات|نفس)\s+(?:ال)?([\u0621-\u064A]{3,})(?![\u0621-\u064A])/u.exec(normalizeForMatch(text))?.[1];
  return pointed !== undefined && new RegExp(`(?<![\u0621-\u064A])(?:[وبلف]?(?:ال)?|لل)${pointed}(?![\u0621-\u064A])`, 'u').test(normalizeForMatch(first));
}

/**
 * "…the 2024 review conf…, and how many arab states endorsed the GCM in the first place": a part that names a
 * body or compact by an acronym the first part does not is about that, not about the first part's event.
 */
function namesOwnSubject(first: string, text: string): boolean {
  // "…and what was the theme of the LAS-UNHCR celebration that year?", "…and who spoke for IOM there?" point back,
  // whatever they name.
  if (/\b(?:that|this|the\s+same)\s+(?:year|day|month|meeting|session|event|occasion|time)\b|\b(?:there|then)\s*[?.]?\s*$/i.test(text)) return false;
  // The process and the League are of every question ("…and the figures the LAS SG gave"), no subject of their own.
  const acronyms = (text.match(/\b[A-Z]{3,}\b/g) ?? []).filter((a) => a !== 'ARCP' && a !== 'LAS');
  return acronyms.some((a) => !new RegExp(`\\b${a}\\b`, 'i').test(first));
}

/**
 * "…, and in what year?", "…, and on what day?", «…، وفي أي عام؟»: a part of a word or two besides its
 * question words names no subject of its own; it asks of the first part's ("Which resolution endorsed the
 * GCM, and on what day?" was answered with International Migrants Day).
 */
export function namesNoSubject(text: string): boolean {
  // "and where was it held?" names its subject by "it" (PRONOUN_SUBJECT): that subject's meeting and year, not
  // its words, choose the answer (extractive-composer.ts).
  if (/\b[A-Z]{2,}\b/.test(text) || namesEvent(text) || PRONOUN_SUBJECT.test(normalizeForMatch(text))) return false;
  const content = tokenize(text).filter((w) => !isStopword(w) && !QUESTION_WORDS.has(w));
  return content.length <= 1;
}
const QUESTION_WORDS = new Set(['what', 'which', 'when', 'where', 'who', 'whom', 'how', 'many', 'much', 'why', 'ما', 'ماذا', 'متي', 'اين', 'من', 'كم', 'اي', 'لماذا', 'كيف', 'وما', 'ومتي', 'واين', 'ومن', 'وكم', 'واي', 'وفي']);

/** A meeting named by its number, or a year. */
export function namesEvent(text: string): boolean {
  return ordinalMentions(tokenize(text)).length > 0 || yearsIn(text, new Date()).length > 0;
}

/**
 * "beirut gcm consultation - when, venue, who organised?", "ENP position: when adopted & content?", «الاجتماع الأول:
 * متى وأين ومن افتتحه؟», "9th mtg dates + main topics pls": in chat, a subject named once and what is asked of it
 * listed after a dash or a colon, or joined by "+" or "&". Each is asked of the subject; read as one question,
 * the answer gave the first aspect only.
 */
const TOPIC_THEN_ASPECTS = /^([^?؟:–—]{3,80}?)\s+[-–—]\s+(.+)$|^([^?؟:]{3,80}?)\s*:\s*(.+)$/u;
const ASPECT_EN = /^(?:when|where|who|whom|which|what|how\s+many|how|dates?|day|venue|place|location|format|themes?|topics?|main\s+(?:topics?|themes?|points?|asks|calls|messages|demands)|agenda|outcomes?|outputs?|content|participants|attendance|organi[sz]ers?|chair(?:ed)?|hosts?|numbers?|figures|title|purpose)\b/i;
const ASPECTS_AR = 'متى|امتى|إمتى|وين|فين|أين|اين|مين|من|منو|كم|قديش|شو|ايش|إيش|وش|ما|ماذا|كيف|المكان|مكان|التاريخ|تاريخ|الموعد|المحاور|محاور|جدول|المشاركين|المشاركون|الشعار|شعار|مضمون|المضمون';
const ASPECT_AR = new RegExp(`^و?(?:${ASPECTS_AR})(?![\u0621-\u064A])`, 'u');
const ASPECTS_APART = new RegExp(`\\s*(?:[,،&+/]|\\band\\b)\\s*(?:and\\s+)?|\\s+و(?=(?:${ASPECTS_AR}))`, 'giu');
const JOINED_BY_SIGN = /\s+[+&]\s+/u;
const MAX_ASPECT_WORDS = 6;

const WHAT_IS_IT = /^(?:و?(?:ما|شو|[إا]يش)\s+(?:هي|هو)|what(?:'s|\s+is)\s+(?:it|this))$/iu;

function aspectsOfTopic(sentence: string): LetterQuestion[] {
  const text = sentence.trim().replace(/[?؟.!]+$/u, '');
  const byDash = TOPIC_THEN_ASPECTS.exec(text);
  const topic = byDash ? (byDash[1] ?? byDash[3]!) : undefined;
  const listed = byDash ? (byDash[2] ?? byDash[4]!) : text;
  const short = (items: string[]) => items.length >= 2 && items.every((i) => wordCount(i) <= MAX_ASPECT_WORDS);
  const aspects = topic ? listed.split(ASPECTS_APART).map((i) => i.trim()).filter(Boolean) : [];
  const aspect = (i: string) => ASPECT_EN.test(i) || ASPECT_AR.test(i);
  // (An aspect names no meeting of its own: «سؤالين: متى انعقد الاجتماع السابع ومين افتتحه؟» counts its asks.)
  const ownEvent = (i: string) => ordinalMentions(tokenize(i)).some((m) => m.kind);
  if (topic && short(aspects) && aspects.every((i) => aspect(i) && !ownEvent(i)) && !QUESTION_WORD.test(normalizeForMatch(topic))) {
    // Each part under the aspect asked ("**Venue.** …"), which a number would not say.
    // («عملية التشاور: ما هي، وما الغرض من إنشائها؟»: "what is it" asks what the topic is, in so many words.)
    return aspects.map((i) => ({ label: `${i[0]!.toUpperCase()}${i.slice(1)}`, ...(WHAT_IS_IT.test(i) ? { text: `${i.replace(/\s*(?:it|this)$/i, '')} ${topic}` } : { text: i, context: topic }) }));
  }
  // "X + Y", also after a frame ("quick q: 9th mtg dates + main topics pls"): the first names the subject; a later
  // one that names nothing of its own is asked of it.
  const joined = listed.split(JOINED_BY_SIGN).map((i) => i.trim()).filter(Boolean);
  if (!short(joined)) return [];
  // ("summarise the arab position paper for GFMD 10 - main asks + who co-chaired that session": each of the topic;
  // not of a frame, "quick q: 9th mtg dates + main topics".)
  if (topic && wordCount(topic) >= MIN_PART_WORDS) return joined.map((i, n) => ({ label: String(n + 1), text: i, context: topic }));
  return joined.map((i, n) => (n > 0 && leansOn(joined[0]!, i) ? { label: String(n + 1), text: i, context: joined[0]! } : { label: String(n + 1), text: i }));
}
