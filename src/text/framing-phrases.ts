import { englishOrdinal, englishOrdinalWord } from './ordinals.js';
import { asTheCollectionWrites } from './phrasal-verbs.js';
import { CHECK_TAG_AR, PAST_YEARS, VERDICT } from './verdict-and-span.js';

/**
 * Phrases that frame a question, rewritten or dropped before search (query-noise.ts drops single words): "aim
 * to achieve", "how long ago", «ما المقصود ب», «على ماذا ركز». Each is in no document that answers, and vetoed
 * the answer, or matched the wrong sentence.
 */

/**
 * "What does the GCR aim to achieve?", "what is it meant to do": the verb after "aim to" only frames the
 * question. Dropped as a phrase, not as words: "what did the conference achieve" asks about an achievement,
 * and «نقاط الاتصال» are the focal points.
 */
const FRAMING_PHRASES = /\b(aims?|aimed|aiming|meant|intended|supposed|seeks?|sought|designed)\s+to\s+(?:achieve|accomplish|do|deliver)\b/gi;

/**
 * "enas el-fergany - whats her title exactly", «ما منصبها؟»: a person's post is what the record says of who
 * they are ("Director of the Department…"); no document says "title" of it.
 */
const PERSON_TITLE = /\b(?:his|her|their)\s+(?:exact\s+|official\s+|full\s+|job\s+|diplomatic\s+|formal\s+)?(?:title|post|job|rank)s?\b|(?<![\u0621-\u064A])(?:منصب|وظيف[ةه]|صف[ةه]|لقب)(?:ه|ها|هم)(?:\s+(?:ال)?رسمي[ةه]?)?(?![\u0621-\u064A])|(?<=(?:^|\s)(?:ما|ما هو|شو|ايش|إيش|وش)\s+)منصب(?![\u0621-\u064A])/giu;

/**
 * "Who held the post of Assistant Secretary-General?", «من تولّى منصب الأمين العام المساعد…؟», «من شغل منصب مدير…؟»:
 * the holder named with the office is the answer; no record says "held the post" («تولّت الأمانة الفنية», of the
 * department, was quoted for it).
 */
/** «تولّى», «تولّت», «يتولى», «شغل», «تشغل»: the verbs of holding a post, before «منصب» (shared with the intent and office readers). */
export const HOLDS_POST_AR = String.raw`(?:[يت]?تول\u0651?[ىي]|تول\u0651?ت|[يت]?شغل|شغلت)`;
const HELD_THE_POST = new RegExp(
  String.raw`\b(?:has\s+|had\s+)?(?:held|holds|occupied|occupies|filled)\s+(?:the\s+)?(?:post|office|position)\s+of\b|(?<![\u0621-\u064A])${HOLDS_POST_AR}\s+(?:ال)?منصب(?![\u0621-\u064A])`,
  'giu',
);

/**
 * "three questions on the 10th ARCP meeting: 1) …", "two quick qs about the GFMD", «ثلاث أسئلة عن الاجتماع
 * العاشر:», «سؤالين:»: how many asks a letter holds, not what they are about ("three" and "questions" vetoed
 * each ask of the 10th meeting).
 */
const ASKS_COUNTED =
  /\b(?:(?:two|three|four|five|a\s+few|few|some|several|a\s+couple\s+of|couple\s+of|\d)\s+)?(?:quick\s+|short\s+|brief\s+|follow-up\s+)?(?:questions|qs|queries)\s+(?=(?:on|about|regarding|concerning|re)\b)|(?<![\u0621-\u064A])(?:(?:ثلاث|ثلاثة|اربع|أربع|اربعة|أربعة|خمس|خمسة|بعض|عدة)\s+)?(?:[أا]سئل[ةه]|سؤالين|سؤالان|استفسارات|استفسارين)(?![\u0621-\u064A])/giu;

/**
 * "define RCP pls, short version", "in two lines", "in one or two sentences", «باختصار شديد», «بسطرين», «في جملة أو
 * جملتين», "short bullets pls", «بنقاط قصيرة»: how long the answer should be and in what form, not what it is about
 * ("version" found "an older version of the IOM page"; "bullets" and «قصيرة», in no record, refused the six objectives).
 */
const ANSWER_LENGTH = /\b(?:(?:the\s+)?(?:short|quick|brief|long|simple)\s+version|in\s+(?:one|two|three|a\s+few|\d)(?:\s+or\s+(?:two|three|four|\d))?\s+(?:lines?|sentences?|words?|paragraphs?)|tl;?dr|in\s+a\s+nutshell|(?:number|figure)[\s-]?wise|(?:(?:in|as)\s+)?(?:short\s+|brief\s+)?bullets?(?:\s+points?)?|(?:in|as)\s+(?:a\s+)?(?:short\s+)?(?:point\s+form|list\s+form|bullet\s+list)|point\s+by\s+point)\b|(?<![\u0621-\u064A])(?:(?:ب|في\s+)(?:سطر|جمل[ةه]|فقر[ةه])(?:\s+[أا]و\s+(?:سطرين|جملتين|فقرتين))?|(?:ب|في\s+)(?:سطرين|جملتين|كلمتين|فقرتين)|باختصار\s+شديد|(?:ب|في\s+|على\s+شكل\s+)نقاط(?:\s+(?:قصير[ةه]|مختصر[ةه]|موجز[ةه]|سريع[ةه]))?|نقاط\s+(?:قصير[ةه]|مختصر[ةه]|موجز[ةه])|نقط[ةه]\s+نقط[ةه])(?![\u0621-\u064A])/giu;

/**
 * "a short explanation of what a Regional Consultative Process is", «شرحاً موجزاً لما…»: the form of the answer before
 * what is asked ("explanation" vetoed the definition of an RCP).
 */
const EXPLANATION_OF = /\b(?:an?\s+)?(?:(?:short|brief|quick|concise|simple)\s+)?(?:explanation|description|account|outline|overview)\s+of\s+(?=(?:what|how|who|why|when|where|which)\b)|(?<![\u0621-\u064A])(?:شرحا?ً?|توضيحا?ً?)\s+(?:موجزا?ً?|مختصرا?ً?|سريعا?ً?)\s+(?=ل(?:ما|من|كيف)(?![\u0621-\u064A]))/giu;

/**
 * "as recorded in your reference material", "as they are reflected in the ARCP documentation", «كما وردت في سجلاتكم»:
 * where the asker expects the answer to be, which is every record ("reference" and "material" vetoed the GCR's
 * objectives). Not "your slide deck", "your documents": those name a record.
 */
// ("How does the ARCP's reference material define RCPs?": the same material named as the one that says it.)
const IN_YOUR_RECORDS = /\bas\s+(?:(?:they|it)\s+(?:are|is|were|was)\s+)?(?:recorded|set\s+out|given|listed|described|written|noted|reflected|stated)\s+in\s+(?:(?:your|the\s+secretariat'?s)\s+(?:own\s+)?(?:reference\s+)?(?:materials?|records?|files?|archives?)|(?:the\s+)?(?:arcp'?s?\s+)?documentation)\b|\b(?:the\s+arcp'?s|your|its|the\s+secretariat'?s)\s+(?:own\s+)?reference\s+materials?\b|(?<![\u0621-\u064A])(?:كما\s+(?:وردت?|جاءت?)\s+في|الوارد[ةه]?\s+في)\s+(?:سجلات|مراجع|ملفات|[أا]رشيف|مواد)(?:كم|ها)(?![\u0621-\u064A])/giu;

/**
 * «الجهات التي تشكّل منها الوفد», «الدول التي يتكون منها…»: "of which it is made up", a relative clause that says how
 * the thing asked relates to what follows, in no record («تشكّل» vetoed the bodies the Moroccan delegation was made of).
 * (Alone, «تشكل» and «يتكون» are content: "when was the partnership formed?".)
 */
const MADE_UP_OF = /(?<![\u0621-\u064A])(?:التي|الذي|اللي|الذين)\s+(?:ت|ي)?(?:تشك\u0651?ل|تكو\u0651?ن|تأل\u0651?ف|تال\u0651?ف|شك\u0651?ل)(?:ت)?\s+(?:منها|منه|منهم|منهما)(?![\u0621-\u064A])/gu;

/**
 * "What objectives has the ARCP set for itself?", «ما الأهداف التي وضعتها العملية لنفسها؟», «…التي حددتها…»: the act of
 * setting the thing asked, said in a relative clause, is in no record of it («وضعتها» and «لنفسها» refused the six
 * objectives; "set" found "a final statement setting out…"). The thing is what is asked.
 */
const SET_FOR_ITSELF =
  /\b(?:set|laid\s+down|defined)\s+(?:out\s+)?(?:for\s+)?(?:itself|themselves)\b|(?<=\b(?:has|have|had|did)\s+(?:the\s+|its\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+)set(?=\s*[?؟.]*\s*$)|(?<![\u0621-\u064A])(?:التي|الذي|اللي)\s+(?:[وت]?ضع|وضعت|[يت]?حدد|حددت|رسمت|رسم|[يت]?ضع)(?:ها|ه|هم)(?:\s+لنفس(?:ها|ه|هم))?(?![\u0621-\u064A])|(?<![\u0621-\u064A])لنفس(?:ها|ه|هم)(?![\u0621-\u064A])/giu;

/**
 * "how has the name changed over time", "what recurred across the years", «عبر السنوات», «على مر الأعوام»: the span
 * an evolution is told over, which no record writes ("time" vetoed the ARCP's names).
 */
const OVER_THE_YEARS = /\b(?:over|across|through(?:out)?)\s+(?:time|the\s+years|successive\s+years)\b|(?<![\u0621-\u064A])(?:عبر|على\s+مر|على\s+مد[ىي])\s+(?:السنوات|الأعوام|الاعوام|الزمن)|مع\s+(?:مرور\s+)?(?:الوقت|الزمن)(?![\u0621-\u064A])/giu;

/**
 * "since it began", "from its inception", "from day one", «منذ بدايتها», «من البداية», «منذ انطلاقها»: the start of the
 * span an evolution is told from, which no record writes («منذ بدايتها» vetoed the process's Arabic names, "began" led
 * to the one record that writes it). Not with a year after it ("since its creation in 2014" is a range, time-range.ts),
 * nor the start of something named ("from the beginning of 2018", «منذ بداية العام»).
 */
const SINCE_THE_START = new RegExp(
  String.raw`(?:\b(?:since|from)\s+(?:it|they)\s+(?:began|begun|started|was\s+(?:created|founded|established|launched|set\s+up))\b` +
    String.raw`|\b(?:since|from)\s+(?:its|their|the)\s+(?:very\s+)?(?:start|beginning|inception|outset|launch|creation|founding|establishment)\b(?!\s+of\b)` +
    String.raw`|\bfrom\s+day\s+(?:one|1)\b` +
    String.raw`|(?<![\u0621-\u064A])(?:منذ|من)\s+(?:البداي[ةه]|بدايت(?:ها|ه)|انطلاقت?(?:ها|ه)|نش[أا]ت(?:ها|ه)|[إا]نشائ(?:ها|ه)|ت[أا]سيس(?:ها|ه)|[أا]ول\s+يوم)(?![\u0621-\u064A]))` +
    String.raw`(?!\s*(?:(?:in|of|عام|سن[ةه]|في)\s+)?\d)`,
  'giu',
);

/**
 * «ما أوجه الاختلاف بين مؤتمري الاستعراض الأول والثاني…؟» (the aspects of the difference): a comparison asked, whose
 * «أوجه» no record writes (with «من حيث صيغة الانعقاد» after it, the search abstained).
 */
const ASPECTS_OF = /(?<![\u0621-\u064A])[أا]وجه\s+(?=(?:ال)?(?:اختلاف|شبه|تشابه|تباين|فرق|فروق)(?![\u0621-\u064A]))/gu;

/**
 * "which two countries voted against the GCR?", "what 3 things did it call for": how many the answer names, not a word
 * of it (the record writes "by 181 votes to 2 (the United States and Hungary)", and "two" vetoed it). Only before the
 * records and parties the collection counts: "which two teams…" in a reading collection keeps "two", as its passage
 * writes it (measured on XQuAD, where removing it there cost one question).
 */
const ANSWER_SIZE = /(?<=\b(?:which|what)\s+)(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?=(?:countries|states|member\s+states|meetings|statements|documents|papers|sessions|organi[sz]ations|agencies|bodies|reviews|conferences|compacts|forums)\b)/gi;

/**
 * "meeting no. 9", "mtg #9", «الاجتماع رقم 7»: the word that says the number after it is one (question/understand.ts
 * reads the meeting). As a search word «رقم» found «القرار رقم 7833», quoted beside the 7th meeting's opener.
 */
const NUMBER_WORD = /(?<=(?:meetings?|mtgs?|sessions?|summit|(?:ال)?اجتماع|(?:ال)?دور[ةه]|(?:ال)?قم[ةه])\s+)(?:no\.?|number|nr\.?|#|رقم)\s*(?=\d)/giu;

/**
 * "Has the ARCP membership always been 22?", "was the department always called…?": whether it changed, an evolution
 * (question-types.ts); "always" is in no record of it, and vetoed the answer. ("There are always four primes…" keeps it.)
 */
const ALWAYS_BEEN = /\balways\s+(?=(?:been|called|named|had|the\s+same)\b)/gi;

/** "How long ago was it launched?": a "when" (question-types.ts), whose "long" and "ago" no document says of a date. */
const HOW_LONG_AGO = /\bhow long ago\b/gi;

/**
 * "The main points of…", «أبرز نقاط…», "wrd 2024 statement key msgs": the points are what a list answer is made
 * of, not a topic (the 2024 statement holds no "key messages", and the search abstained).
 */
const POINTS_OF = /\b(main|key|salient|principal|important)\s+points\b|(?<=\bstatements?\s+)(?:main|key)\s+(?:messages|msgs|highlights|pts)\b|(?<![\u0621-\u064A])([أا]برز|[أا]هم)\s+(?:ال)?نقاط(?![\u0621-\u064A])/giu;

/**
 * "Give me 3 talking points on remittances from our past positions", "what is our line on UNRWA?",
 * «أعطني نقاطاً حوارية عن…», «ما خطنا السابق بشأن…»: a focal point's words for the position asked, which
 * the answer is made of; no record says "talking points", "line" or «خطنا», and each vetoed the answer.
 * "Line" only as "our/the line on" ("the line of the border" is a subject). What "keeps coming back in their
 * positions" is the position asked, in no record in those words.
 */
const TALKING_POINTS =
  /\b(?:(?:\d+|two|three|four|five|a few|some)\s+)?talking\s+points?\b|\b(?:our|the|their|its|arab|arcp'?s?|las|league'?s?|official)\s+line\s+(?=on\b|about\b|regarding\b)|\b(?:that\s+)?(?:keeps?|kept)\s+(?:coming\s+(?:back|up)|recurring|returning|reappearing|cropping\s+up)(?:\s+in\s+(?:their|its|our|the)\s+(?:positions|statements))?\b|\bfrom\s+(?:(?:our|the|its|their)\s+)?(?:past|previous|earlier|former)\s+(?:positions|statements|stances)\b|(?<![\u0621-\u064A])(?:(?:\d+|ثلاث|ثلاثة|بعض)\s+)?(?:ال)?نقاط[اً]*\s+(?:ال)?حواري[ةه](?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:من\s+)?(?:ال)?مواقف(?:نا|ها)?\s+(?:ال)?سابق[ةه](?![\u0621-\u064A])|(?<![\u0621-\u064A])خط(?:نا|ها)(?:\s+(?:ال)?سابق)?(?![\u0621-\u064A])/giu;

/**
 * A claim put to be checked: "Am I right that…", "Is it true that…", "…held in Cairo, right?", «صح إنو…»,
 * «مش صحيح إن…». The claim is the question; the tag is in no record («صح» met the glossary's health, «صحة»).
 * "Right" alone stays: the right of return is a subject.
 */
const CLAIM_TAG =
  /\b(?:am\s+i\s+right|is\s+it\s+(?:right|true|correct)|isn'?t\s+it\s+true|is\s+(?:that|this)\s+(?:right|true|correct))\s+(?:that\s+)?|,\s*(?:right|correct|true|no)\s*\?*\s*$|\s+(?:right|correct|true|yes)\s*\?*\s*$|(?<![\u0621-\u064A])(?:مش\s+|هل\s+)?(?:صح|صحيح)\s+(?:ان|أن|إن|انو|إنو|انه|إنه)(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:انو|إنو)(?![\u0621-\u064A])/giu;
/**
 * «…انعقد في القاهرة صح؟», «…مش كده؟», «…مو؟»: the dialects' tag that puts a statement up to be checked, at
 * its end. Dropped whether or not the statement is read as a claim (claim.ts): left in, «صح» met the
 * glossary's health and vetoed the answer when the statement's verb was one no claim reading knows.
 * Search reads the text the dialect table has rewritten (dialect.ts), where «مو؟» and «مش كده؟» are «ليس…؟».
 */
const AS_UNDERSTOOD = 'ليس(?:\\s+(?:كذا|كذلك|كد[هاة]|هيك|صح))?';
const CHECK_TAG_AT_END = new RegExp(`(?<![\\u0621-\\u064A])(?:${CHECK_TAG_AR}|${AS_UNDERSTOOD})\\s*[؟?]+\\s*$`, 'u');

/**
 * «…الاجتماع السابع وصيغته», «…للعملية ومكانه», «…التاسع ومدته»: a second fact asked of what was just named,
 * by its kind with a pronoun; the kind is what the answer gives (question-types.ts), not a word to find.
 */
const SECOND_FACT_ASKED = /(?<![\u0621-\u064A])و(?:مكان|صيغت|مدت|مقر|شكل)(?:ه|ها)(?![\u0621-\u064A])/gu;
/**
 * «مكان انعقاد…», «تاريخ انعقاد…», «موعد عقد…», «ومكان انعقاده»: the place or date of a meeting being held is the kind of
 * answer asked (question-types.ts reads "where" and "when"); «مكان» alone stays, as in «مكان اللجوء».
 */
const PLACE_OR_DATE_OF_HOLDING = /(?<![\u0621-\u064A])(?:[وب]?(?:مكان|تاريخ|موعد))\s+(?=(?:ال)?(?:انعقاد|عقد)(?:ه|ها)?(?![\u0621-\u064A]))/gu;

/**
 * "list the ARCP objectives pls (there are 6 i think)", «(ستة على ما أعتقد)»: a belief in brackets beside the question,
 * the asker's aside. Its number matched "5.6 million" and its words another list of objectives, which led.
 */
const HEDGED_ASIDE = /\((?=[^()]*(?:\b(?:i\s+think|i\s+believe|i\s+guess|iirc|if\s+i\s+remember|if\s+i'?m\s+not\s+mistaken|i\s+reckon)\b|(?<![\u0621-\u064A])(?:على\s+ما\s+[أا]ظن|على\s+ما\s+[أا]عتقد|[أا]ظن|[أا]عتقد|[إا]ن\s+لم\s+[أا]خطئ|حسب\s+علمي)(?![\u0621-\u064A])))[^()]{1,60}\)/giu;

/**
 * «كم مرة… لحد الآن»: a count and its span, the kind of answer asked (question-types.ts reads "how many");
 * «مرة» and «لحد الآن» are in no record of what was counted («مرة» found «المرة الأولى» of a speech). Not
 * English "how many times": in XQuAD's Arabic paragraphs «مرة» is what such questions are about (en→ar MRR fell).
 */
const TIMES_SO_FAR = /(?<![\u0621-\u064A])(كم|كام|قديش|قداش|شحال)\s+(?:مر[ةه]|مرات)(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:حتى|لحد|لغاي[ةه]|الى|إلى)\s+(?:الآن|الان|اليوم|الحين)(?![\u0621-\u064A])|(?<![\u0621-\u064A])للحين(?![\u0621-\u064A])/gu;

/**
 * «شو قال أبو الغيط عن الأرقام؟», «…بالأرقام»: what was said in numbers, which the sentence that gives them never
 * calls «الأرقام». Only after «عن» or «ب»: a question about what numbers mean names them as its subject.
 */
const IN_NUMBERS = /(?<![\u0621-\u064A])(?:عن\s+|ب)(?:ال)?[أا]رقام(?![\u0621-\u064A])/gu;

/**
 * «كم جزءاً…», «كم مسؤولاً…», «كم يوماً…»: after «كم» what is counted takes the accusative's alif, which no record
 * writes of the thing («يتألف من أربعة أجزاء»); «جزءاً» met only «لا ينقل إلا جزءاً من بيان» and vetoed the answer.
 */
const COUNTED_ACCUSATIVE = /(?<![\u0621-\u064A])((?:كم|كام)\s+[\u0621-\u064A]{2,})[\u064B]?ا[\u064B]?(?![\u0621-\u064A])/gu;

/**
 * "How many times a year does the ARCP meet?": a frequency, the kind of answer asked (question-types.ts
 * reads "how often"); "times" is in no sentence that gives it ("one regular meeting a year"). The period
 * stays: it is what such a sentence says.
 */
const TIMES_A_PERIOD = /\b(how\s+many)\s+times\s+(?=(?:a|per|each|every|in\s+a)\s+(?:year|month|decade)\b)/gi;
/**
 * "Does the ARCP meet twice a year?", «…مرتين في السنة؟»: the count put to be checked is what may be wrong ("one
 * regular meeting a year" answers it, which question-types.ts asks as "how often"), and «مرتين» is in no record.
 * "twice a year" goes whole (the sentences that say "annual" matched "a year" better); in Arabic the period is said
 * as the records say it («اجتماعاً سنوياً»), since «السنة» alone frames a year (query-noise.ts).
 */
export const TIMES_A_YEAR_EN = String.raw`\b(?:once|twice|thrice|(?:two|three|four|\d+)\s+times)\s+(?:a|per|each|every)\s+(?:year|month)\b`;
/** «مرتين بالسنة», «جوج مرات فالعام» (Maghreb), «مرة واحدة سنوياً», as written or normalised. */
export const TIMES_A_YEAR_AR = String.raw`(?<![\u0621-\u064A])(?:مر[ةه](?:\s+واحد[ةه])?|مرتين|مرتان|(?:ثلاث|اربع|أربع|جوج|زوج|\d+)\s+مرات)\s+(?:(?:في|ب|ف)\s*(?:ال)?(?:سن[ةه]|عام)|كل\s+(?:سن[ةه]|عام)|سنوي[اًّ]*)(?![\u0621-\u064A])`;
const TIMES_CLAIMED = new RegExp(TIMES_A_YEAR_EN, 'gi');
const TIMES_CLAIMED_AR = new RegExp(TIMES_A_YEAR_AR, 'gu');
/** «كم مرة تجتمع العملية في السنة؟», «…بالسنة؟»: "a year" at the end of a clause, as the records say it. */
const PER_YEAR_AR = /(?<![\u0621-\u064A])(?:في|ب|ف)\s*ال(?:سن[ةه]|عام)(?=\s*(?:[؟?.!،,]|$))/gu;

/**
 * "How far is the region exposed…?", "to what extent…", «إلى أي مدى…»: the degree asked is what the answer
 * says ("among the most exposed"); "far", "extent" and «مدى» are in no such sentence. Not "how far is X
 * from Y", a distance.
 */
const DEGREE = /\bhow\s+far\b(?!.*\bfrom\b)|\bto\s+what\s+(?:extent|degree)\b|(?<![\u0621-\u064A])(?:[إا]لى|ل)\s*[أا]ي\s+(?:مدى|مدي|حد|درج[ةه])(?![\u0621-\u064A])/giu;

/**
 * "How long did the review run?", «كم استمر الاستعراض؟»: a duration is answered by the dates a thing ran
 * between ("from 25 June 2020 to 25 February 2021"); "long", "run", "last", «استمر» are in no such sentence.
 */
const HOW_LONG = /\bhow\s+long\b(?!\s+ago\b)((?:\s+\S+)*?)(?:\s+(?:run|last|lasted|take|go on|continue))?(?=\s*[?.!]?\s*$)/gi;
const HOW_LONG_AR = /(?<![\u0621-\u064A])(كم|قديش|قداش|شحال)\s+(?:است?مرت?|دامت?|طولت?)(?![\u0621-\u064A])/gu;

/**
 * "When did the ARCP convene for the first time?", «امتى اجتمعت العملية أول مرة؟»: its first meeting, which
 * is what the collection names ("the 1st regular meeting", «الاجتماع الأول»); "time" and «مرة» are in no
 * such sentence.
 */
const FIRST_TIME = /\b(?:meet|met|meets|convene|convened|convenes|gather|gathered)\b(.{0,40}?)\bfor\s+the\s+first\s+time\b/gi;
const FIRST_TIME_AR = /(?<![\u0621-\u064A])(?:اجتم|انعقد|عقد|تجتمع|يجتمع)[\u0621-\u064A]*(.{0,30}?)(?<![\u0621-\u064A])(?:ل|لا)?[أا]ول\s+مر[ةه](?![\u0621-\u064A])/gu;

/**
 * «وبما ورد فيه بشأن…», «ما جاء في البيان عن…»: what a text said is the answer asked (a position); «ورد» and
 * «جاء» are in no sentence that says it, and «ورد» is rare enough to veto the answer.
 */
const WHAT_IT_SAID = /(?<![\u0621-\u064A])((?:و|ف)?(?:ب|ل)?ما)\s+(?:ورد|جاء|يرد)(?=\s+(?:فيه|فيها|في|ب)(?![\u0621-\u064A]))/gu;
/**
 * «قائمة أهداف عملية التشاور مثل ما وردت في العرض التقديمي», "the list of objectives as set out in the deck": the
 * list is the kind of answer (question-types.ts), and "as it appears in" says where the asker saw it; neither is
 * a word of the record («وردت» vetoed the answer). Only «قائمة» before what is listed.
 */
const AS_IT_APPEARS = /(?<![\u0621-\u064A])(?:مثل|كما|زي|متل)\s+(?:ما\s+)?(?:وردت?|جاءت?|ذكرت?|يرد|ترد|(?:ي|ت)حدد(?:ها|ه|هم)?|(?:ي|ت)ذكر(?:ها|ه|هم)|(?:ي|ت)ورد(?:ها|ه|هم))(?=\s+(?:في|ب|\S))|\bas\s+(?:it\s+|they\s+)?(?:appears?|set\s+out|listed|stated|given)(?=\s+in\b)/giu;
const LIST_OF = /(?<![\u0621-\u064A])(?:ب)?قائم[ةه]\s+(?=(?:ب)?(?:ال)?(?:[أا]هداف|محاور|توصيات|مواضيع|موضوعات|نقاط|[أا]نواع|وثائق|شركاء|مجالات)(?![\u0621-\u064A]))/gu;

/**
 * "What does RCP stand for?", «الـGFMD يرمز لإيه؟»: what a name is short for is the answer asked (a
 * definition); "stand for" is in no sentence that says it. ("Abbreviation", «اختصار» and "mean" stay: in
 * XQuAD's Arabic paragraphs «اختصار» is what such questions find.)
 */
const STANDS_FOR = /\b(?:stands?|standing|short)\s+for\b|(?<![\u0621-\u064A])(?:يرمز|ترمز)(?![\u0621-\u064A])/giu;

/**
 * "Where does the CRRF come from?", "where did the idea come from": the origin asked, which the record says as
 * what a thing is part of or grew out of ("Annex I of the New York Declaration"); "come" is in no such sentence.
 */
const COMES_FROM = /\b(where\s+(?:does|do|did)\s+(?:[\w'-]+\s+){1,5}?)(?:come|comes|came|originate|stem)\s+from\b/gi;

/**
 * «ما المقصود بالعمليات التشاورية؟», «العملية دي عبارة عن إيه؟»: what is meant, what a thing amounts to, is
 * the definition asked; neither word is in a sentence that gives it (each vetoed the answer).
 */
const WHAT_IS_MEANT = /(?<![\u0621-\u064A])(?:(?:و|ف)?(?:ال|بال)?مقصود|عبار[ةه]\s+عن)(?![\u0621-\u064A])/gu;

/** Kinds of thing a definition may be asked as: "what kind of body is the ARCP?" (question-types.ts). */
export const THING_KINDS = '(?:body|organi[sz]ation|entity|institution|mechanism|forum|platform|group|process|framework|instrument|agency|network|thing)';

/**
 * "What kind of body is the ARCP?" asks what it is; the answer calls it "a mechanism", and "kinds" and
 * "bodies" chose a sentence on the kinds of delegate and the bodies that sent them.
 */
const KIND_OF = new RegExp(`\\bwhat\\s+(?:kind|type|sort)s?\\s+of\\s+${THING_KINDS}\\s+(is|are|was|were)\\b`, 'gi');

/**
 * «الموضوع الرئيسي الذي تناوله» (the main topic it took up), «محوره الرئيسي» (its main focus): "main" says which of its topics, as in English;
 * Light10 reads «الرئيسي» as «الرئيس» (the chair, a glossary term), which vetoed the answer. After a noun of
 * content only, and not «الرسائل الرئيسية», the glossary's "key messages": alone, «الرئيسي» finds XQuAD
 * paragraphs (one fewer found first when it was noise).
 */
const MAIN_TOPIC = /((?:^|\s)و?ب?(?:ال)?(?:موضوع|مواضيع|موضوعات|محور|محاور|هدف|اهداف|أهداف|نقط[ةه]|نقاط)(?:ه|ها|هم)?\s+)(?:ال)?(?:رئيسي|رئيسي[ةه]|اساسي|أساسي|اساسي[ةه]|أساسي[ةه])(?![\u0621-\u064A])/gu;

/**
 * «بأي صيغة عُقد الاجتماع السابع؟» (in what format was it held): the records say how a meeting was held
 * («عبر تقنية الاتصال المرئي», «حضورياً»), never its «صيغة», whose weight made search refuse.
 */
const FORMAT_ASKED_AR = /(?<![\u0621-\u064A])(?:ب|في\s+)?(?:[أا]ي|[أا]نهي|ما|ماهي|ما\s+هي)\s+(?:ال)?صيغ[ةه](?![\u0621-\u064A])/gu;

/**
 * "the second ARCP meeting": the collection numbers regular meetings with digits ("2nd regular meeting"),
 * and writes "second" before other things (the second GRF, the second regional review). Both index the
 * same ordinal term, but the spelled word also matched those other seconds, whose passages then led "where
 * was the second ARCP meeting held?" with the 2013 consultation. Not "first" (its own sense: the earliest),
 * nor before extraordinary or annual meetings, which the collection spells out.
 */
const SPELLED_MEETING_ORDINAL =
  /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)(\s+(?:(?:arcp|regular)\s+){0,2}(?:meeting|session)s?\b)/gi;

/** The question without how long or in what form the answer should be ("what is the ARCP, in one or two sentences?"). */
export function withoutAnswerLength(text: string): string {
  // (…and the comma that set it off: «ما هي عملية التشاور، في جملة أو جملتين؟» ends with what is asked.)
  return text.replace(ANSWER_LENGTH, ' ').replace(/\s*[,،]\s*(?=[؟?.]?\s*$)/u, '');
}

export function withoutFramingPhrases(text: string): string {
  const framed = text
    .replace(FIRST_TIME, '$1 first meeting')
    .replace(FIRST_TIME_AR, 'الاجتماع$1 الأول')
    .replace(HOW_LONG, '$1')
    .replace(HOW_LONG_AR, '$1')
    .replace(FRAMING_PHRASES, '$1')
    .replace(HOW_LONG_AGO, 'when')
    .replace(ANSWER_LENGTH, ' ')
    .replace(OVER_THE_YEARS, ' ')
    .replace(SINCE_THE_START, ' ')
    .replace(ASPECTS_OF, '')
    .replace(MADE_UP_OF, ' ')
    .replace(SET_FOR_ITSELF, ' ')
    .replace(IN_YOUR_RECORDS, ' ')
    .replace(EXPLANATION_OF, ' ')
    .replace(ALWAYS_BEEN, '')
    .replace(NUMBER_WORD, '')
    .replace(ANSWER_SIZE, '')
    .replace(ASKS_COUNTED, ' ')
    .replace(PERSON_TITLE, ' ')
    .replace(HELD_THE_POST, ' ')
    .replace(POINTS_OF, (_, en?: string, ar?: string) => en ?? ar ?? '')
    .replace(TALKING_POINTS, ' ')
    .replace(CLAIM_TAG, ' ')
    .replace(CHECK_TAG_AT_END, ' ')
    .replace(VERDICT, ' ')
    .replace(HEDGED_ASIDE, ' ')
    .replace(PLACE_OR_DATE_OF_HOLDING, '')
    .replace(SECOND_FACT_ASKED, ' ')
    .replace(COUNTED_ACCUSATIVE, '$1')
    .replace(IN_NUMBERS, ' ')
    .replace(TIMES_SO_FAR, (_, count?: string) => count ?? '')
    .replace(TIMES_A_PERIOD, '$1 ')
    .replace(TIMES_CLAIMED, '')
    .replace(TIMES_CLAIMED_AR, ' سنويا ')
    .replace(PER_YEAR_AR, ' سنويا')
    .replace(DEGREE, '')
    .replace(PAST_YEARS, ' ')
    .replace(WHAT_IT_SAID, '$1')
    .replace(AS_IT_APPEARS, ' ')
    .replace(LIST_OF, '')
    .replace(COMES_FROM, '$1')
    .replace(STANDS_FOR, '')
    .replace(WHAT_IS_MEANT, '')
    .replace(KIND_OF, 'what $1')
    .replace(MAIN_TOPIC, '$1')
    .replace(FORMAT_ASKED_AR, ' ')
    .replace(SPELLED_MEETING_ORDINAL, (_, word: string, rest: string) => englishOrdinalWord(englishOrdinal(word.toLowerCase())!) + rest);
  return asTheCollectionWrites(framed);
}
