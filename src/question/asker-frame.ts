import { opensAnAsk } from './chat-ask.js';

/**
 * Who asks, said around the question: a question passed on from someone else, a sentence saying who writes, the
 * asker's frame of the asking, a wish for the one asked, a label. None is asked: courtesy.ts cuts them, and a
 * sentence of them is no context of the question after it (letter.ts).
 */

/**
 * "My colleague asked: \"Where was the 10th meeting held?\"", «زميلي يسأل: «وين انعقد…»»: a question passed on from
 * someone else asks what it quotes. "Colleague" and «زميلي» are in no record, and the quoted question was refused.
 */
const ASKER_EN = String.raw`(?:my|our|the|a)\s+(?:colleague|boss|ambassador|minister|director|head\s+of\s+mission|counsellor|counselor|supervisor|manager|chief|delegation|capital|team|deputy)`;
const ASKER_AR = String.raw`(?:زميل(?:ي|تي|نا)|زميلتي|(?:سعاد[ةه]\s+)?السفير(?:[ةه])?|(?:معالي\s+)?الوزير|المدير|مدير(?:ي|نا|تي)|رئيس(?:ي|نا)|الوفد|العاصم[ةه]|المستشار)`;
const ASKS_AR = String.raw`(?:يس[أا]ل(?:ني|نا)?|بيس[أا]ل|تس[أا]ل|بتس[أا]ل|س[أا]ل(?:ني|نا)?|س[أا]لت(?:ني|نا)?|يستفسر|بده\s+يعرف|يريد\s+[أا]ن\s+يعرف)`;
export const PASSED_ON = [
  new RegExp(String.raw`^${ASKER_EN}\s+(?:asked|asks|is\s+asking|wants\s+to\s+know|would\s+like\s+to\s+know|wonders|was\s+wondering)(?:\s+(?:me|us))?\s*[:,–—-]\s*`, 'i'),
  new RegExp(String.raw`^(?:${ASKER_AR}\s+${ASKS_AR}|${ASKS_AR}\s+${ASKER_AR}|سؤال\s+من\s+${ASKER_AR})\s*[:،,–—-]\s*`, 'u'),
  // "A newly arrived colleague at our mission has asked me what the IMRF actually is.": passed on as reported speech.
  new RegExp(String.raw`^[^.?!:]{0,100}?\b(?:has\s+|have\s+|had\s+)?(?:asked|asks|is\s+asking|was\s+asking|wants\s+to\s+know|was\s+wondering)\s+(?:me|us)\s+(?=(?:what|which|when|where|who|whom|why|how|whether|if)\b)`, 'i'),
];
/** A question wholly in quotation marks, once what passed it on is cut. */
export const QUOTED = /^["“«'‘]\s*([^"“”«»]+?)\s*["”»'’]$/u;
/**
 * «صباح الخير. أنا نقطة الاتصال من الأردن. متى…», "I'm the focal point of Jordan. When…": who writes, in a sentence of its
 * own before the question. Read with it, the focal point named was a wish to reach one, and the question a ticket.
 */
export const SELF_INTRODUCTION =
  /(?:^|(?<=^[^.؟?!\n]{1,30}[.!]\s+))(?:(?:i\s+am|i'm|this\s+is|my\s+name\s+is)\s+[^.?!\n]{0,80}?\b(?:focal\s+point|mission|delegation|embassy|ministry|delegate|representative|desk|office)\b[^.?!\n]{0,40}[.!]\s+|(?:[أا]نا|معك(?:م)?|معاك(?:م)?)\s+[^.؟?!\n]{0,80}?(?:نقط[ةه]\s+الاتصال|مندوب|ممثل|بعث[ةه]|وزار[ةه]|سفار[ةه]|وفد|مكتب)[^.؟?!\n]{0,40}[.!]\s+)/iu;

/**
 * "I was asked to check the following: …", "Following up on my earlier message - …", «متابعة لرسالتي السابقة: …»,
 * «طُلب مني التحقق مما يلي: …»: the asker's own frame before a colon or a dash, which says something of the asker
 * and of the asking, and nothing of the record. Read with the question, it was refused or filed as a registration.
 * A frame that names a subject ("My question on the Beirut consultation: …", «سؤالي عن بيان 2019: …») is the
 * question's own.
 */
const FRAME_BEFORE = /^([^:：?؟\n]{3,80}?)\s*(?:[:：]|\s[–—-])\s+/u;
/**
 * …and of the asking itself: a question, a check, a message followed up, a colleague's request (not "I have
 * finalised our contribution - to which email…", which is a submission).
 */
const OF_ASKING = /\b(?:ask(?:ed|ing)?|check(?:ing)?|questions?|quer(?:y|ies)|follow(?:ing)?[\s-]+up|message|e-?mail|wonder(?:ing|ed)?|curious|clarif\w*|confirm\w*|requested)\b|(?:^|\s)(?:[وف]?(?:سؤال|[أا]سئل[ةه]|استفسار|متابع[ةه]|رسال|التحقق|للتحقق|الت[أا]كد|للت[أا]كد|طلب|طُلب|[أا]س[أا]ل|نس[أا]ل|[أا]تساءل|[أان]?ت[أا]كد|[أا]تحقق|نتحقق|[أا]عرف|نعرف))/iu;
const OF_THE_ASKER = /\b(?:i|i'm|i've|me|my|we|we're|our|us)\b|(?:^|\s)(?:[أا]نا|نحن|لي|لنا|مني|منا|عندي|عندنا|(?!ال)[\u0621-\u064A]{2,}(?:تي|ني))(?=\s|$)/iu;
const NAMES_A_TOPIC = /\b(?:on|about|regarding|concerning|re)\s+(?!(?:my|our|your|this|that|it|the\s+(?:above|following|below))\b)|(?:^|\s)(?:عن|حول|بشأن|بخصوص)\s+(?!(?:رسال|ذلك|هذا|ما\s+يلي))|\d|[A-Z]{2,}/u;

export function withoutOwnFrame(text: string): string {
  const m = FRAME_BEFORE.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  // (What follows asks: it opens as a question does, or ends with a question mark.)
  const asks = opensAnAsk(rest) || /[?؟]\s*$/u.test(rest);
  const frame = m[1]!;
  return OF_THE_ASKER.test(frame) && OF_ASKING.test(frame) && !NAMES_A_TOPIC.test(frame) && asks ? rest : text;
}

/**
 * "Hello, hope you're well! …", «أهلين، إن شاء الله بخير! …»: a wish for the one asked, after or instead of a greeting.
 * Read with the question, «إن شاء الله» made it a registration.
 */
export const PLEASANTRY =
  /(?<=^|[،,!.]\s{0,3}|^\S+\s)(?:(?:i\s+|we\s+)?hope\s+(?:you(?:'re|\s+are)\s+(?:well|doing\s+well|fine)|(?:this|my)\s+(?:message\s+|e-?mail\s+|note\s+)?finds\s+you\s+well|all\s+is\s+well)|[إا]ن\s+شاء\s+الله\s+(?:تكونو?ا?\s+|تكون\s+)?(?:بخير|طيبين)|[أا]تمنى\s+[أا]ن\s+تكونوا\s+بخير|[أا]رجو\s+[أا]ن\s+تكونوا\s+بخير|عساك(?:م)?\s+(?:بخير|طيبين)|كيف\s+(?:الحال|حالك(?:م)?))\s*[!.،,]+\s*/iu;
/** "Q: what is the HLOM", «س: متى…»: the question labelled as one (read with the label, it was out of scope). */
export const QUESTION_LABEL = /^(?:q|question|س|سؤال|استفسار)\s*[:：]\s*/iu;

/**
 * "We are updating our records on the ARCP. When did…?", "The Ministry of Labour of Oman is preparing a file on our past
 * participation in the Process. We would appreciate…" (read as a registration), «نقوم بتحديث سجلاتنا حول العملية. متى…؟»: the asker's own
 * work, in a sentence before the question. Intent reads the question without it ("updating our records" read as a
 * submission, «…ونحن نجهّز ورقة خلفية لسعادة الوكيل قبل مشاركته في الاجتماع العادي.» as a registration); the search
 * keeps it, as it may name the subject ("…a file on the 9th meeting. When was it held?").
 */
export const OWN_WORK_SENTENCE =
  /^(?:(?:(?:we|i)(?:'re|'m|\s+are|\s+am)|(?:the|our)\s+(?:[\w'-]+\s+){0,6}?(?:ministry|mission|office|delegation|embassy|department|unit|team|directorate|secretariat|bureau)\b[^.?!\n]{0,60}?\s+(?:is|are))\s+(?:currently\s+|now\s+)?(?:updating|preparing|drafting|compiling|writing|reviewing|working\s+on|putting\s+together|finali[sz]ing)\b[^.?!\n]{0,100}[.!]\s+|(?:نقوم|[أا]قوم|نعمل|[أا]عمل)\s+(?:ب|على\s+)?(?:تحديث|[إا]عداد|تحضير|مراجع[ةه]|كتاب[ةه]|تجميع)[^.؟?!\n]{0,100}[.!]\s+|[^.؟?!\n]{0,120}?(?:^|\s|و)(?:نحن\s+)?(?:نجه\u0651?ز|[أا]جه\u0651?ز|نعد\u0651?|[أا]عد\u0651?|نحض\u0651?ر|[أا]حض\u0651?ر|نكتب)\s+(?:[^\s.؟?!]+\s+){0,4}?(?:ورق|مذكر|[إا]حاط|كلم|تقرير|ملف|عرض|دراس)[^.؟?!\n]{0,120}[.!]\s+)/iu;
