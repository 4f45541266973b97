import { FACT_NEEDED } from '../question/cues.js';
import { askedTypes } from '../question/question-types.js';
import { ordinalMentions } from '../question/understand.js';
import { tokenize } from '../text/tokenize.js';
import { normalizeArabic } from '../text/normalize.js';
import { ar, ASKER_OR_ADDRESSEE, CUES, en, TO_KNOW, type Cue } from './cues.js';
import type { Intent } from './types.js';

/**
 * The hand-written half of the intent classifier: weighted cue patterns (src/intents/cues.ts) over
 * normalised text. Their scores are features of the learned model (src/intents/model.ts), and the
 * domain test decides the safe default when the model is unsure.
 */

// What the assistant is about. A question that touches none of it, and carries no other cue, is out of scope.
const DOMAIN: RegExp[] = [
  /\b(?:migra\w*|immigra\w*|emigra\w*|refugee\w*|asylum|displace\w*|idps?|arcp|rcps?|consultative process|consultations?|arab league|league of arab states|las|compacts?|gcm|gcr|gfmd|unhcr|iom|escwa|unrwa|imrf|grf|wrd|world refugee day|hlm|hlom|enp|crrf|sdgs?|2030 agenda)\b/,
  /\b(?:position|stance|statements?|declarations?|recommendations?|meetings?|sessions?|member states|arab|diaspora|expatriates?|remittances?|traffick\w*|smuggl\w*|return\w*|resettle\w*|integration|labou?r|workers?|mobility|stateless\w*|legal identity|climate|brain drain|secretariat|focal points?|protection|host (?:countr|communit)\w*|humanitarian|palestin\w*|the league|burden\w*|responsibility-sharing|solidarity|host states?|conventions?|protocol|resolutions?|summit|xenophobia|durable solutions|regional review|national report|contribution|forum|neighbourhood policy|nationality|process|objectives?|documents?)\b/,
  new RegExp(
    normalizeArabic(
      'هجر|مهاجر|العمليه|الجامعه|الاعباء|وثيق|وثائق|وثايق|لاجئ|لجوء|نزوح|نازح|تشاور|الجامعه العربيه|جامعه الدول العربيه|الاتفاق العالمي|الميثاق العالمي|المفوضيه|للهجره|الاسكوا|الاونروا|موقف|بيان|اعلان|توصي|اجتماع|الدول الاعضاء|العربي|مغترب|جاليات|تحويلات|اتجار|تهريب|عوده|توطين|ادماج|اندماج|عمال|تنقل|الجنسيه|الهويه القانونيه|المناخ|الكفاءات|التنميه المستدامه|الامانه|نقاط الاتصال|حمايه|المجتمعات المضيفه|انساني|فلسطين|اتفاقيه|بروتوكول|قرار|قمه|المنتدي العالمي|مساهم|منتدي|اليوم العالمي|الاتحاد الاوروبي|سياسه الجوار|الاداره|اداره شؤون|مدير',
    ),
    'u',
  ),
];
const POSITION_CUES: Cue[] = [
  en(/^(?:what|how|did|does|do|is|are|was|were|has|have|which|why|when|to what extent)\b|[.,!]\s*(?:what|how|which|does|did|has|have|is|are)\b[^.!?]*\?/, 1),
  en(/\b(?:position(?! papers?)|stance|views?|approach|say|says|said|state[sd]?|mention\w*|call(?:s|ed)? for|stress\w*|emphasi[sz]\w*|express\w*|affirm\w*|urge[sd]?|recommend\w*|propos\w*|highlight\w*|commit\w*|agree[sd]?|summari[sz]e|overview|explain|outline|reservations?|what line|(?:key|main) points|highlights)\b/, 1.5),
  ar('^(?:ما|ماذا|هل|كيف|لماذا|متي|اين|الي اي مدي)(?![\\p{L}])', 1),
  ar('(?<!ورق\\S* )#(?:موقف|رؤيه|نظره|قال|ذكر|ورد|اكد|دعا|شدد|اوصي|طالب|اعرب|تضمن|يتضمن|تناول|اشار|يري|تري|دعت|اكدت|طالبت|تحفظ|تحفظات|لخص|لخصلي|لخصي|لخصلنا|لخصوا|تلخيص)(?![\\p{L}])', 1.5),
];
// Salutations and thanks decide the intent only when there is little else in the message.
const SALUTATION = new RegExp(
  `^(?:(?:hi|hello|hey|hiya|yo|howdy|greetings|(?:good )?(?:morning|afternoon|evening)|good day|dear (?:sir|madam|all|colleagues?)|salam|salaam|assalamu)\\b|${normalizeArabic('(?:مرحبا|مرحبتين|اهلا|اهلين|هلا|هاي|يا هلا|يا مرحبا|السلام عليكم|صباح|مساء|مسا|صباحو|تحيه|تحياتي|عزيزي|تشرفنا)(?![\\p{L}])')})`,
  'u',
);
// "Help" is a request for the help text only when there is little else in the message ("help me write…").
const HELP = new RegExp(`\\bhelp (?:me|us|please)\\b|\\bneed (?:some )?help\\b|\\bhelp\\W*$|${normalizeArabic('(?<![\\p{L}])(?:مساعده|ساعدني|ساعدوني|تساعدني)')}`, 'u');
const THANKS = new RegExp(
  `\\bthank(?:s| you)\\b(?! in advance)|\\b(?:thx|ty|cheers)\\b|\\bmuch appreciated\\b|\\bappreciate (?:it|that|this)\\b|${normalizeArabic('(?<![\\p{L}])و?(?:شكرا|اشكرك|اشكركم|نشكرك|نشكركم|جزيل الشكر|مشكور|مشكورين|ممتن|ممتنون|بارك الله|يعطيك العافيه|يعطيكم العافيه|الله يعطيك العافيه|تسلم|تسلمي|تسلموا|جزاك الله|يجزاك|ما قصرت|ما قصرتوا|كفيت ووفيت)(?![\\p{L}])(?! مقدما)')}`,
  'u',
);
export const SHORT_MESSAGE_WORDS = 7;
export const MIN_CUE_SCORE = 1.5;
/**
 * A request's strongest cues score this much or more (register, telephone numbers, send me the report); a
 * word registrations share with questions of record ("participants", "delegate") scores less.
 */
export const STRONG_REQUEST_CUE = 2.5;
export interface RuleOptions {
  /** A message with files attached is more likely a contribution being sent in. */
  hasAttachments?: boolean;
}

export interface RuleSignals {
  scores: Record<Intent, number>;
  /** The text names something the assistant is about (migration, the process, its documents…). */
  inDomain: boolean;
  salutation: boolean;
  thanks: boolean;
  help: boolean;
  /** The text asks for information with a question word (when, who, where, how many…, in any dialect). */
  informationQuestion: boolean;
  /** The asker or the assistant is spoken of ("who am I talking to", «مين معي»): a message about the conversation. */
  personal: boolean;
  /** A question mark, Latin or Arabic. */
  questionMark: boolean;
  /** Words of letters or digits. */
  words: number;
  /** Any letter at all (an emoji alone has none). */
  letters: boolean;
  /** A numbered meeting, session or forum, or a year, is named ("11th mtg attendees", "2nd grf 2023 pledges"). */
  namesEvent: boolean;
  /** The reply is spoken of: its source, link or quote ("the link you sent…", «المصدر الثاني اللي ذكرته…»). */
  aboutTheReply: boolean;
  /** The asker speaks of their own case as a refugee or migrant, or of a post they seek. */
  ownCase: boolean;
}

/** Every rule signal of a normalised text (see normalizeForMatch), computed once. */
export function ruleSignals(norm: string, opts: RuleOptions = {}): RuleSignals {
  return {
    scores: scoreIntents(norm, opts),
    inDomain: isInDomain(norm),
    salutation: SALUTATION.test(norm),
    thanks: THANKS.test(norm),
    help: HELP.test(norm),
    informationQuestion: asksInformation(norm),
    personal: PERSONAL.test(norm),
    questionMark: /[?؟]/.test(norm),
    words: norm.match(/[\p{L}\p{N}]+/gu)?.length ?? 0,
    letters: /\p{L}/u.test(norm),
    namesEvent: ordinalMentions(tokenize(norm)).some((m) => m.kind !== undefined) || /(?<!\d)(?:19|20)\d\d(?!\d)/.test(norm),
    aboutTheReply: ABOUT_THE_REPLY.test(norm),
    ownCase: OWN_CASE.test(norm) || OWN_APPLICATION.test(norm),
  };
}

/**
 * A question word asking for a fact, after any salutation: "Hi team, is the GCM legally binding?" asks as the
 * question alone does (its kind is read from the question's opening).
 */
function asksInformation(norm: string): boolean {
  const asked = norm.replace(SALUTED, '');
  return !ASKER_ACTS.test(asked) && !ABOUT_THE_ASSISTANT.test(asked) && ((askedTypes(asked) ?? []).some((t) => INFORMATION_TYPES.has(t)) || MANNER.test(asked) || TO_KNOW_WHAT.test(asked) || FIGURES_OF.test(asked));
}
const SALUTED = new RegExp(`${SALUTATION.source}(?:\\s+[\\p{L}]+){0,2}\\s*[,،!:.\\u2013\\u2014-]\\s*`, 'u');

/**
 * "I am a Sudanese refugee in Egypt, how do I apply for asylum?", «أنا مهاجر مغربي في ليبيا وبغيت نرجع…»: the
 * asker's own case, which no record of positions answers (its words found the statement praising Egypt).
 */
const OWN_CASE = new RegExp(
  `\\b(?:i am|i'm|im|we are|we're)\\s+(?:an?\\s+)?(?:[a-z]+\\s+)?(?:refugees?|migrants?|asylum[\\s-]seekers?|stateless|displaced)\\b|` +
    normalizeArabic('(?<![\\p{L}])(?:انا|انني|احنا|نحن|اني)\\s+(?:\\S+\\s+)?(?:لاجئ|لاجئه|لاجئين|مهاجر|مهاجره|مهاجرين|طالب لجوء|طالبه لجوء|نازح|نازحه|عديم الجنسيه)(?![\\p{L}])'),
  'u',
);

/**
 * "I would like to apply for the vacancy of Legal Officer… the closing date for applications?", «أرغب في التقدم
 * للوظيفة الشاغرة…»: a post the asker seeks, which no record of positions answers (its date and "held online"
 * found meetings).
 */
const OWN_APPLICATION = new RegExp(
  `\\b(?:vacanc(?:y|ies)|job (?:openings?|offers?|applications?|interviews?)|apply(?:ing)? for (?:a |the |this )?(?:job|post|vacancy|internship)|internships?|(?:my|our) (?:cv|resume)|closing date for applications)\\b|` +
    normalizeArabic('(?<![\\p{L}])(?:ال)?(?:وظيفه|وظائف) (?:ال)?شاغره|(?<![\\p{L}])(?:ال)?شواغر(?![\\p{L}])|مقابله (?:ال)?(?:عمل|توظيف)|(?:سيرتي|السيره) الذاتيه|باب (?:التقديم|الترشح)'),
  'u',
);

const ABOUT_THE_REPLY = new RegExp(
  `\\b(?:sources?|links?|quotes?|quoted|quotation|answer|reply|citations?|you (?:sent|said|gave|quoted|mentioned|cited))\\b|` +
    normalizeArabic('(?<![\\p{L}])(?:المصدر|المصادر|الرابط|المقتبس|الاقتباس|الجواب|الرد|الاجابه|ذكرته|ارسلته|قلته|اقتبسته)(?![\\p{L}])'),
  'u',
);

/** Kinds of question that ask for a fact on record, whatever the courtesy around them ("I would be grateful if…"). */
const INFORMATION_TYPES = new Set(['when', 'where', 'who', 'how-many', 'how-often', 'which', 'why', 'position', 'definition', 'compare', 'evolution', 'yes-no', 'list']);
/**
 * A question word after a verb of knowing, of a third party: "our mission would like to know what the
 * secretariat is expected to do…", «نود معرفة ما إذا…» (not "…to know how we can register").
 */
const TO_KNOW_WHAT = new RegExp(
  // ("We would appreciate clarification as to the roles that…", "It would help to have the thematic areas…": what the
  // record says, asked to be made clear.)
  `\\bclarification (?:as to|on|regarding|concerning|about) (?:the|its|their|what|which|when|where|who|whom|why|how|whether)\\b|` +
  `\\bit would (?:also |greatly |really )?(?:help|assist)(?: (?:us|me))? to (?:have|know|learn|get|receive|understand) (?:the|its|their|what|which|when|where|who|whom|why|how|whether)\\b|` +
  `\\b(?:know|find out|learn|understand)\\s+(?:what|which|when|where|who|whom|why|how|whether)\\s+(?!(?:i|we|you|u)\\b)|${normalizeArabic('(?<![\\p{L}])(?:معرفه|نعرف|اعرف|نعلم)\\s+(?:ما|ماذا|متى|من|اين|كيف|هل|لماذا|كم|اي)(?![\\p{L}])')}`,
  'u',
);
/**
 * "figures cited at the beirut consult", "numbers from the 2021 situation report", «أرقام تقرير 2021»: a chat
 * line that asks for the figures of something, typed with no question word (it was thanked for as feedback).
 */
const FIGURES_OF = new RegExp(
  `^(?:the\\s+|any\\s+|key\\s+|main\\s+)?(?:figures|numbers|stats|statistics|data)\\s+(?:\\S+\\s+){0,3}?(?:cited|given|gave|quoted|mentioned|presented|reported|from|at|in|of|on)\\b|${normalizeArabic('^(?:ال)?(?:ارقام|احصائيات|احصاءات)(?![\\p{L}])')}`,
  'u',
);
/**
 * How something is done by others: "how is the WRD statement agreed?", «كيف يتم اعتماد البيان؟». Asked of a
 * third party, it asks what the record says; "how do I register" is the asker's own step (ASKER_ACTS).
 */
const MANNER = new RegExp(
  `\\bhow (?:is|are|was|were|does|do|did|has|have) (?!(?:i|we|you|u)\\b)|${normalizeArabic('(?<![\\p{L}])كيف\\s+(?:يتم|تم|كان|كانت|جري|يجري|ي\\p{L}{2,})(?![\\p{L}])')}`,
  'u',
);
/**
 * "Where do I upload…", «وين ممكن ألاقي…»: the asker's own next step, which is a request for help. («وين
 * ألقى…» is "where do I find"; after «من», «من ألقى الكلمة؟» asks who delivered the speech. «وين أقدم طلب
 * لجوء» is where I apply; «أقدم بيان» is the oldest statement.)
 */
const ASKER_ACTS = new RegExp(
  `\\b(?:do|can|could|should|may|shall) (?:i|we)\\b|\\bis it possible (?:for (?:me|us) )?to\\b|\\b(?:i|we) (?:also )?(?:need|want|would like|'d like|’d like)\\b(?! to (?:${TO_KNOW}))(?! the ${FACT_NEEDED}\\b)|${normalizeArabic('(?<![\\p{L}])(?:الاقي|(?<!من\\s)القي|اجد|نجد|نلاقي|اتوجه|نتوجه|ارفع|نرفع|ارسل|نرسل|احصل|نحصل|اقدر|نقدر|اسجل|نسجل|اتقدم|نتقدم|(?:اقدم|نقدم)(?=\\s+ب?طلب))(?![\\p{L}])')}`,
  'u',
);

const PERSONAL = new RegExp(
  `\\b(?:${[...ASKER_OR_ADDRESSEE.en, 'u'].join('|')})\\b|` +
    normalizeArabic(`(?<![\\p{L}])(?:${[...ASKER_OR_ADDRESSEE.ar, 'انت', 'انتم', 'انتي', 'حضرتك', 'احكي', 'بحكي', 'اتكلم', 'بتكلم', 'اتحدث', 'اكلم'].join('|')})(?![\\p{L}])`),
  'u',
);

/** "Is this the ARCP assistant?", «هل انت بوت؟»: a question about the assistant, not about the record. */
// ("Is this correct?", «هل هذا صحيح؟» put a fact to be checked, not a question about the assistant.)
const ABOUT_THE_ASSISTANT = new RegExp(
  `\\b(?:are you|is this(?! (?:correct|right|true|accurate|so)\\b)|r u)\\b|${normalizeArabic('(?<![\\p{L}])(?:هل|وهل)\\s+(?:(?:هذا|هذه)(?!\\s+(?:صحيح|صح|دقيق|مضبوط|مظبوط)(?![\\p{L}]))|انت|انتم|انتي)(?![\\p{L}])')}`,
  'u',
);

export function isInDomain(norm: string): boolean {
  return DOMAIN.some((re) => re.test(norm));
}

/** Sum of the weights of the cues found, per intent; each cue counts once. */
export function scoreIntents(norm: string, opts: RuleOptions = {}): Record<Intent, number> {
  const words = norm.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const short = words <= SHORT_MESSAGE_WORDS;
  const sum = (cues: Cue[]) => cues.reduce((s, [re, w]) => s + (re.test(norm) ? w : 0), 0);
  const scores = { 'position-question': 0 } as Record<Intent, number>;
  for (const [intent, cues] of Object.entries(CUES) as [Intent, Cue[]][]) scores[intent] = sum(cues);
  if (SALUTATION.test(norm)) scores.greeting += short ? 2 : 0.5;
  if (HELP.test(norm)) scores.greeting += short ? 3 : 1;
  if (opts.hasAttachments) scores.submission += 1.5;
  // One weak cue ("colleague", "contribution") does not make a request on its own.
  for (const intent of Object.keys(CUES) as Intent[]) if (scores[intent] < MIN_CUE_SCORE) scores[intent] = 0;
  if (THANKS.test(norm)) scores.feedback += short ? 2.5 : 1;
  const inDomain = isInDomain(norm);
  if (inDomain) scores['position-question'] = 1 + sum(POSITION_CUES);
  // Out-of-scope words inside a question on the domain ("climate" vs "weather") weigh less.
  if (inDomain) scores['out-of-scope'] /= 2;
  return scores;
}
