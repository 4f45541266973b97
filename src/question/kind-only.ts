import { normalizeForMatch } from '../text/normalize.js';
import { isQueryNoise } from '../text/query-noise.js';
import { isStopword } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';

/**
 * "I'm writing a background note on how the ARCP's engagement with the GCR developed from 2016 to 2025. Could you
 * outline the main steps?", «…نعدّ ورقة عن مشاركة العملية في المنتدى العالمي. هل يمكن تزويدنا بأبرز المحطات؟»: a
 * question of asking words and of the kind of answer wanted (steps, points, figures, details) names no subject of
 * its own; it is about the sentence before. Searched alone, "what are the main steps?" was refused.
 */
const KIND_WORDS = new Set(
  tokenize(
    normalizeForMatch(`outline outlines summarise summarize summary overview describe explain list give share provide send walk through
    steps step milestones milestone stages stage phases phase points point figures figure numbers details detail highlights developments facts
    dates timeline chronology background basics elements key main principal major important relevant brief short quick rundown us me please
    capacity capacities صفه بصفه وبصفه
    المحطات محطات مراحل المراحل خطوات الخطوات النقاط نقاط التفاصيل تفاصيل الارقام ارقام التواريخ تواريخ ملخص لمحة نبذة تسلسل
    ابرز اهم الرئيسية رئيسية العناصر عناصر تزويدنا تزويدي بابرز باهم بالتفاصيل بملخص بنبذة يمكن يمكنكم بامكانكم`),
  ),
);

/** Whether every word of a question is a function word, an asking word or a word for the kind of answer wanted. */
export function namesOnlyTheKind(question: string): boolean {
  const words = tokenize(normalizeForMatch(question));
  const kind = words.filter((w) => KIND_WORDS.has(w));
  return kind.length > 0 && words.every((w) => KIND_WORDS.has(w) || isStopword(w) || isQueryNoise(w));
}

/**
 * "I'm writing a background note on …", «نعدّ ورقة عن …»: the asker's work, whose subject is what the question of
 * a kind asks of.
 */
const WORK_ON_EN =
  /^(?:(?:i|we)(?:'m|'re|\s+am|\s+are|\s+have\s+been|\s+will\s+be)\s+)(?:\w+\s+){0,2}?(?:writing|preparing|drafting|compiling|putting\s+together|updating|working\s+on|finali[sz]ing)\s+(?:a|an|the|our|my)\s+(?:[\w-]+\s+){0,3}?(?:note|paper|brief|briefing|report|memo|file|presentation|speech|analysis|study|chapter|section|overview)\s+(?:on|about|regarding|concerning|covering)\s+/i;
const WORK_ON_AR =
  /^(?:[أا]عد|نعد|[أا]كتب|نكتب|[أا]حضر|نحضر|[أا]جهز|نجهز|نعمل\s+على|[أا]عمل\s+على|تعد|يعد|تعمل\s+على|يعمل\s+على)[\u064B-\u0652]*\s+(?:[\u0621-\u064A]+\s+){0,3}?(?:ورق[ةه]|مذكر[ةه]|تقرير[اًا]*|ملف[اًا]*|عرض[اًا]*|دراس[ةه]|كلم[ةه]|موجز[اًا]*)(?:\s+[\u0621-\u064A]+){0,2}?\s+(?:عن|حول|بشأن|بشان|بخصوص)\s+/u;

/**
 * …and what the asker's work is for, after its subject: «معلومات عن المنتدى العالمي الثاني للاجئين لإحاطة المجموعة العربية
 * في جنيف» (to brief the Arab Group in Geneva: «إحاطة» and «المجموعة» are in no record, and vetoed the answer), "…
 * for a briefing to the Arab Group".
 */
const WORK_FOR_EN = /\s+(?:to\s+brief|for\s+(?:a\s+|the\s+|our\s+)?(?:briefing|brief|background\s+note|note|memo))\b[^.?:]*$/i;
const WORK_FOR_AR = /\s+(?:ل[إا]حاط[ةه]|ل[إا]عداد|لتحديث|لاستكمال|لتزويد)\s+[^.؟?:]*$/u;

/**
 * The sentence a question leans on, without the asker's work around its subject: «تعد وزارتنا مذكرة عن الاستعراضين
 * الإقليميين…» is the context «الاستعراضين الإقليميين…» («وزارتنا» and «تعد» vetoed the answer).
 */
export function withoutOwnWork(sentence: string): string {
  const subject = sentence.trim().replace(WORK_ON_EN, '').replace(WORK_ON_AR, '').replace(WORK_FOR_EN, '').replace(WORK_FOR_AR, '');
  return subject.length >= MIN_SUBJECT ? subject : sentence;
}
const MIN_SUBJECT = 8;

/**
 * A question of a kind alone, asked of the sentence before it: as that sentence's subject, without the asker's work
 * around it ("How the ARCP's engagement with the GCR developed from 2016 to 2025?"). The kind's words stay out of
 * the search ("steps" is in no record, and vetoed the answer). Any other question is returned as it is.
 */
export function askedOfTheSentenceBefore<Q extends { text: string; context?: string }>(asked: Q): Q {
  if (!asked.context || /[?؟]\s*$/u.test(asked.context) || !namesOnlyTheKind(asked.text)) return asked;
  const subject = asked.context.trim().replace(WORK_ON_EN, '').replace(WORK_ON_AR, '').replace(/[.!]+$/u, '');
  if (subject === asked.context.trim().replace(/[.!]+$/u, '')) return asked;
  const arabic = /[\u0621-\u064A]/u.test(subject);
  return { ...asked, text: `${subject.replace(/^./, (c) => c.toUpperCase())}${arabic ? '؟' : '?'}`, context: undefined };
}
