import { understandQuestion } from '../question/understand.js';
import { withoutCourtesy } from '../question/courtesy.js';
import { leansOnContext } from '../question/leaning.js';
import { arabicAwareDistance } from '../text/edit-distance.js';
import { HOLDS_POST_AR } from '../text/framing-phrases.js';
import { normalizeArabic, normalizeForMatch } from '../text/normalize.js';
import { ASKER_OR_ADDRESSEE, TO_KNOW } from './cues.js';
import { STRONG_REQUEST_CUE, type RuleSignals } from './rules.js';
import { REQUEST_INTENTS } from './types.js';

/**
 * The asker, the person addressed, or what is still to come: "can someone call me", "our delegation",
 * "the next meeting", «وفدنا», «بريده», «الاجتماع القادم». A message with any of them is a request, however
 * it is worded.
 */
const OWN_OR_COMING = new RegExp(
  String.raw`\b(?:${[...ASKER_OR_ADDRESSEE.en, "i'?d", "we'?d", 'next', 'upcoming', 'coming', 'forthcoming', 'future'].join('|')})\b|` +
    normalizeArabic(
      String.raw`(?<![\p{L}])(?:${[...ASKER_OR_ADDRESSEE.ar, 'عندي', 'عندنا', 'وفدنا', 'وفدي', 'بلادي', 'بلادنا', 'دولتنا', 'وزارتنا', 'بريده', 'بريدها', 'رقمه', 'رقمها', 'مراسلته', 'مراسلتها', 'القادم', 'القادمه', 'المقبل', 'المقبله', 'الجاي', 'الجايه'].join('|')})(?![\p{L}])|(?<![\p{L}])(?:ا|ن)(?:حتاج|ريد|ود|رغب|تصل|تواصل|رجو)\S*`,
    ),
  'u',
);

/** What is still to come: "the next meeting", «الاجتماع القادم». */
const COMING = new RegExp(String.raw`\b(?:next|upcoming|coming|forthcoming|future)\b|` + normalizeArabic(String.raw`(?<![\p{L}])(?:القادم|القادمه|المقبل|المقبله|الجاي|الجايه)(?![\p{L}])`), 'u');

/**
 * A question of fact about an event on record — asked in the past tense, or naming a numbered meeting or
 * session or a past year — that names nothing of the asker's own nor anything to come: "who attended the 10th meeting?", «من هي ممثلة
 * المفوضية التي ألقت كلمة في الاجتماع الحادي عشر؟». Their words (attend, representative, director) are
 * those of registrations and contact requests, so the model reads them as requests; the record answers them.
 */
export function asksForRecordedFact(text: string, norm: string, signals: RuleSignals, now = new Date()): boolean {
  // The purpose and courtesy around the question ("For a note we're drafting for the minister: …") name
  // the asker, not what is asked.
  // "(i) when was…, (ii) who…": a list's labels, not the asker's "I".
  const asked = normalizeForMatch(withoutCourtesy(questionSentences(text))).replace(LIST_LABEL, ' ');
  if (!(signals.informationQuestion || isChatNote(signals))) return false;
  const { entities } = understandQuestion(text, { now });
  const pastEvent = entities.ordinals.length > 0 || entities.years.some((y) => y < now.getFullYear());
  // ("Could you confirm which Moroccan bodies made up our delegation to the 9th regular meeting in May 2023?": the
  // asker's own delegation, at a meeting held, is on record; to the next one, it is a registration.)
  const ownOfThePast = pastEvent && PAST.test(asked) && !COMING.test(asked);
  if (OWN_OR_COMING.test(asked.replace(WANTS_TO_KNOW, '')) && !ownOfThePast) return false;
  if (PAST.test(norm) || COUNT_OF_RECORD.test(norm) || BODYS_OUTPUT.test(norm) || (WHO_HOLDS.test(withOfficesMended(norm)) && !WISH_TO_REACH.test(norm)) || WHICH_BODY_SERVES.test(norm) || WHO_USUALLY_TAKES_PART.test(norm)) return true;
  return pastEvent;
}

/**
 * "10th mtg participants?", "name of palestinian delegate at 10th mtg": a chat line with no question word
 * that names an event on record, whose only request cues are words registrations share with questions of
 * record. A request's own words ("register", "send me") are not among them.
 */
function isChatNote(signals: RuleSignals): boolean {
  return signals.namesEvent && Math.max(...[...REQUEST_INTENTS].map((i) => signals.scores[i])) < STRONG_REQUEST_CUE;
}

/**
 * What a message asks, when a sentence of its own asks it: "Our delegation is new to this file. Who opened
 * the 9th ARCP meeting?" names the asker before a question of record. A question too short to name its
 * subject ("When is it?") leans on what came before, which stays.
 */
function questionSentences(text: string): string {
  const asked = text.match(/[^.!?؟\n]+[?؟]/gu) ?? [];
  const whole = asked.join(' ').trim();
  return whole !== text.trim() && whole.split(/\s+/).length >= SELF_STANDING_WORDS && !leansOnContext(whole) ? whole : text;
}
const SELF_STANDING_WORDS = 5;
const LIST_LABEL = /\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)|(?:^|\n)\s*(?:[ivx]{1,4}|[a-h])[.)]\s/gu;

/**
 * "I need to know…", "can you tell me…", "our delegation would welcome the dates of…", «بدي أعرف…»: the asker
 * wants a fact, not an act (the delegation's welcome was read as a registration).
 */
const WANTS_TO_KNOW = new RegExp(
  String.raw`\b(?:i|we) (?:need|want|would like|'d like|wish) to (?:${TO_KNOW})\b|\b(?:can|could) (?:you|u) (?:tell|remind|confirm (?:to )?) ?(?:me|us)\b|` +
    String.raw`\b(?:(?:our|my) (?:delegation|mission|ministry|office|team|embassy)|i|we) would (?:welcome|appreciate|value)(?: (?:knowing|learning|being told|being reminded))?\b|` +
    normalizeArabic(String.raw`(?<![\p{L}])(?:بدي|بدنا|ابي|ابغي|اريد|نريد|نود|اود|حاب|عايز)(?: ان)? (?:اعرف|نعرف|معرفه)(?![\p{L}])`),
  'gu',
);

/**
 * Asked in the past tense: what was, not what the asker wants done («قديش كان عدد المشاركين…؟», "who
 * attended…", «من شارك…»), also as a follow-up opens it, with «و» («وكان فيها كام مشارك؟»).
 */
const PAST = new RegExp(
  String.raw`\b(?:was|were|did|had|made up|attended|participated|took part|spoke|opened|chaired|co-chaired|hosted|delivered|represented|presented|signed|organi[sz]ed|issued|prepared)\b|` +
    normalizeArabic(String.raw`(?<![\p{L}])[وف]?(?:كان|كانت|كانوا|شارك|شاركت|شاركوا|حضر|حضرت|حضروا|افتتح|افتتحت|ترأس|ترأست|مثل|مثلت|ألقى|ألقت|تحدث|تحدثت|قدم|قدمت|قدموا|أعد|أعدت|أصدر|أصدرت|نظم|نظمت|وقع|وقعت)(?![\p{L}])`),
  'u',
);

/**
 * What a body of record contributed or put forward: "what's the ARCP's contribution to the GCM", «ما مساهمة
 * العملية في الاتفاق العالمي». Its words are a submission's; a state sends its own, the record holds these.
 */
const BODYS_OUTPUT = new RegExp(
  String.raw`\b(?:arcp|las|league|iom|unhcr|escwa)(?:'s|s)? (?:contribution|input|submission|position paper)s?\b|` +
    normalizeArabic(String.raw`(?<![\p{L}])(?:مساهمه|مساهمات|اسهام|اسهامات|مدخلات) (?:عمليه التشاور|العمليه|الجامعه|جامعه الدول العربيه|المنظمه الدوليه للهجره|المفوضيه|الاسكوا)(?![\p{L}])`),
  'u',
);

/**
 * "How many participants…", «كم عدد المشاركين…», «كم مسؤول تدربو…»: a count of what took place, unless it asks
 * what may be done ("how many delegates can we register").
 */
const COUNT_OF_RECORD = new RegExp(
  String.raw`^(?!.*\b(?:can|could|may|allowed|should|must|per delegation)\b)(?=.*\bhow many\b)|` +
    normalizeArabic(String.raw`^(?!.*(?<![\p{L}])(?:يمكن|ممكن|يحق|مسموح|يسمح|نقدر|اقدر|بقدر|لكل وفد)(?![\p{L}]))(?=.*(?<![\p{L}])[وف]?(?:كم|كام|قديش|قداش|شحال)(?: كان)?(?: عدد)? (?!مره|مرات)[\p{L}])`),
  'u',
);

/** "who is the diretor…", "directr": an office typed a letter off is that office (the question became a ticket). */
const OFFICES = ['director', 'president', 'representative', 'chairman'];
function withOfficesMended(norm: string): string {
  return norm.replace(/[a-z]{6,}/g, (word) => OFFICES.find((office) => arabicAwareDistance(word, office, 1) <= 1) ?? word);
}

/**
 * "Who is the director of the department?", «منو مديرة إدارة شؤون اللاجئين؟»: who holds an office is on
 * record; a wish to reach that person names the asker («أريد التواصل مع…») and is read above as a request.
 */
const WHO_HOLDS = new RegExp(
  String.raw`\bwho(?: is|'s|s| was| are| were) (?:the )?(?:current |present |new )?(?:director|head|chair|secretary-general|secretary general|assistant secretary-general|representative|president)\b|\bwho (?:runs|heads|leads|chairs|manages|ran|headed|led|chaired) (?:the )?(?!meeting)\w+|` +
    // "Who held the post of…?", «من تولّى منصب…؟», «من شغل منصب…؟»: who held an office, not whom to reach.
    String.raw`\bwho (?:has |had )?(?:held|holds|occupied|occupies|filled) (?:the |that |this )?(?:post|office|position|role|seat)\b|` +
    normalizeArabic(String.raw`(?<![\p{L}])(?:من هو|من هي|منو|مين|من|شكون|شكونه)\s+(?:هو\s+|هي\s+)?(?:(?:ال)?(?:مدير|مديره|رئيس|رئيسه|الامين العام|امين عام|ممثل|ممثله)|يتولى|تتولى|${HOLDS_POST_AR}\s+(?:ال)?منصب)(?![\p{L}])`),
  'u',
);

/**
 * «أريد التواصل مع من يتولى منصب مدير الإدارة», "I'd like to get in touch with whoever holds…": whom to reach, a
 * request however the holder is named (the purpose words before it are courtesy to withoutCourtesy).
 */
const WISH_TO_REACH = new RegExp(
  String.raw`\b(?:get in touch|in touch with|contact|reach (?:out|him|her|them)|speak (?:to|with)|talk (?:to|with)|meet(?:ing)? (?:with )?)\b|` +
    normalizeArabic(String.raw`(?<![\p{L}])[وفل]?(?:التواصل|تواصل|اتواصل|نتواصل|الاتصال|اتصال|اتصل|نتصل|مقابله|لقاء|اكلم|نكلم)(?![\p{L}])`),
  'u',
);

/**
 * "Which LAS department acts as the secretariat?", «ما الجهة التي تتولى الأمانة الفنية؟»: which body holds a
 * role is on record (the word "secretariat" read it as a wish to reach staff).
 */
const WHICH_BODY_SERVES = new RegExp(
  String.raw`\b(?:which|what)\s+(?:\S+\s+){0,2}(?:department|office|body|entity|unit|organ|sector|division|organi[sz]ation|agency|directorate)\s+(?:acts|serves|functions|works|acted|served|is|was)\s+as\b|` +
    normalizeArabic(String.raw`(?<![\p{L}])(?:اي|ما|ماهي|ما هي|شو|وش|ايش|شنو|مين|من)\s+(?:هي\s+)?(?:ال)?(?:اداره|جهه|هيئه|وحده|قطاع|مكتب|اقسام|قسم)\s+(?:\S+\s+){0,2}?(?:التي|اللي|الذي)?\s*(?:تتولى|تقوم بدور|تعمل ك|تضطلع بدور|يتولى|يقوم بدور|تشكل|تمثل)(?![\p{L}])`),
  'u',
);

/**
 * "Who participates in ARCP meetings?", «مين بيحضر الاجتماعات العادية؟»: who usually takes part, which the
 * record of the working methods says. Only of meetings in general (the plural, or the regular or annual
 * meeting): "who attends the meeting?" may ask who is coming, which is for staff.
 */
const WHO_USUALLY_TAKES_PART = new RegExp(
  String.raw`\bwho (?:participates|attends|takes part|is invited|are invited|sits|represents states)\b(?!.*\b(?:can|could|may|should)\b).*\b(?:meetings|(?:regular|annual) meeting)\b|` +
    normalizeArabic(
      String.raw`(?<![\p{L}])(?:من|مين|منو|شكون)\s+(?:يحضر|بيحضر|يشارك|بيشارك|يشاركون|يحضرون|يدعى|يدعي)\s+(?:في\s+|ب)?(?:ال)?(?:اجتماعات|اجتماع\s+(?:ال)?(?:عادي|سنوي))`,
    ),
  'u',
);

/**
 * "Give me an idea of the 2021 statement", «ممكن تعطيني فكرة عن بيان 2021؟», «نبذة عن…»: a summary of what is
 * on record, which the record gives, unlike a copy of the document ("send me the text", «نسخة»، «النص الكامل»).
 */
const SUMMARY = new RegExp(
  String.raw`\b(?:an? (?:(?:short|quick|brief|rough|general|one-line|one-paragraph) )?(?:idea|overview|summary|sense|gist)|the (?:gist|highlights|main points)|information) (?:of|about|on|regarding)\b|\b(?:summari[sz]e|brief me on)\b|` +
    // "a quick comparison of…", «تزويدي بمقارنة سريعة بين…», «بتطور هذا الرقم»: what the record says, compared or in time.
    String.raw`\ban? (?:(?:short|quick|brief|rough|simple) )?(?:comparison|timeline|chronology) (?:of|between)\b|` +
    normalizeArabic(String.raw`(?<![\p{L}])(?:فكره عن|فكره عامه عن|نبذه عن|ملخص|ملخصا|لخص|لخصلي|خلاصه|ب?معلومات (?:عن|حول|بشان)|ب?مقارنه(?: \S+)? بين|بتطور|بالتسلسل الزمني)(?![\p{L}])`),
  'u',
);
const A_COPY = new RegExp(
  String.raw`\b(?:copy|copies|pdf|file|text|send|attach\w*|download)\b|` + normalizeArabic(String.raw`(?<![\p{L}])(?:نسخه|النص|نص|ملف|ارسال|ارسل|ارسلوا|ابعت|تحميل|الكامل)(?![\p{L}])|(?<![\p{L}])ب?(?:نص|نسخت)(?:ه|ها)(?![\p{L}])`),
  'u',
);

/**
 * "Please provide us with the date of the 8th meeting", «نرجو تزويدنا بتاريخ انعقاد الاجتماع الثامن»,
 * «…بعدد الدول الأعضاء», "kindly provide the names of the speakers": a fact of the record asked with the verb
 * of a request for a document. The record answers it; a ticket for a document beside the answer was noise.
 */
const A_FACT_SUPPLIED = new RegExp(
  String.raw`\b(?:provide|give|share|let (?:us|me) have)(?: (?:us|me))?(?: with)? (?:the )?(?:exact |precise |full |official )?(?:date|dates|venue|place|location|number|names?|year|objectives|aims|goals|themes|topics)(?: (?:of|for|on))\b|` +
    normalizeArabic(String.raw`(?<![\p{L}])ب?(?:تزويد|موافا|افاد|اعلام)\S*\s+(?:ب|عن\s+)(?:ال)?(?:تاريخ|موعد|مكان|مقر|عدد|اسم|اسماء|اهداف|محاور|مواضيع|موضوعات)(?![\p{L}])`),
  'u',
);

export function asksForSummary(norm: string): boolean {
  return (SUMMARY.test(norm) || A_FACT_SUPPLIED.test(norm)) && !A_COPY.test(norm);
}

/**
 * «تقرير 2021 اتطلق امتى؟», "When was the 2021 report launched?", "Who wrote it?": a date, place, author or
 * number of a document asked with its question word, which the record answers or says it lacks; no copy of
 * it is asked (it was ticketed as a request for the document).
 */
const A_FACT_ASKED = new RegExp(
  String.raw`(?:^|[.?!]\s*)(?:and\s+)?(?:when|where|who|whom|how many)\b|` +
    normalizeArabic(String.raw`(?<![\p{L}])[وف]?(?:متى|امتى|ايمتى|[اأ]ين|وين|فين|من|مين|منو|كم|قديش|شحال)\s*[؟?]?\s*$|^[وف]?(?:متى|امتى|ايمتى|[اأ]ين|وين|فين|من|مين|منو|كم|قديش|شحال)(?![\p{L}])`) +
    // «الاجتماع الاستثنائي اللي سوّوه قبل… منو افتتحه ووين انعقد»: a question word that is no preposition, mid-sentence.
    '|' + normalizeArabic(String.raw`(?<![\p{L}])[وف]?(?:متى|امتى|ايمتى|وين|فين|مين|منو|قديش|شحال)\s+\p{L}{3,}`),
  'u',
);

export function asksAFactOf(norm: string): boolean {
  return A_FACT_ASKED.test(norm) && !A_COPY.test(norm) && !ASKER_GETS.test(norm);
}
/** "Where can I get the annex…?", «من وين أقدر أنزل التقرير؟», «وين ألاقي…»: where the asker gets a copy, a request. */
const ASKER_GETS = new RegExp(String.raw`\b(?:i|we|me|us)\b|` + normalizeArabic(String.raw`(?<![\p{L}])(?:اقدر|نقدر|الاقي|نلاقي|احصل|نحصل|اجد|نجد|انزل|ننزل|احمل|نحمل|القى|نلقى)(?![\p{L}])`), 'u');

/**
 * «هل صحيح أن الاجتماع السابع عُقد حضورياً في القاهرة؟», «هل صحيح أن مديرة الإدارة هي…؟», "Is it true that the
 * director of the department is…?": a claim about the record put to be checked. Its words (in person, director)
 * are those of registrations and contact requests, and it became one; the record checks it. Not when the
 * claim is of the asker's own or of what is to come ("is it true that we can register two delegates?").
 */
const CLAIM_OF_RECORD = new RegExp(
  String.raw`^(?:is it (?:true|correct|right|accurate) that|true or false|fact check|myth or fact|(?:can|could) you confirm that)\b|` +
    normalizeArabic(String.raw`^[وف]?(?:هل\s+|اليس\s+(?:من\s+)?(?:ال)?|مش\s+)?(?:صحيح|صحيحا|صح|دقيق|مظبوط|مضبوط)\s+(?:ان|انو|انه)(?![\p{L}])`),
  'u',
);

export function putsClaimOfRecord(text: string, norm: string): boolean {
  return CLAIM_OF_RECORD.test(norm) && !OWN_OR_COMING.test(normalizeForMatch(withoutCourtesy(text)));
}

