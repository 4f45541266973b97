import { timeRange } from './time-range.js';

/** What opens a question before it asks, and names nothing of it: "Sorry to bother you, but…", «أستعد لاجتماع جنيف وأحتاج معلومة سريعة:». */

/**
 * A preamble before an English question that asks as a clause of it: "Sorry to bother you, but when…",
 * "Any chance you could tell me how many…", "I've been asked by my minister to find out what…", "Off the top
 * of your head, where…". Its words are in no document, and each made the search refuse. The preamble names
 * nothing: no number, no name or acronym in capitals after its first word (so "For the 9th meeting, who
 * opened it?" keeps its subject), no question word of its own ("When and where…"), and what is left asks a
 * whole question of four words or more.
 */
const PREAMBLE = /^([^?.\d]{3,90}?(?:[,:–—]|\s-|\sbut|\s(?:me|us|know|out|wondering|wonder|ask|asks|asked|understand|sure|offhand|idea)))\s+(?=(?:(?:in|at|on|for|from|by|to|with|during|since|under)\s+(?:which|what|whom|how)|when|where|who|whom|what|which|how|why|did|does|do|is|are|was|were|wasn't|weren't|isn't|didn't|doesn't|has|have|hasn't|can|could)\b)/i;
// ("las intl migrants day statements: what changed…?", "LAS keeps quoting … - what did…": a subject named by an acronym
// or a record's kind, in lower case or first in the line.)
// (A phrase quoted names what it quotes: 'the slogan "Together we heal, learn and shine" — which event…'.)
const NAMES_SOMETHING = [/\s(?!I\b|I['’])\p{Lu}/u, /["“«‘][^"”»’]{3,}["”»’]/u, /\b(?:first|second|third|\d+(?:st|nd|rd|th)|when|where|who|whom|what|which|how|why)\b/i, /^(?:the\s+)?(?:\S+\s+){0,5}?(?:wrd|gcm|gcr|gfmd|imrf|las|arcp|enp|grf|hlom|iom|unhcr|escwa|unrwa|statements?|stmts?|meetings?|mtgs?|forums?|reviews?|declarations?|compacts?|summits?|consultations?)\b[^:]*(?::|\s[-–—])$/i];
const MIN_QUESTION_WORDS = 4;

/**
 * The Arabic preamble before a colon: «سؤالنا: ما المحور…», «أستعد لاجتماع جنيف الأسبوع المقبل وأحتاج
 * معلومة سريعة: كم عدد…», «زميلي سألني: في أي مدينة…». It speaks of the asker (a word in the first person:
 * «أستعد», «نعدّ», «سؤالنا», «زميلي»), has no number, and a whole question follows; «الاجتماع التاسع: من
 * افتتحه؟» keeps its subject.
 */
const AR_PREAMBLE = /^([^:؟?\d]{3,120}):\s*(?=(?:[وف]?(?:ما|ماذا|متى|[أا]ين|من|مين|كم|كيف|لماذا|هل|[أا]ي|وين|شو|[إا]يش|وش|[إا]متى|فين|قديش|شحال|[أا]شنو|واش|ليش|ليه|[إا]زاي|بكم|بماذا|بم)|في\s+[أا]ي)(?![\u0621-\u064A]))/u;
/** A word in the first person: an imperfect of I or we («أستعد», «نعدّ»), or a noun of mine or ours («سؤالنا», «زميلي»). */
const FIRST_PERSON = /(?:^|\s)(?:[أن](?!ل)[\u0621-\u064A\u0651]{2,}|(?!ال)[\u0621-\u064A]{2,}(?:نا|ي))(?=\s|$)/u;
const AR_PREAMBLE_MIN_WORDS = 3;
/** «…، وقد تساءل بعض الأعضاء: هل…؟», «سألنا السفير:»: the question someone put, after who put it. */
const AR_SOMEONE_ASKED = /(?:^|\s)[وف]?(?:قد\s+)?(?:تساءل|تسائل|يتساءل|تتساءل|سأل|سال|يسأل|يسال|سألنا|سألني|استفسر|يستفسر)(?:\s+[^\s:]+){0,3}$/u;

function withoutArabicPreamble(text: string): string {
  const m = AR_PREAMBLE.exec(text);
  if (!m || !(FIRST_PERSON.test(m[1]!) || AR_FOR_A_TEXT.test(m[1]!.trim()) || AR_SOMEONE_ASKED.test(m[1]!.trim()))) return text;
  const rest = text.slice(m[0].length).trim();
  return rest.split(/\s+/).length >= AR_PREAMBLE_MIN_WORDS ? rest : text;
}

/**
 * A preamble that says what the answer is for, or who asks it, names no subject of the question even with
 * capitals: "The Bureau is updating its fact sheet:", "Our DG asks…", «لقسم الخلفية:», «(نرجو) تعريفاً مختصراً:».
 */
const FOR_A_TEXT = /\b(?:updat|draft|prepar|writ|finali[sz]|compil|revis)\w*\b.{0,60}\b(?:fact ?sheet|brief|briefing|note|memo|report|section|talking points|speech|presentation|deck|slides)\b|^(?:our|my|the)\s+(?:dg|director|director-general|boss|minister|ambassador|head|colleague|chief|team|office|mission|bureau|unit)\s+(?:asks|asked|is\s+asking|wants\s+to\s+know|would\s+like\s+to\s+know)\b/i;
const AR_FOR_A_TEXT = /^ل(?:قسم|فقر[ةه]|مذكر[ةه]|ورق[ةه]|تقرير|[إا]حاط[ةه]|كلم[ةه]|عرض|ملخص)(?![\u0621-\u064A])|^تعريف[اًا]*(?:\s+(?:مبسط|موجز|مختصر|عام|سريع)[اًا]*)?$/u;

/** "Over the past five years, …", "Lately, …": a clause that bounds the years asked is part of the question. */
function boundsTime(clause: string): boolean {
  const t = timeRange(clause);
  return t.from !== undefined || t.to !== undefined || t.latest === true || t.earliest === true;
}

/**
 * "palestine refugee numbers in las statements, how did they move from 2020 to 2023?", "the arab refugee
 * convention, when does it date from?": a clause that names no asker, before a question that points back to it,
 * is the question's subject, capitals or not (typed in lower case, it was cut as courtesy, and "how did they
 * move" was answered about anything).
 */
function namesWhatFollowsPointsTo(clause: string, rest: string): boolean {
  return POINTS_BACK.test(rest) && !ASKER.test(clause) && !FOR_A_TEXT.test(clause);
}
// ("and the progress declaration, when did that get adopted": "that" points back too.)
const POINTS_BACK = /\b(?:it|its|they|them|their|she|her|he|his|these|those|that)\b/i;
const ASKER = /\b(?:i|i'm|im|me|my|we|we're|our|us|you|your|u|ur)\b/i;

export function withoutPreamble(text: string): string {
  if (/[\u0600-\u06FF]/.test(text.slice(0, 40))) return withoutArabicPreamble(text);
  const m = PREAMBLE.exec(text);
  if (!m || (NAMES_SOMETHING.some((re) => re.test(m[1]!)) && !FOR_A_TEXT.test(m[1]!)) || /[\u0600-\u06FF]/.test(m[1]!) || boundsTime(m[1]!)) return text;
  const rest = text.slice(m[0].length).trim();
  if (namesWhatFollowsPointsTo(m[1]!, rest)) return text;
  return rest.split(/\s+/).length >= MIN_QUESTION_WORDS ? rest : text;
}

/**
 * «…وأحتاج إلى تعريف موجز بعملية التشاور العربية الإقليمية: ما هي، وما الغرض من إنشائها؟», «يطلب منا مكتب الوزير
 * تعريفاً موجزاً بالاتفاق العالمي للهجرة لإدراجه في مذكرة: ما طبيعته القانونية، وكم عدد أهدافه؟», "We need a brief
 * definition of the GFMD for our note: what is it, and when was it launched?": a definition asked of a thing, then
 * what is asked of it by a pronoun. Read as "the thing: the questions" (sentence-parts.ts asks each of it); read
 * whole, the asker's words were searched with the first question, and the subject was lost to the second.
 */
const DEFINITION_OF_AR = /^[^:؟?]{0,160}?(?:^|\s)(?:ب|[إا]لى\s+)?تعريف[اًا]*\s+(?:(?:مبسط|موجز|مختصر|عام|سريع)[اًا]*\s+)?(?:ب|عن\s+)([^:؟?]{3,120}?)(?:\s+ل(?:[إا]دراج|استخدام|تضمين|[إا]عداد)[^:؟?]*)?\s*:\s*(?=\S)/u;
const DEFINITION_OF_EN = /^[^:?]{0,160}?\b(?:definition|description|introduction|overview|explanation)\s+(?:of|to)\s+([^:?]{3,120}?)(?:\s+(?:for|to\s+include\s+in)\s+(?:our|my|the|a|an)\b[^:?]*)?\s*:\s*(?=\S)/i;
/**
 * «…وأودّ قبل الاجتماع المقبل أن أفهم آلية إعداد البيان السنوي…: في أي مرحلة يُتفق على مضمونه، وباسم من يصدر؟», "I would
 * like to understand how the annual statement is prepared: at what stage is it agreed, and in whose name is it issued?":
 * the thing the asker wants to understand, then what is asked of it. Read the same way as a definition asked.
 */
const UNDERSTAND_OF_AR = /^[^:؟?]{0,160}?(?:^|\s|و)(?:[أا]ود|نود|[أا]رغب|نرغب|[أا]ريد|نريد|نأمل|[أا]مل)\u0651?(?:\s+[^\s:؟?]+){0,4}?\s+(?:[أا]ن\s+)?(?:[أا]فهم|نفهم|[أا]تبين|نتبين|[أا]ستوضح|نستوضح|[أا]عرف|نعرف)\u0651?\s+([^:؟?]{3,120}?)\s*:\s*(?=\S)/u;
const UNDERSTAND_OF_EN = /^[^:?]{0,160}?\b(?:would\s+like|'d\s+like|want|wish|need|hope)\s+to\s+(?:better\s+)?(?:understand|know\s+more\s+about|learn\s+about)\s+([^:?]{3,120}?)\s*:\s*(?=\S)/i;

/**
 * "I am checking two details of the Beirut regional consultation of September 2017: approximately how many participants
 * attended it, and under which resolution it was mandated", «نودّ التحقق من أمرين بشأن الاجتماع التاسع: …»: the details
 * asked of a thing, then each of them of it.
 */
const DETAILS_OF_EN = /^[^:?]{0,160}?\b(?:(?:two|three|four|a\s+few|some|several|the\s+following|a\s+couple\s+of)\s+)?(?:details|points|facts|things|questions|elements|aspects)\s+(?:of|on|about|regarding|concerning)\s+([^:?]{3,120}?)\s*:\s*(?=\S)/i;
const DETAILS_OF_AR = /^[^:؟?]{0,160}?(?:^|\s)(?:تفصيلين|تفاصيل|نقطتين|نقاط|معلومتين|[أا]مرين|سؤالين|مسألتين)\s+(?:عن|بشأن|حول|بخصوص|من|في)\s+([^:؟?]{3,120}?)\s*:\s*(?=\S)/u;

/**
 * «…، ونرجو إفادتنا بما ورد في بيان اليوم العالمي للاجئين لعام 2018 بشأن أمرين: القرار الذي استند إليه…، والحقبة التي…»,
 * "…what the 2018 statement said on two points: the resolution it cited, and…": what a record said, asked point by point.
 */
const POINTS_OF_AR = /^[^:؟?]{0,240}?(?:^|\s)ب?(?:ما|ماذا)\s+(?:ورد|جاء|ذكر)\s+في\s+([^:؟?]{3,120}?)\s+(?:بشأن|حول|في|عن|بخصوص)\s+(?:[أا]مرين|نقطتين|مسألتين|تفصيلين|ال[أا]مور|النقاط|المسائل)(?:\s+(?:التاليين|التالية|الآتيين|الآتية))?\s*:\s*(?=\S)/u;
const POINTS_OF_EN = /^[^:?]{0,240}?\bwhat\s+([^:?]{3,120}?)\s+(?:said|stated|says|held)\s+(?:on|about|regarding|concerning)\s+(?:two|three|four|the\s+following)\s+(?:points|matters|issues|questions|things)\s*:\s*(?=\S)/i;

/**
 * «…نودّ رصد الأرقام التي ذكرتها الجامعة العربية عن عدد اللاجئين الفلسطينيين: ما الرقم الوارد في بيان 2020، وما الذي
 * ذكرته…؟», "we are tracing the figures the League gave for Palestine refugees: what did the 2020 statement say, and…":
 * what the asker traces across records, then each record asked of it (the second ask had lost what it was about).
 */
const TRACED_OF_AR = /^[^:؟?]{0,200}?(?:^|\s)(?:ال)?(?:[أا]رقام|[أا]عداد|مواقف|صيغ|تواريخ|عبارات|دعوات)\s+(?:[^:؟?\s]+\s+){0,5}?(?:عن|بشأن|حول|بخصوص|ل)\s*([^:؟?]{3,120}?)\s*:\s*(?=\S)/u;
const TRACED_OF_EN = /^[^:?]{0,200}?\b(?:the\s+)?(?:figures|numbers|positions|wordings|dates|language|calls)\s+(?:[^:?\s]+\s+){0,5}?(?:for|on|about|regarding|of)\s+([^:?]{3,120}?)\s*:\s*(?=\S)/i;

export function asSubjectThenAsks(sentence: string): string {
  for (const re of [DEFINITION_OF_AR, DEFINITION_OF_EN, UNDERSTAND_OF_AR, UNDERSTAND_OF_EN, DETAILS_OF_EN, DETAILS_OF_AR, POINTS_OF_AR, POINTS_OF_EN, TRACED_OF_AR, TRACED_OF_EN]) {
    const m = re.exec(sentence);
    if (m) return `${m[1]!.trim()}: ${sentence.slice(m[0].length).trim()}`;
  }
  return sentence;
}
