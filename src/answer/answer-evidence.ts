import { anyMatch, arabicWords, englishWords } from '../question/cues.js';
import type { QuestionType, TimeRange } from '../question/types.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { COUNTRY } from './countries.js';
import { MONTHS_AR, MONTHS_EN, YEAR } from '../question/months.js';
import { ANOTHER_EVENT_DATE, dateEvidence, datesAnotherEvent, FULL_DATE, placesAnotherNumbered } from './date-evidence.js';
import { HELD_NO_PLACE, LOCATED, PLACE } from './places.js';
import { namesAgentOf } from './predicate.js';
import { namesTheTheme } from './theme-asked.js';
import { listEvidence } from './list-evidence.js';
import { unitPassage, unitText, type Unit } from './units.js';

/**
 * How strongly a unit carries the kind of answer a question asks for, in [0, 1]: a date for "when", a
 * place for "where", an actor for "who", a number for "how many", a whole list for a list question, a
 * stated position for a position question. Read from the text as written, in both languages.
 */

/** People: a title or office before or after a name. */
const PERSON_EN = [
  'secretary-general', 'secretary general', 'assistant secretary-general', 'ambassador', 'minister', 'director', 'counsellor',
  'counselor', 'delegate', 'dr', 'h\\.e', 'mr', 'ms', 'mrs', 'president', 'high commissioner', 'deputy', 'head of', 'chair of',
  'chaired', 'co-chaired', 'representative', 'envoy', 'spokesperson', 'officer',
];
const PERSON_AR = [
  'الامين العام', 'الامين العام المساعد', 'السفير', 'السفيره', 'الوزير', 'وزير', 'وزيره', 'مدير', 'مديره', 'المستشار', 'المستشاره',
  'مندوب', 'مندوبه', 'الدكتور', 'الدكتوره', 'السيد', 'السيده', 'رئيس', 'رئيسه', 'ترأس', 'ترأست', 'رئاسه', 'برئاسه', 'الرئاسه', 'تراس', 'تراست', 'نائب', 'نائبه', 'المفوض السامي', 'ممثل', 'ممثله',
];
/** Bodies that act: a lesser kind of answer to "who". */
const BODY_EN = ['iom', 'unhcr', 'escwa', 'unrwa', 'unfpa', 'undp', 'eu', 'european union', 'united nations', 'general assembly', 'ministry', 'government', 'council of the league', 'las council', 'member-state representatives'];
// (…and the member states' representatives, in whose name the annual statement is issued: «يصدر باسم ممثلي الدول الأعضاء»
// answered "who issues it?", and the reply said beside it that the record names no one.)
const BODY_AR = ['المنظمه الدوليه للهجره', 'المفوضيه', 'الاسكوا', 'الاونروا', 'الاتحاد الاوروبي', 'الامم المتحده', 'الجمعيه العامه', 'وزاره', 'حكومه', 'مجلس الجامعه', 'مجلس جامعه الدول العربيه', 'ممثلو الدول الاعضاء', 'ممثلي الدول الاعضاء'];
const PERSON = [englishWords(PERSON_EN), arabicWords(PERSON_AR)];
/** Whether a text names a person by a title or office ("Dr", «السفيرة», "representative"). */
export function namesPerson(text: string): boolean {
  return anyMatch(PERSON, normalizeForMatch(text));
}
const BODY = [englishWords(BODY_EN), arabicWords(BODY_AR)];
/**
 * "Which organisations does the ARCP work with?", «ما الجهات الشريكة…؟»: bodies asked for, which a body named answers
 * in full and a person only in part (a list of the 10th meeting's participants, which named two officials, led over
 * "The ARCP works with the Working Group…, ESCWA, IOM and UNHCR").
 */
const BODIES_ASKED = /\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:organi[sz]ations?|agenc(?:y|ies)|bod(?:y|ies)|partners?|institutions?)\b|(?<![\u0621-\u064A])(?:ما|ماهي|ما هي|اي|أي|شو|ايش|وش)\s+(?:هي\s+)?(?:ال)?(?:منظمات|منظمه|جهات|جهه|وكالات|وكاله|هيئات|هيئه|شركاء|مؤسسات)(?![\u0621-\u064A])/u;
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/g;
export const asksForBodies = (question: string): boolean => BODIES_ASKED.test(normalizeForMatch(question));

const NUMBER_WORDS_EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'dozen', 'dozens'];
const NUMBER_WORDS_AR = [
  'اثنان', 'اثنين', 'اثنتان', 'ثلاث', 'ثلاثه', 'اربع', 'اربعه', 'خمس', 'خمسه', 'ست', 'سته', 'سبع', 'سبعه', 'ثماني', 'ثمانيه', 'تسع',
  'تسعه', 'عشر', 'عشره', 'عشرون', 'عشرين', 'مئه', 'مائه', 'مئات', 'الف', 'الاف', 'مليون', 'ملايين', 'دولتين', 'دولتان',
  // …after the thing counted, with its article: «الأهداف الأربعة», «الاستراتيجيات الثلاث»
  'الثلاث', 'الثلاثه', 'الاربع', 'الاربعه', 'الخمس', 'الخمسه', 'الست', 'السته', 'السبع', 'السبعه', 'الثماني', 'الثمانيه', 'التسع', 'التسعه', 'العشره',
  // …and two, said by the noun's dual: «خمسة اجتماعات عادية واجتماعين استثنائيين»
  'اجتماعين', 'اجتماعان', 'مؤتمرين', 'مؤتمران', 'بيانين', 'بيانان', 'هدفين', 'هدفان',
];

const POSITION = [
  englishWords([
    'call(?:ed|s)? (?:[^\\s.;,]+ ){0,6}?(?:for|on)', 'urg(?:e|ed|es)', 'stress(?:ed|es)?', 'affirm(?:ed|s)?', 'reaffirm(?:ed|s)?', 'emphasi[sz](?:e|ed|es)',
    'underlin(?:e|ed|es)', 'demand(?:ed|s)?', 'recommend(?:ed|s)?', 'welcom(?:e|ed|es)', 'reject(?:ed|s)?', 'condemn(?:ed|s)?',
    'express(?:ed|es)?', 'insist(?:ed|s)?', 'appeal(?:ed|s)?', 'warn(?:ed|s)?', 'caution(?:ed|s)?', 'agreed', 'adopted', 'position', 'supports?', 'supported', 'opposed?',
  ]),
  arabicWords(['دعا', 'دعت', 'دعوا', 'اكد', 'اكدت', 'اكدوا', 'تؤكد', 'يؤكد', 'شدد', 'شددت', 'طالب', 'طالبت', 'اوصي', 'اوصت', 'رحب', 'رحبت', 'رفض', 'رفضت', 'ادان', 'ادانت', 'اعرب', 'اعربت', 'جدد', 'جددت', 'حث', 'حثت', 'ناشد', 'ناشدت', 'حذر', 'حذرت', 'يحذر', 'تحذر', 'اتفق', 'اعتمد', 'اعتمدت', 'موقف', 'دعم', 'يدعم', 'تدعم'], { suffix: true }),
];
/**
 * «ذكر الأمين العام أن المنطقة تستضيف 41.4 مليون…», "The Secretary-General said…": what was said, which is
 * the position asked when the question asks what someone said («ماذا قال أبو الغيط…»), and not when it asks
 * what someone called for («بماذا طالبت»: «أشارت إلى أن…» is no call).
 */
const SAYING = [englishWords(['said', 'noted', 'stated', 'pointed out', 'explained']), arabicWords(['ذكر', 'ذكرت', 'قال', 'قالت', 'اشار', 'اشارت', 'اوضح', 'اوضحت'], { suffix: true })];
/** "LAS described the GCM as…", «وصفت الجامعة…»: how a position was put, when the question asks how it was described. */
const DESCRIBING = [englishWords(['describ(?:e|ed|es)', 'call(?:ed|ing)\\s+it', 'termed']), arabicWords(['وصف', 'وصفت', 'وصفه', 'وصفها'], { suffix: true })];

/** Whether a text states a position ("called for", "stressed", «دعا», «أكد»). */
export function statesPosition(text: string): boolean {
  return anyMatch(POSITION, normalizeForMatch(text));
}
export const STATEMENT_TYPES = new Set(['final-statement', 'annual-statement', 'position-paper', 'contribution', 'recommendations']);

const DEFINITION = [
  /^(?:the )?[\p{L}\d ()'’-]{2,80}\b(?:is|was|are|were) (?:a|an|the|one of)\b/u,
  /^(?:the )?[\p{L}\d ()'’-]{2,80}\bare (?:[\p{L}-]+ ){0,2}(?:frameworks|platforms|processes|bodies|mechanisms|forums|groups|agreements|instruments|networks|organi[sz]ations)\b/u,
  /^[^،,.]{2,80}(?<![\u0621-\u064A])(?:هو|هي|هي عباره عن|هو عباره عن|يعد|تعد|يعتبر|تعتبر)(?![\u0621-\u064A])/u,
  // Arabic says what a thing is without a verb: «المنتدى العالمي للهجرة والتنمية منتدى غير رسمي…».
  /^[^،,.]{2,80}\s(?:اليه|منتدي|اطار|منصه|وكاله|هيئه|مجموعه|عمليه|اتفاق|صك|شبكه|مبادره|برنامج|ملحق|مؤتمر|اطر|اليات|منصات|هيئات|منتديات|عمليات|مجموعات|شبكات)\s(?!ال)[\u0621-\u064A]/u,
  // What binds whom is what an instrument is: "The GCR is not legally binding and rests on the 1951 Convention…",
  // «الاتفاق العالمي بشأن اللاجئين غير ملزم قانونياً…» ("What is the GCR?" led with the report it was presented in).
  /^[^،,.]{2,80}\b(?:is|are|was|were) (?:not )?(?:legally )?(?:non-)?binding\b/,
  /^[^،,.]{2,80}(?<![\u0621-\u064A])(?:غير )?ملزم(?:ه|ا)? قانوني/u,
];

/** A reason or a purpose: "in order to", "to prepare", "because", "seeing this as", «بهدف», «تحضيراً», «لأن», «معتبراً». */
const REASON = [
  englishWords([
    'in order to', 'so as to', 'so that', 'aim(?:ed|s|ing)? (?:to|at)', 'with a view to', 'in preparation for', 'prepar(?:e|ed|es|ing)',
    'because', 'due to', 'owing to', 'given that', 'as a result of', 'reasons?', 'purpose', 'seeing (?:this|it|that) as',
    'to (?:discuss|review|follow up|agree|adopt|unify|coordinate|consult|raise|support|help|ensure|strengthen|present|brief)',
  ]),
  arabicWords([
    'بهدف', 'لهدف', 'يهدف', 'تهدف', 'هدف', 'الهدف', 'من اجل', 'لاجل', 'سعيا', 'لان', 'لانه', 'لانها', 'بسبب', 'نظرا', 'نتيجه', 'تحضيرا',
    'للتحضير', 'التحضير', 'استعدادا', 'للاعداد', 'حضر', 'حضرت', 'لمناقشه', 'لبحث', 'لمتابعه', 'لتوحيد', 'لتنسيق', 'لضمان', 'لدعم', 'لمساعده',
    'لتعزيز', 'معتبرا', 'واعتبر ذلك', 'باعتبار', 'حيث ان', 'اذ ان', 'الغرض',
  ]),
];

/**
 * How often, said outright: "one regular meeting a year", "annually", "every four years", «سنوياً», «كل عام»,
 * «اجتماعاً عادياً واحداً في السنة». "Within a year" or "a year later" say when, not how often.
 */
const FREQUENCY = [
  englishWords(['annually', 'yearly', 'every year', 'each year', 'once a year', 'twice a year', 'every (?:two|three|four|five|\\d+) years', 'biennially']),
  /(?<!\b(?:within|than|for|in|over|after|about|almost|nearly|half) )\b(?:a|per) (?:year|month)\b(?! (?:later|after|before|earlier|ago)\b)/,
  arabicWords(['سنويا', 'كل عام', 'كل سنه', 'كل عامين', 'كل سنتين', 'مره في السنه', 'مره في العام', 'واحدا في السنه', 'واحدا في العام', 'مرتين', 'كل اربع سنوات', 'كل اربعه اعوام']),
];
/** How often, as a quality of the thing: "the ninth annual meeting", «الاجتماع السنوي» — less than said outright. */
const PERIODIC = [englishWords(['annual', 'biennial', 'monthly', 'periodic']), arabicWords(['سنوي', 'سنويه', 'دوري', 'دوريه'])];
const PERIODIC_EVIDENCE = 0.7;
/**
 * A sentence that says the event was held, with no place: nearer a "where" than one on what it discussed,
 * though it gives no aspect of the event (layouts.ts).
 */
export const HELD_ONLY = 0.1;

const hit = anyMatch;

/** Evidence that a unit holds the kind of answer `type` asks for. */
/** The question's words as match keys, for evidence that depends on where they stand in a sentence. */
export type QuestionKeys = (token: string) => boolean;

const MONTH_TOKEN = new Set([...MONTHS_EN.split('|'), ...MONTHS_AR.flatMap((m) => normalizeForMatch(m).split(' '))]);
const NUMBER_TOKEN = /^\d[\d,.]*$/;

/**
 * "How many pledges": a number next to the thing counted (within two words: «770 تعهداً», "22 member
 * states", "41.4 million migrants") answers it; a number that is part of a date or a year does not.
 */
function countEvidence(text: string, isAsked: QuestionKeys | undefined, isCounted: QuestionKeys | undefined): number {
  const tokens = tokenize(text);
  let any = 0;
  let name = -2;
  for (const [i, t] of tokens.entries()) {
    const numeric = NUMBER_TOKEN.test(t) || NUMBER_WORDS.has(t);
    if (!numeric || /^(?:19|20)\d\d$/.test(t)) continue;
    // The rest of a name's number, read as a word of its own ("10.7" is 10 and 7).
    if (name === i - 1) {
      name = i;
      continue;
    }
    const near = tokens.slice(Math.max(0, i - 2), i + 4);
    // "the previous two months", «خلال ثلاث سنوات»: a span of time, not a count of the thing asked.
    if (near.some((w) => MONTH_TOKEN.has(w)) || TIME_UNITS.has(tokens[i + 1] ?? '')) continue;
    any = (isCounted ?? isAsked) ? 0.25 : 0.5;
    // When the question says what it counts, only a number next to that thing answers it; one right after
    // it names it ("target 10.7", «الهدف 10.7», «القرار رقم 7833») and counts nothing. (Any word of the
    // question may stand before a count: «عملية التشاور العربية الإقليمية 22 دولة عضواً».)
    const counts = isCounted ?? isAsked;
    const names = (w: string | undefined) => w !== undefined && (NUMBER_SIGN.has(w) || isCounted?.(w) === true);
    // (A number in words after its noun counts it: «الأهداف الأربعة» are four.)
    if (NUMBER_TOKEN.test(t) && names(tokens[i - 1])) {
      name = i;
      continue;
    }
    // "two kinds of delegate": the number counts the kinds, unless kinds are what is asked.
    if (KINDS.has(tokens[i + 1] ?? '') && !counts?.(tokens[i + 1]!)) continue;
    if (counts && near.some((w) => w !== t && counts(w))) return 1;
  }
  return any;
}
const KINDS = new Set(tokenize('kind kinds type types sort sorts category categories form forms نوع نوعين نوعان انواع صنف صنفين اصناف فئه فئتين فئات'));
const NUMBER_WORDS = new Set([...NUMBER_WORDS_EN, ...NUMBER_WORDS_AR].map((w) => normalizeForMatch(w)));
const TIME_UNITS = new Set(tokenize('day days week weeks month months year years decade decades يوم ايام يوما اسبوع اسابيع شهر اشهر شهور شهرا سنه سنوات سنين عام اعوام عاما عقد عقود'));
/** Words that make the number after them a name: «رقم 7833», "no. 302". */
const NUMBER_SIGN = new Set(['رقم', 'no', 'number']);

/**
 * "Which decision…?": a word of the question closely followed by the number that names it ("decision
 * 7833", «قرار مجلس الجامعة رقم 7833»); a year is a date, not a name.
 */
function namedByNumber(text: string, isAsked: QuestionKeys | undefined): boolean {
  if (!isAsked) return false;
  const tokens = tokenize(text);
  // A day before its month («يومي 25 و26 يوليو») and a figure before its unit ("41.4 million") name nothing:
  // the date of a meeting answered "which document did it issue?".
  const isName = (n: string, j: number) =>
    /^\d{2,}$/.test(n) && !/^(?:19|20)\d\d$/.test(n) && !tokens.slice(j + 1, j + 4).some((t) => MONTH_TOKEN.has(t) || FIGURE_UNIT.has(t));
  return tokens.some((t, i) => isAsked(t) && tokens.slice(i + 1, i + 5).some((n, k) => isName(n, i + 1 + k)));
}
const FIGURE_UNIT = new Set(tokenize('million millions billion thousand percent per مليون ملايين مليار الف الاف بالمئه بالمائه'));

/**
 * "What is UNRWA?": a sentence that spells the name out before it ("the United Nations Relief and Works
 * Agency for Palestine Refugees in the Near East (UNRWA)", «…(الأونروا)») says what it is, where no sentence
 * defines it. Only when that name is all the question asks of (AskedKeys.oneThing): "the theme of GFMD 14"
 * is not answered by the first sentence that spells out the GFMD.
 */
const SPELLED_OUT = 0.6;
function spellsOut(text: string, isAsked: QuestionKeys | undefined): boolean {
  if (!isAsked) return false;
  return [...text.matchAll(/\S+\s+\S+\s+\S+\s*\(([^()]{2,30})\)/gu)].some(([, inside]) => {
    const named = tokenize(inside!);
    return named.length <= 2 && named.some(isAsked);
  });
}

/** Whether a sentence's first word (after an article) is one the question asks about. */
function subjectIsAsked(text: string, isAsked: QuestionKeys | undefined): boolean {
  const first = tokenize(text).find((w) => !/^(?:the|a|an)$/.test(w));
  return isAsked === undefined || (first !== undefined && isAsked(first));
}

/** "What is the IMRF": a sentence that opens with the thing asked about defines it. */
function opensWithSubject(text: string, isAsked: QuestionKeys | undefined): boolean {
  return isAsked !== undefined && tokenize(text).slice(0, 6).some((w) => isAsked(w));
}

/** An item of a counted set: "the first of the six types", "one of its partners", «أحد الأهداف الستة», «النوع الثالث من الوثائق الستة», «من بين الوثائق الست». */
const ONE_OF_THEM = /\b(?:of|among)\s+(?:the|its|their)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))\b|\bone\s+of\s+(?:the|its|their)\b|(?<![\u0621-\u064A])(?:(?:ال)?(?:احد|احدي|اول|ثاني|ثالث|رابع|خامس|سادس)|من\s+بين|بين)(?:\s+(?:ال)?[\u0621-\u064A]+){1,2}\s+(?:ال)?(?:اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر)[\u0621-\u064A]*(?![\u0621-\u064A])/u;
/** A count said in a sentence about one of the things counted. */
const COUNT_OF_ONE = 0.5;
/** A count of the things whose list is asked, where the record gives no list of them. */
const COUNT_OF_LIST = 0.5;

/** What the question asks of a unit: its words, the thing it counts, the years it bounds the answer to. */
export interface AskedKeys {
  isAsked?: QuestionKeys;
  isCounted?: QuestionKeys;
  time?: TimeRange;
  /** When something is usually done is asked (QuestionAnalysis.habitual). */
  habitual?: boolean;
  /** The question names one thing only ("What is UNRWA?"), not a thing and what of it is asked. */
  oneThing?: boolean;
  /** The meetings or sessions the question names by number ("the 6th meeting"). */
  ordinals?: readonly number[];
  /** The acts the question asks about ("created", «ترأس»), as predicate.ts keys them. */
  acts?: ReadonlySet<string>;
  /** Those it asks with a verb ("when was it founded?"), not a noun ("the decision of creation"). */
  actVerbs?: ReadonlySet<string>;
  /** Which state it is, of one the question's context speaks of («فأي بلد هو؟»): a quote naming one names it. */
  stateAsked?: boolean;
  /** The theme, title or slogan of something is asked (theme-asked.ts). */
  themeAsked?: boolean;
  /** Bodies are asked for ("which organisations…"), not persons (`asksForBodies`). */
  bodiesAsked?: boolean;
}

/** A matter the record leaves undecided: "whether … is uncertain", «نسبة البيان… غير مؤكدة». */
const UNDECIDED = [
  /\bwhether\b.{0,160}\b(?:is|was|are|were|remains?|remained)\s+(?:uncertain|unclear|unconfirmed|not confirmed|not known|unknown)\b/,
  // (Of what the thing is or whose: «نسبة البيان… غير مؤكدة»; not a date in doubt, «نحو عام 2020، تاريخ غير مؤكد», beside
  // what was asked of that meeting.)
  /(?<![\u0621-\u064A])(?:نسبه|صحه|كون|ما\s+اذا)(?![\u0621-\u064A]).{0,160}(?<![\u0621-\u064A])غير\s+(?:مؤكد|مؤكده|واضح|واضحه|محسوم|محسومه)(?![\u0621-\u064A])/u,
];

const NO_ACTS: ReadonlySet<string> = new Set();

export function answerEvidence(unit: Unit, type: QuestionType, asked: AskedKeys = {}): number {
  const { isAsked, isCounted } = asked;
  const raw = unitText(unit);
  const text = normalizeForMatch(raw);
  const passage = unitPassage(unit);
  switch (type) {
    case 'when':
      return dateEvidence(text, passage.meta, asked);
    case 'where': {
      // The place of another event named before it («تلت الاجتماعَ الاستثنائي المشاورةُ… التي عُقدت في بيروت»)
      // is not where the one asked was held, as its date would not be when.
      // The event the place belongs to is the last named before the place itself, not before the verb: "the ARCP
      // was launched at the 5th Global Meeting…, held at LAS headquarters in Cairo" places the 5th Global Meeting.
      const located = LOCATED.map((re) => re.exec(text)).filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
      if (located) return datesAnotherEvent(text, located.index, isAsked, asked.ordinals) || placesAnotherNumbered(text, located.index + located[0].length, asked.ordinals ?? []) ? ANOTHER_EVENT_DATE : 1;
      if (hit(PLACE, text) || (passage.meta.place && text.includes(normalizeForMatch(passage.meta.place)))) return 0.6;
      return hit(HELD_NO_PLACE, text) ? HELD_ONLY : 0;
    }
    case 'who':
      // (A web address names no body: "The deck refers readers to … www.iom.int/…" is no partner of the process.)
      if (asked.bodiesAsked) return hit(BODY, text.replace(WEB_ADDRESS, ' ')) ? 1 : hit(PERSON, text) || hit(COUNTRY, text) || namesAgentOf(raw, asked.acts ?? NO_ACTS) ? 0.5 : 0;
      return hit(PERSON, text) || namesAgentOf(raw, asked.acts ?? NO_ACTS) ? 1 : hit(BODY, text) || hit(COUNTRY, text) ? 0.5 : 0;
    case 'how-many': {
      // "The final statement is the first of the six types of document": the count is said of one of them.
      const count = countEvidence(raw, isAsked, isCounted);
      return count >= 1 && unit.kind === 'sentence' && ONE_OF_THEM.test(text) ? COUNT_OF_ONE : count;
    }
    case 'list':
      // A count of the things asked for ("…and 23 objectives") says what the record holds of a list it does not give.
      // (Not one item of them: "the first of the six types of document", «أول الأنواع الستة».)
      // («ما الموضوع الرئيسي للدورة الرابعة عشرة؟», a meeting's topics as its one topic: the sentence naming its theme says it.)
      if (asked.themeAsked && namesTheTheme(text)) return 1;
      return Math.max(listEvidence(unit, raw, isCounted, asked.oneThing ? undefined : isAsked), isCounted && !ONE_OF_THEM.test(text) && countEvidence(raw, isAsked, isCounted) >= 1 ? COUNT_OF_LIST : 0);
    case 'position': {
      // (Of a theme asked, the sentence that names the theme says it; "the Arab paper on the themes of…" does not.)
      // ("…and how did it describe the compact?": a description, not any position; "LAS welcomed the adoption…", with the
      // date asked before, led over "LAS described the GCM as the first comprehensive international instrument".)
      const described = asked.acts?.has('describe');
      const says = asked.themeAsked ? namesTheTheme(text) : described ? hit(DESCRIBING, text) : hit(POSITION, text) || (asked.acts?.has('speak') && hit(SAYING, text));
      return (says ? 0.7 : 0) + (STATEMENT_TYPES.has(passage.meta.type) ? 0.3 : 0);
    }
    case 'definition': {
      // A definition says what the thing is ("The IMRF is the global platform…"); a sentence that only
      // opens with it ("The first IMRF comprised four round tables") is weaker. Either often opens a
      // reference's passage.
      // «الأساس القانوني لعملية التشاور… هو قرار…» says what the legal basis is: a definition of the thing
      // asked has it for subject, its first word.
      const says = hit(DEFINITION, text) ? (subjectIsAsked(raw, isAsked) ? 0.8 : 0.6) : opensWithSubject(raw, isAsked) ? 0.4 : 0;
      const opening = says > 0 && unit.parts[0]!.start === 0 && passage.meta.type === 'reference' ? 0.2 : 0;
      // Tenths, as the other kinds: 0.4 + 0.2 is 0.6000000000000001 in floating point, which outranked
      // a sentence of evidence 0.6 and so stood in for the sentence that says what the thing is.
      // (A list that spells the name out in one of its items, "Main points of the 2025 statement", is no definition.)
      return Math.max(Math.round((says + opening) * 10) / 10, asked.oneThing && unit.kind !== 'list' && spellsOut(raw, isAsked) ? SPELLED_OUT : 0);
    }
    case 'how-often':
      return hit(FREQUENCY, text) ? 1 : hit(PERIODIC, text) ? PERIODIC_EVIDENCE : 0;
    case 'why':
      return hit(REASON, text) ? 1 : 0;
    case 'yes-no':
      // "Was the 2020 statement actually issued by the ARCP?": a sentence that says the matter is undecided on record
      // ("Whether the 2020 statement is an ARCP statement is uncertain", «نسبة بيان عام 2020… غير مؤكدة») is the answer
      // to whether it is; it followed "the LAS General Secretariat issued a statement", which says more of the words.
      return hit(UNDECIDED, text) ? 1 : 0;
    case 'which':
      return namedByNumber(raw, isAsked) || (asked.stateAsked && hit(COUNTRY, text)) ? 1 : hit(FULL_DATE, text) || YEAR.test(text) ? 0.3 : 0;
    default:
      return 0;
  }
}
