import { withThingSaid } from './time-said.js';
import { namesEvent } from './sentence-parts.js';

/**
 * A note verbale asks in the third person: "The Permanent Mission of Jordan presents its compliments to the
 * Technical Secretariat and would be grateful to learn under which decision…", "UNHCR would be grateful if
 * the Secretariat could confirm which…", "The Permanent Observer Mission… wishes to ascertain how many…",
 * "The Mission kindly requests the items of the agenda of…", "The Secretariat is kindly requested to
 * indicate who…". The sender, "compliments", "ascertain" and "informed" are in no record: searched whole,
 * such a question was refused though the same ask without them was answered. Everything up to the verb of
 * asking goes.
 */
const ASKING_VERB = String.raw`(?:indicate|clarify|confirm|specify|advise(?:\s+(?:on|of|as\s+to))?|inform\s+(?:us|me|it|them)(?:\s+(?:of|about|on|as\s+to))?|let\s+(?:us|me|it|them)\s+know|tell\s+(?:us|me|it|them)|share|provide(?:\s+(?:us|me|it|them)\s+with)?|recall|remind\s+(?:us|me|it|them)(?:\s+(?:of|about))?|list|summari[sz]e|outline|explain|state|describe|give(?:\s+(?:us|me))?)`;
const GRATEFUL = String.raw`(?:would|should)\s+be\s+(?:most\s+|very\s+|deeply\s+|highly\s+|extremely\s+)?(?:grateful|obliged|thankful)`;
const APPRECIATE = String.raw`would\s+(?:(?:greatly|much|highly|really)\s+)?appreciate`;
const WISHES = String.raw`(?:wish(?:es)?|would\s+like|would\s+wish|has\s+the\s+honou?r)`;
/** What follows the courtesy and says what is wanted: to learn, if the Secretariat could indicate, confirmation of. */
const COMPLEMENT = String.raw`(?:to\s+(?:learn|know|ascertain|enquire(?:\s+about)?|inquire(?:\s+about)?|understand|be\s+(?:informed|advised|told|reminded)(?:\s+(?:of|about|on|as\s+to|regarding))?|receive(?:\s+(?:information|details|confirmation|clarification)\s+(?:of|on|about|as\s+to|regarding))?|obtain|request|seek|${ASKING_VERB})|if\s+(?:you|it|they|the\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w-]+)\s+(?:could|would|might|can)\s+(?:kindly\s+|please\s+)?${ASKING_VERB}|(?:for\s+|to\s+have\s+|to\s+receive\s+)?(?:an?\s+)?(?:confirmation|clarification|information|details|indication|guidance|reminder)(?:\s+(?:of|on|about|as\s+to|regarding|concerning))?)\s+`;
/**
 * How long a sender's opening runs before its courtesy: "The Permanent Mission of the Hashemite Kingdom of Jordan to
 * the League of Arab States presents its compliments to the General Secretariat (Social Affairs Sector – Department
 * of Refugees, Expatriates and Migration Affairs) and…" is 210 characters.
 */
const SENDER_MAX = 320;
const FRAMES = [
  // "…presents its compliments (to …) and would be grateful to learn", "ESCWA would appreciate to know".
  new RegExp(String.raw`^[^?]{0,${SENDER_MAX}}?\b(?:${GRATEFUL}|${APPRECIATE}|${WISHES})\s+${COMPLEMENT}`, 'i'),
  // "The Delegation kindly request the Secretariat to remind us what…", "The Mission kindly requests the items of…".
  new RegExp(String.raw`^[^?]{0,${SENDER_MAX}}?\b(?:kindly\s+)?requests?\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?\s+to\s+${ASKING_VERB}\s+|(?:that\s+)?)`, 'i'),
  // "The Secretariat is kindly requested to indicate who…".
  new RegExp(String.raw`^[^?]{0,120}?\bis\s+(?:kindly\s+)?(?:requested|invited)\s+to\s+${ASKING_VERB}\s+`, 'i'),
  // "…we would appreciate the figures given by…", "The Mission would be grateful for the list of…".
  new RegExp(String.raw`^[^?]{0,${SENDER_MAX}}?\b(?:${APPRECIATE}|${GRATEFUL}\s+for)\s+(?:receiving\s+|having\s+)?(?=(?:the|a|an|any|some)\s)`, 'i'),
  // "Could the Secretariat confirm whether…", "Can the secretariat kindly explain how…".
  new RegExp(String.raw`^(?:could|can|would|might|may)\s+(?:the\s+)?(?:technical\s+)?(?:secretariat|team|colleagues|someone|anyone|las)\s+(?:please\s+|kindly\s+)?${ASKING_VERB}\s+`, 'i'),
];
/** What is asked for, named by the courtesy's noun: "confirmation of the number of…", "a reminder of how many…". */
const ASKED_FOR = /^(?:(?:an?|some|any|more|few|quick|brief|short|couple\s+of)\s+){0,3}(?:confirmation|clarifications?|clarity|indication|reminder|information|details|guidance|pointers)\s+(?:of|on|about|as\s+to|regarding|concerning)\s+/i;
/** A question word before the courtesy: "Which meeting requested the Secretariat to indicate…" asks of the meeting. */
const ASKS_BEFORE = /\b(?:which|what|when|where|who|whom|whose|how|why|whether)\b|\?/i;
/** The sender's courtesy is no courtesy of the asker's: "requests" of a sender must follow a name. */
const SENDER_BEFORE_REQUEST = /(?:^|\s)(?:the\s+)?(?:[A-Z][\w-]*|mission|delegation|embassy|ministry|office|secretariat|representation|unit|division|department|headquarters|we|i)\b[^?]*$/;
const MIN_LEFT = 12;

/**
 * The Arabic note verbale: «تهدي البعثة الدائمة لجمهورية السودان… تحياتها إلى الأمانة الفنية…، وتتشرف بأن تستفسر عن
 * الوثيقة…», «…وتتشرف بأن تطلب تأكيد الجهات…», «…ويتشرف بطلب إفادته بـ…». Everything up to what is asked goes: the
 * sender, «تحياتها» and «تتشرف» are in no record (both such notes were refused).
 */
const HONOURED_AR = String.raw`(?:^|[\s،,])[وف]?(?:تتشرف|يتشرف|تتشرّف|يتشرّف)\s+`;
const ASKS_AR = String.raw`(?:ب[أا]ن\s+(?:تطلب|يطلب|تستفسر|يستفسر|تستعلم|يستعلم|ترجو|يرجو|تلتمس|يلتمس)|بطلب|بالاستفسار|بالاستعلام|بالتماس)`;
const OF_SECRETARIAT_AR = String.raw`(?:(?:من|إلى|الى)\s+(?:ال)?[أا]مان[ةه](?:\s+(?:ال)?(?:فني[ةه]|عام[ةه]))?\s+)?`;
const GIVING_AR = String.raw`(?:(?:التكرم|التفضل)\s+)?(?:ب)?(?:ت[أا]كيد|[إا]فادت(?:ها|ه)|الإفادة|الافادة|مواف[اآ]ت(?:ها|ه)|تزويد(?:ها|ه)|معرف[ةه]|توضيح|بيان(?!\s+(?:ال)?(?:يوم|ختامي)))?`;
const NOTE_VERBALE_AR = new RegExp(String.raw`^[^؟?]{0,${SENDER_MAX}}?${HONOURED_AR}${ASKS_AR}\s+${OF_SECRETARIAT_AR}${GIVING_AR}\s*(?:عن\s+|ب(?=ال))?`, 'u');

/**
 * «تهدي بعثة… تحياتها إلى الأمانة الفنية…، وتودّ، في سياق تحديث ملف البعثة…، الاستفسار عمّا…»: the sender's wish to
 * ask, an aside of its purpose between commas.
 */
const NOTE_WISH_AR = new RegExp(
  String.raw`^[^؟?]{0,${SENDER_MAX}}?تحيات(?:ها|ه)\s[^؟?]{0,${SENDER_MAX}}?[\s،,][وف]?(?:تود|تودّ|يود|يودّ|ترغب|يرغب)\s*(?:[،,][^،,؟?]{0,160}[،,]\s*)?(?:في\s+)?(?:الاستفسار|الاستعلام|[أا]ن\s+تستفسر|[أا]ن\s+يستفسر|معرف[ةه])\s*(?:عن\s+|حول\s+|بشأن\s+)?`,
  'u',
);

/** An Arabic note verbale's sender, greeting and wish to ask, before what is asked; the text as it is without one. */
export function withoutNoteVerbale(text: string): string {
  const verbale = NOTE_VERBALE_AR.exec(text) ?? NOTE_WISH_AR.exec(text);
  return verbale && text.length - verbale[0].length >= MIN_LEFT ? text.slice(verbale[0].length).trim() : text;
}

export function withoutNoteFrame(text: string): string {
  const verbale = withoutNoteVerbale(text);
  if (verbale !== text) return verbale;
  for (const [i, re] of FRAMES.entries()) {
    const m = re.exec(text);
    if (!m) continue;
    const frame = m[0];
    const courtesyAt = frame.search(/\b(?:would|should|wish|wishes|has|kindly|requests?|is|could|can|might|may)\b/i);
    const before = frame.slice(0, Math.max(0, courtesyAt));
    if (ASKS_BEFORE.test(before) || (i === 1 && !SENDER_BEFORE_REQUEST.test(before))) continue;
    const rest = text.slice(frame.length).trim().replace(ASKED_FOR, '');
    if (rest.length >= MIN_LEFT) return rest;
  }
  return text;
}

/**
 * The occasion of a note before its courtesy: "Ahead of the GFMD Friends of the Forum meeting, kindly list…",
 * "In preparation for the IMRF round tables, please recall…", "In the framework of our preparation for…,
 * ESCWA would appreciate…", "For historical accuracy of our brief, kindly indicate…". Only when a courtesy
 * or a sender follows: "Ahead of the 12th meeting, who will chair it?" names its subject there.
 */
const OCCASION = /^(?:ahead\s+of|in\s+preparation\s+for|in\s+advance\s+of|in\s+(?:the\s+)?(?:framework|context)\s+of|on\s+the\s+occasion\s+of|with\s+a\s+view\s+to|as\s+part\s+of|for\s+(?:the\s+)?(?:purposes?|sake)\s+of|for\s+(?:historical\s+)?(?:accuracy|completeness)\s+of|for\s+(?:the|our|a|an|my)\s+[^,?]{0,60}?\b(?:briefing|brief|note|records?|library|archives?|report|talking\s+points|dossier|file|speech|statement|meeting|consultations?))\b[^,?]{0,100},\s*/i;
const COURTESY_NEXT = /^(?:kindly|please|could|would|can|may|we|i|our|my)\b|^[^?]{0,80}?\b(?:would\s+be\s+(?:\w+\s+)?grateful|would\s+appreciate|wish(?:es)?\s+to|kindly\s+requests?|is\s+kindly\s+requested)\b/i;

/**
 * The asker's own work, said before a semicolon: "Ahead of the IMRF we are preparing talking points for the
 * Head of Delegation; could you kindly confirm…". Not when it names a meeting or a year ("Our Mission is
 * preparing a note on the 9th regular meeting; kindly indicate…" asks of that meeting).
 */
const OWN_WORK = /^[^;?]{0,120}\b(?:we|i)(?:'re|'m|\s+are|\s+am)\s+(?:preparing|drafting|writing|updating|compiling|finali[sz]ing|putting\s+together)\b[^;?]{0,80};\s*/i;
const NAMES_EVENT = /\d|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b/i;
/**
 * «نحضر كلمة لمعالي الوزير بمناسبة ذكرى إطلاق العملية، ونرجو تأكيد أين ومتى…»: the asker's own work, closed by a comma
 * before the request; what the request asks follows. Not when the work names a meeting or a year («نعدّ ورقة عن
 * الاجتماع التاسع، ونرجو إفادتنا بتاريخه» asks of that meeting).
 */
const OWN_WORK_AR = /^(?:[أا]حض\u0651?ر|نحض\u0651?ر|[أا]عد\u0651?|نعد\u0651?|[تي][\u064B-\u0652]*(?:عد\u0651?|حض\u0651?ر|جه\u0651?ز)\u0651?\s+[\u0621-\u064A]+|[أا]كتب|نكتب|[أا]جه\u0651?ز|نجه\u0651?ز|نراجع|[أا]راجع|نقوم\s+ب[إا]عداد)\s[^؟?.:]{0,120}?(?:\s(?:بمناسب[ةه]|عن|حول|بشأن|بشان|بخصوص)\s+([^؟?.:،,]{3,80}))?[،,]\s*[وف](?=(?:نرجو|[أا]رجو|نود|[أا]ود|نأمل|يرجى|نطلب|نتمنى)\u0651?\s)/u;

export function withoutOccasion(text: string): string {
  const m = OCCASION.exec(text);
  const rest = m ? text.slice(m[0].length) : text;
  // ("For the most recent Situation Report…, we would appreciate its title": the occasion is what "its" is.)
  const unframed = m && COURTESY_NEXT.test(rest) && rest.trim().length >= MIN_LEFT ? withThingSaid(m[0], rest.trim()) : text;
  const ownAr = OWN_WORK_AR.exec(unframed);
  // (What the work is on or for stays, as the question's context: «نحضّر كلمة بمناسبة اليوم العالمي للاجئين، ونرجو
  // تأكيد متى صدر بيان 2019» asks of the World Refugee Day statement.)
  if (ownAr && !namesEvent(ownAr[0]) && unframed.length - ownAr[0].length >= MIN_LEFT) return `${unframed.slice(ownAr[0].length)}${ownAr[1] ? ` (${ownAr[1].trim()})` : ''}`;
  const own = OWN_WORK.exec(unframed);
  return own && !NAMES_EVENT.test(own[0]) && unframed.length - own[0].length >= MIN_LEFT ? unframed.slice(own[0].length) : unframed;
}
