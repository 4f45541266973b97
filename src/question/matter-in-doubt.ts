import { normalizeForMatch } from '../text/normalize.js';
import { askedTypes } from './question-types.js';
import { withoutCourtesy } from './courtesy.js';
import { leansOnContext } from './leaning.js';
import { namesEvent } from './sentence-parts.js';
import { eventOf } from './letter.js';

/**
 * What a letter says it has conflicting figures or reports on, or lacks, when its ask is only "tell us what you have": «وردتنا
 * معلومات متضاربة بشأن مكان انعقاد قمة الدورة الرابعة عشرة…. نرجو إفادتنا بما لديكم في هذا الشأن.», "While drafting
 * we noticed a discrepancy between publications in the number of Arab states that endorsed the GCM. Could you tell us
 * the figures you have and the source of each?". The matter in doubt is what is asked («ما مكان انعقاد…؟»); searched
 * as the ask with the whole sentence beside it, the asker's own words («وردتنا», «حسم ذلك في ملخص») vetoed the answer.
 */

/** «معلومات متضاربة بشأن…», «تبايناً في…», "conflicting information about…", "a discrepancy … in…": the doubt, before its matter. */
const DOUBT = [
  /(?<![\u0621-\u064A])(?:معلومات|[أا]رقام|روايات|بيانات|تقارير|[أا]نباء)\s+(?:متضارب[ةه]|متباين[ةه]|متناقض[ةه]|مختلف[ةه]|غير\s+متسق[ةه])\s+(?:بشأن|حول|عن|في|بخصوص|حيال)\s+/u,
  /(?<![\u0621-\u064A])(?:تباين[اًا]*|اختلاف[اًا]*|تضارب[اًا]*|تناقض[اًا]*|لبس[اًا]*|خلط[اًا]*)(?:\s+[^\s،,.]+){0,3}?\s+(?:في|حول|بشأن|بخصوص|حيال)\s+/u,
  /\b(?:(?:conflicting|contradictory|inconsistent|differing|mixed|varying)\s+(?:information|reports|figures|accounts|data|numbers|versions)|discrepanc(?:y|ies)|inconsistenc(?:y|ies)|confusion|uncertainty)(?:\s+[^\s,.]+){0,3}?\s+(?:about|on|over|regarding|concerning|as\s+to|in|of)\s+/i,
  // «…ما زال فجوة في ملفنا، إذ نجهل اليوم الذي انعقد فيه…», "…our file is incomplete: we do not know the exact day…":
  // what the asker lacks, named after saying so.
  // «…وقد سقط من محضرنا اسم ممثلة المفوضية التي ألقت كلمة…»: what fell out of the asker's minutes.
  /(?<![\u0621-\u064A])(?:سقط|سقطت|غاب|غابت|يغيب|تغيب|ينقص|تنقص)\s+(?:من|عن)\s+(?:محضرنا|ملفنا|ملفاتنا|سجلاتنا|سجلنا|تقريرنا|مذكرتنا|[أا]رشيفنا)\s+/u,
  /(?<![\u0621-\u064A])(?:نجهل|لا\s+نعرف|لا\s+نعلم|لا\s+ندري|ينقصنا|تنقصنا|ينقص\s+ملفنا|لم\s+نتمكن\s+من\s+معرف[ةه])\s+/u,
  /\b(?:we\s+(?:do\s+not|don't|still\s+do\s+not)\s+(?:know|have)|we\s+(?:lack|are\s+missing)|our\s+(?:file|records?)\s+(?:lacks?|is\s+missing))\s+/i,
  // "…he was uncertain whether the 7th regular meeting took place in Cairo or remotely": the whether in doubt.
  /\b(?:was|were|is|are|am|remains?|remained)\s+(?:uncertain|unsure|not\s+sure|unclear)\s+(?=(?:whether|if)\b)/i,
  // "…but we have not been able to establish who spoke for UNHCR at that opening session": what could not be found out.
  /\bwe\s+(?:have\s+not|haven't|could\s+not|couldn't|were\s+unable\s+to|have\s+been\s+unable\s+to)\s+(?:been\s+able\s+to\s+)?(?:establish|determine|confirm|find\s+out|identify|trace|ascertain)\s+(?=(?:who|whom|when|where|which|what|how)\b)/i,
];
/**
 * "…UNHCR addressed the opening session, but the name of the official who spoke for UNHCR there has not been recorded":
 * what the asker lacks, named before saying so.
 */
const LACKED_BEFORE = /(?:^|[,;:]\s*(?:but|and|yet|while)?\s*|\bbut\s+)((?:the|its|their)\s+(?:exact\s+|full\s+)?(?:name|names|date|dates|day|place|venue|number|title|figure|identity)\s+of\s+[^,;.]{3,120}?)\s+(?:(?:has|have|had)\s+not\s+been\s+(?:recorded|established|found|confirmed|noted|kept|identified)|(?:is|are|was|were|remains?)\s+(?:not\s+known|unknown|missing|unclear|not\s+recorded))\b/i;

/** "…, and would be grateful if you could tell us this", «…، ونكون شاكرين لو أفدتمونا بذلك»: a request to be told what was just named. */
const TELL_US_THAT = /(?:[أا]فدتمونا|تفيدونا|[إا]فادتنا|تزويدنا|موافاتنا|[إا]علامنا)\s+ب(?:(?:اسم|تاريخ|مكان|عدد)(?:ها|ه|هما|هم)|ذلك|ها|ه|هما)(?![\u0621-\u064A])|\b(?:tell|inform|advise|let)\s+(?:us|me)(?:\s+know)?\s+(?:of\s+|about\s+)?(?:this|that|these|them|it)\b|\b(?:supply|provide|share|give\s+us|send\s+us)\s+(?:it|this|that|them|these)\b|\bto\s+know\s+(?:this|that|it)\b|\bclarification\s+(?:on|of)\s+(?:both\s+points|this|that|these|them)\b/iu;
/** Where the matter ends: the next clause or sentence. */
const MATTER_END = /\s*(?:[،,;؛.?!؟]|\s(?:and|which|so)\s(?!(?:for|to|of|in|at|with|by)\s)|\sو(?:نحتاج|نود|نرجو|نأمل|لذا|عليه)).*$/su;
/** «…بين منشورات مختلفة», "…across sources": where the figures differ, which is no part of the matter. */
const WHERE_IT_DIFFERS = /\s+(?:بين|في|عبر)\s+(?:ال)?(?:منشورات|مصادر|وثائق|تقارير|مراجع)(?:\s+[\u0621-\u064A]+)?$|\s+(?:between|across|in|among)\s+(?:different\s+|various\s+|several\s+)?(?:publications|sources|documents|reports)$/iu;

/**
 * "whatever you have on this", «بما لديكم في هذا الشأن», «الأرقام الواردة لديكم ومصدر كلٍّ منها»: an ask of what the
 * secretariat holds on the matter before it, naming no matter of its own.
 */
const WHAT_YOU_HOLD = /(?<![\u0621-\u064A])(?:لديكم|عندكم|في\s+هذا\s+الش[أا]ن|بهذا\s+الش[أا]ن|بهذا\s+الخصوص|في\s+هذا\s+الخصوص)(?![\u0621-\u064A])|\b(?:you\s+(?:have|hold)|your\s+(?:records|figures|information|data)|on\s+(?:this|that)(?:\s+(?:point|matter|question|issue))?\s*[.?!]*$)/iu;

/** The matter a sentence says is in doubt, as a question: «ما مكان انعقاد…؟», "what is the number of…?". */
export function matterInDoubt(sentence: string): string | undefined {
  const named = LACKED_BEFORE.exec(sentence)?.[1];
  if (named) return `What is ${named.replace(/^(?:The|Its|Their)\b/, (w) => w.toLowerCase())}?`;
  for (const re of DOUBT) {
    const m = re.exec(sentence);
    if (!m) continue;
    const matter = sentence.slice(m.index + m[0].length).replace(MATTER_END, '').replace(WHERE_IT_DIFFERS, '').trim();
    // ("we do not have the exact figures in front of us": what the asker has to hand, not a matter.)
    if (matter.split(/\s+/).length < 2 || /\b(?:in\s+front\s+of|to\s+hand|at\s+hand|with\s+us|on\s+file)\b/i.test(matter)) return undefined;
    const arabic = /[\u0621-\u064A]/u.test(matter);
    if (/^whether\s/i.test(matter)) return `${matter.replace(/^w/, 'W')}?`;
    if (askedTypes(normalizeForMatch(matter)) !== undefined && /^(?:what|which|when|where|who|how|ما|متى|[أا]ين|من|كم|كيف)\s/iu.test(matter)) return matter;
    return arabic ? `ما ${matter}؟` : `What is ${matter.replace(/^(?:The)\b/, 'the')}?`;
  }
  return undefined;
}

/**
 * The matter in doubt a letter's sentences name, as its one question, when what it asks names nothing else (or it asks
 * nothing in so many words: "We would be grateful for whatever you have on this.").
 */
export function doubtAsked(sentences: string[], asks: string[]): { text: string; context?: string } | undefined {
  const [doubt, matter] = sentences.map((s) => [s, matterInDoubt(s)] as const).find(([, m]) => m !== undefined) ?? [];
  if (!doubt || !matter) return undefined;
  const contentless = (a: string) => WHAT_YOU_HOLD.test(a) || leansOnContext(withoutCourtesy(a)) || (a.trim() === doubt.trim() && TELL_US_THAT.test(a));
  if (!asks.every(contentless)) return undefined;
  // («…الاجتماع الأول في أبريل 2015 …، إذ نجهل اليوم الذي انعقد فيه»: what it is of, when the matter says it by a pronoun.)
  // (…or, when it points there, what the sentence before it names: "…the 11th regular meeting (Cairo, May 2025)…. Our file
  // notes that UNHCR addressed the opening session, but the name of the official who spoke for UNHCR there…".)
  const before = sentences[sentences.indexOf(doubt) - 1];
  const event = !namesEvent(matter) ? (eventOf(doubt) ?? (before !== undefined ? eventOf(before) : undefined)) : undefined;
  return event ? { text: matter, context: event } : { text: matter };
}
