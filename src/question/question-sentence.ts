import { normalizeForMatch } from '../text/normalize.js';
import { FACT_NEEDED } from './cues.js';
import { askedTypes } from './question-types.js';

/** Whether a letter's sentence asks something: with a question mark, or as a request to be told. */

/** Sentences that ask for information without a question mark: "I would be grateful if you could indicate…". */
const ASKING = [
  /\b(?:could you|would you|can you|kindly|(?:i|we) would be grateful|grateful (?:for|if|to know|to learn|to receive|to have|to obtain|to be informed|to be advised)|would (?:also |further )?appreciate|(?:please|pls|plz) (?:confirm|indicate|tell|advise|let|clarify|specify|provide|share|remind|give|send|set out|outline|list|describe|explain|summari[sz]e|state|name|identify)|(?:also |and )?(?:remind|give|send) (?:me|us)|(?:i|we) would (?:appreciate|like to know)|(?:i|we) would (?:also |further |greatly )?welcome|(?:i|we) wish to (?:know|enquire|inquire|ask)|(?:i am|we are) writing to (?:ask|enquire|inquire)|guidance on|clarification on|(?:i|we) (?:would|'d|should) (?:also |further |additionally )?(?:like to (?:know|learn|ask|find out)|be (?:most |very )?grateful)|it would (?:also |further )?be (?:most |very )?(?:helpful|useful|appreciated)|it would (?:also |further |greatly )?(?:assist|help) (?:us|me)|it would (?:also |further |greatly )?(?:assist|help) to (?:have|receive|get) (?:the|its|their))\b/,
  // "We would first like to know when…", "we would like to understand in what ways…", "we are keen to learn…": a wish
  // to be told, an adverb between (each was no question, and went unanswered).
  /\b(?:i|we)(?: would|'d| should)?(?: (?:also|further|additionally|first|firstly|then|next|now|finally|lastly|secondly|thirdly|particularly|especially|moreover|equally))* (?:like|wish|want|need|hope|seek) to (?:know|learn|understand|find out|ascertain|be (?:informed|advised|reminded))\b/,
  /\b(?:i am|i'm|we are|we're)(?: (?:also|particularly|especially|further))? (?:interested in|keen to|eager to|seeking to|hoping to) (?:know|knowing|learn|learning|understand|understanding|find out|finding out|ascertain|ascertaining)\b/,
  // The other ways a letter asks to be told: "We request information on…", "I was wondering whether…", "May we ask
  // which…", "Could the Secretariat indicate…", "I'd appreciate knowing…", "… would be appreciated", "We are seeking
  // information about…", "Our question concerns how…", "Please be so kind as to inform us…", "We need to establish
  // when…", "we would be interested to know…", "We would value the Secretariat's view on which…".
  /\b(?:i|we) (?:also |further |hereby |kindly |respectfully |therefore )*(?:request|seek|require)\b|\b(?:i|we) (?:(?:was|were|am|are) (?:also )?wondering|wonder)\b|\bmay (?:i|we) (?:also )?(?:ask|enquire|inquire|know|request)\b|\b(?:could|can|would|will|might) the (?:secretariat|department|directorate|league|las|team|office)\b|\b(?:i|we)(?:'d|’d| d| would) (?:also |further |greatly )?(?:appreciate|value)\b|\bwould be (?:most |very |much |greatly |also )?(?:appreciated|welcome|welcomed)\b|\b(?:i am|i'm|we are|we're) (?:also )?(?:seeking|requesting|looking for)\b|\b(?:our|my) (?:question|query|enquiry|inquiry|request) (?:concerns|is about|relates to)\b|\bbe so kind as to\b|\b(?:i|we) (?:also )?need to (?:establish|know|confirm|verify|ascertain|understand|find out)\b|\b(?:i|we) would (?:also |particularly |especially )?be (?:particularly |especially |most )?interested (?:to|in)\b/,
  // («نطلب منكم…», «اطلب منكم…» are asked here; «نود معرفة», «يسعدنا أن نعرف» by WANTS_TO_KNOW, whatever follows.)
  /(?:نطلب|اطلب|نلتمس|التمس|(?:نحتاج|احتاج)\s+(?:الي\s+)?معرفه)(?![\u0621-\u064A])/u,
  /(?:ارجو|نرجو|يرجي|الرجاء|التكرم|الافاده|افادتنا|افادتي|الاستفسار|استفسر|نستفسر|يشرفني ان اطلب|نامل|تكرمتم|تكرمت|(?:نبي|نبغي|ابي|ابغي|نريد|اريد|نحتاج|احتاج) منكم|ذكرني|ذكرنا|ذكروني)/u,
];

/** "I also want to know…", «وابي اعرف…», «بدي اعرف…»: asks for information whatever follows. */
const WANTS_TO_KNOW = [
  /\b(?:i|we) (?:also )?(?:want|need|wanna|would like) to (?:know|find out)\b/,
  // "A colleague has asked me what the IMRF actually is": a question passed on in reported speech.
  /\b(?:asked|asks|is asking|was asking|wants to know|was wondering) (?:me|us) (?:what|which|when|where|who|whom|why|how|whether|if)\b/,
  // "Our mission in Geneva would like to know what…": the asker's office, wanting to be told something.
  /\bwould (?:also )?like to (?:know|find out|learn) (?:what|which|when|where|who|whom|why|how|whether|if)\b/,
  // "I need the exact dates too", "we need the venue": a fact wanted, named after the article.
  new RegExp(`\\b(?:i|we) (?:also )?need the ${FACT_NEEDED}\\b`),
  /(?:^|\s)و?(?:ابي|ابغي|ابغى|بدي|بدنا|عايز|عاوز|عايزين|حاب|حابب|بغيت|نبي|نبغي|اريد|نريد)(?: ان)? (?:اعرف|نعرف|معرفه)/u,
  // «ونودّ أخيراً معرفة ما إذا…», «يهمّنا الوقوف على ما أكده…», «ويهمّنا أيضاً أن نفهم الفرق…», «كما نودّ الاستيضاح عن…»: the wish to know, a word or
  // two between (each went unanswered).
  /(?:^|\s)[وف]?(?:نود|اود|نرغب|ارغب|يهمنا|يهمني|نتطلع|اتطلع|يسعدنا|يسرنا)(?:\s+[^\s،,]+){0,2}?\s+(?:في\s+|الي\s+)?(?:معرفه|الاطلاع|الاحاطه|الوقوف|فهم|التعرف|الاستيضاح|الاستفسار|ان\s+(?:نعرف|اعرف|نفهم|افهم|نطلع|نقف|نتعرف))(?![\u0621-\u064A])/u,
  // «ونتساءل عمّا إذا كانت العملية…»: wondering aloud.
  /(?:^|\s)[وف]?(?:نتسا[ءئ]ل|اتسا[ءئ]ل)\s+(?:عما|عن|عمن|هل|ما|متي|كيف|لماذا)(?![\u0621-\u064A])/u,
  // «…، ونودّ في هذا السياق أن نعرف من الذي افتتح…»: the wish to know, with a phrase between.
  /(?:^|\s)و?(?:نود|اود|نرغب|ارغب)(?:\s+\S+){0,3}?\s+ان\s+(?:نعرف|اعرف|نتعرف|نتحقق|نتاكد)(?![\u0621-\u064A])/u,
];

/**
 * «ترجو البعثة إفادتها بتاريخ…», «كما نرجو تزويدنا بالصياغة…», «وتود الاستفسار عن مساهمة…», «نأمل توضيح الاستراتيجية
 * التي اعتمدها المجلس بهذا القرار»: a request to be
 * told something, in a mission's third person too, asks whatever follows, with or without a question word.
 */
const INFORM_REQUEST = /(?:افادت|تزويد|موافات|اعلام|احاطت)(?:نا|ها|ه|هم|ي)\s+(?:ب|(?:عن|حول|بشان|بخصوص)\s)|(?:الاستفسار|نستفسر|تستفسر|استفسر)\s+(?:عن|حول)\s|(?:^|\s)[وف]?(?:نامل|امل|نرجو|ارجو|يرجي|الرجاء)\s+(?:التكرم\s+)?ب?(?:توضيح|تاكيد|بيان|تحديد|شرح)\s+(?:ال|ما\s|من\s|(?:اسم|رقم|عدد|تاريخ|مكان|مدي|سبب|طبيعه|نوع|مضمون|فحوي|كيف|متي|اين|هل|عما|عمن)(?![\u0621-\u064A]))/u;

// ("…like to understand in what ways the ARCP supports…": the question word after a preposition.)
const WH_AFTER_ASK = /\b(?:as to|on|of|regarding|about|concerns|know|learn|understand|clarify|indicate|confirm)\s+(?:(?:in|to|by|for|from|with|at)\s+)?(?:what|which|when|where|who|whom|whether|how|why)\b/;

/** "It would help to have the thematic areas IOM attributes to the ARCP": the thing wanted, named after the ask. */
const THE_THING_WANTED = /\bit would (?:also |greatly )?(?:help|assist)(?: (?:us|me))? to (?:have|receive|get) (?:the|its|their)\b/;

/**
 * "We would also like the four objectives of the GCR listed…", "we would like to confirm the names of…": the thing
 * wanted, named after the wish (not "we would like the section on LAS to reflect the record": what the asker wants
 * of their own work).
 */
const WOULD_LIKE_THE = /\b(?:i|we) (?:would|'d) (?:also |further |additionally )?like (?:to (?:have|receive|get|see|confirm|verify|check) )?(?:the|its|their)\b(?![^,;]*\bto (?!(?:the|a|an|this|that|date|\d+)\b)[a-z]+)/;

export function isQuestionSentence(sentence: string): boolean {
  const norm = normalizeForMatch(sentence);
  if (/[?؟]/.test(sentence) || WANTS_TO_KNOW.some((re) => re.test(norm)) || INFORM_REQUEST.test(norm) || WOULD_LIKE_THE.test(norm)) return true;
  // ("We would appreciate clarification as to what the 2019 statement asked…": the question word after the request.)
  return ASKING.some((re) => re.test(norm)) && (askedTypes(norm) !== undefined || WH_AFTER_ASK.test(norm) || THE_THING_WANTED.test(norm));
}
