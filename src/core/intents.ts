import type { Lang } from '../channel/types.js';
import { detectLang } from '../text/lang.js';
import { normalizeArabic, normalizeForMatch } from '../text/normalize.js';
import { ar, CUES, en, type Cue } from './intent-cues.js';
import type { Intent, IntentResult } from './intent-types.js';

/**
 * Rule-based intent classification: weighted cue patterns (src/core/intent-cues.ts) over normalised text,
 * Arabic and English. No model: the eight intents are few, their cues are formulaic in official
 * correspondence, and a wrong request intent only opens a ticket that a person reads anyway.
 */

// What the assistant is about. A question that touches none of it, and carries no other cue, is out of scope.
const DOMAIN: RegExp[] = [
  /\b(?:migra\w*|immigra\w*|emigra\w*|refugee\w*|asylum|displace\w*|idps?|arcp|consultative process|arab league|league of arab states|las|compacts?|gcm|gcr|gfmd|unhcr|iom|escwa|unrwa|imrf|grf|hlm|enp|crrf|sdgs?|2030 agenda)\b/,
  /\b(?:position|stance|statements?|declarations?|recommendations?|meetings?|sessions?|member states|arab|diaspora|expatriates?|remittances?|traffick\w*|smuggl\w*|return\w*|resettle\w*|integration|labou?r|workers?|mobility|stateless\w*|legal identity|climate|brain drain|secretariat|focal points?|protection|host (?:countr|communit)\w*|humanitarian|palestin\w*|conventions?|protocol|resolutions?|summit|xenophobia|durable solutions|regional review|national report|contribution|forum|neighbourhood policy|nationality|process|objectives?|documents?)\b/,
  new RegExp(
    normalizeArabic(
      'هجر|مهاجر|العمليه|وثيق|لاجئ|لجوء|نزوح|نازح|تشاور|الجامعه العربيه|جامعه الدول العربيه|الاتفاق العالمي|الميثاق العالمي|المفوضيه|للهجره|الاسكوا|الاونروا|موقف|بيان|اعلان|توصي|اجتماع|الدول الاعضاء|العربي|مغترب|جاليات|تحويلات|اتجار|تهريب|عوده|توطين|ادماج|اندماج|عمال|تنقل|الجنسيه|الهويه القانونيه|المناخ|الكفاءات|التنميه المستدامه|الامانه|نقاط الاتصال|حمايه|المجتمعات المضيفه|انساني|فلسطين|اتفاقيه|بروتوكول|قرار|قمه|المنتدي العالمي|مساهم|منتدي|اليوم العالمي|الاتحاد الاوروبي|سياسه الجوار',
    ),
    'u',
  ),
];
const POSITION_CUES: Cue[] = [
  en(/^(?:what|how|did|does|do|is|are|was|were|has|have|which|why|when|to what extent)\b|[.,!]\s*(?:what|how|which|does|did|has|have|is|are)\b[^.!?]*\?/, 1),
  en(/\b(?:position(?! papers?)|stance|views?|approach|say|says|said|state[sd]?|mention\w*|call(?:s|ed)? for|stress\w*|emphasi[sz]\w*|express\w*|affirm\w*|urge[sd]?|recommend\w*|propos\w*|highlight\w*|commit\w*|agree[sd]?|summari[sz]e|overview|explain|outline|reservations?|what line)\b/, 1.5),
  ar('^(?:ما|ماذا|هل|كيف|لماذا|متي|اين|الي اي مدي)(?![\\p{L}])', 1),
  ar('(?<!ورق\\S* )#(?:موقف|رؤيه|نظره|قال|ذكر|ورد|اكد|دعا|شدد|اوصي|طالب|اعرب|تضمن|يتضمن|تناول|اشار|يري|تري|دعت|اكدت|طالبت|تحفظ|تحفظات)(?![\\p{L}])', 1.5),
];
// Salutations and thanks decide the intent only when there is little else in the message.
const SALUTATION = new RegExp(
  `^(?:hi|hello|hey|greetings|good (?:morning|afternoon|evening|day)|dear (?:sir|madam|all|colleagues?)|salam|${normalizeArabic('مرحبا|اهلا|السلام عليكم|صباح الخير|مساء الخير|تحيه|تحياتي|مساء النور|صباح النور|عزيزي')})`,
  'u',
);
// "Help" is a request for the help text only when there is little else in the message ("help me write…").
const HELP = new RegExp(`\\bhelp (?:me|us|please)\\b|\\bneed (?:some )?help\\b|\\bhelp\\W*$|${normalizeArabic('(?<![\\p{L}])(?:مساعده|ساعدني|ساعدوني|تساعدني)')}`, 'u');
const THANKS = new RegExp(
  `\\bthank(?:s| you)\\b(?! in advance)|\\bthx\\b|\\bmuch appreciated\\b|\\bappreciate (?:it|that|this)\\b|${normalizeArabic('(?<![\\p{L}])و?(?:شكرا|اشكرك|اشكركم|نشكرك|نشكركم|جزيل الشكر|مشكور|مشكورين|ممتن|ممتنون|بارك الله)(?![\\p{L}])(?! مقدما)')}`,
  'u',
);
const SHORT_MESSAGE_WORDS = 7;
const MIN_CUE_SCORE = 1.5;
const TIE_ORDER: Intent[] = ['registration', 'submission', 'document-request', 'ask-person', 'feedback', 'position-question', 'greeting', 'out-of-scope'];

export interface ClassifyOptions {
  /** A message with files attached is more likely a contribution being sent in. */
  hasAttachments?: boolean;
}

export function classifyIntent(text: string, opts: ClassifyOptions = {}): IntentResult {
  const lang: Lang = detectLang(text);
  const norm = normalizeForMatch(text).replace(/\s+/g, ' ').trim();
  const scores = scoreIntents(norm, opts);
  // On a tie a request wins: it reaches a person, while a wrong answer would reach no one.
  const ranked = (Object.entries(scores) as [Intent, number][]).sort(
    (a, b) => b[1] - a[1] || TIE_ORDER.indexOf(a[0]) - TIE_ORDER.indexOf(b[0]),
  );
  const [top, second] = ranked;
  if (top[1] <= 0) return { intent: 'out-of-scope', confidence: norm === '' ? 1 : 0.5, lang };
  const confidence = 0.5 + (0.5 * (top[1] - second[1])) / (top[1] + 1);
  return { intent: top[0], confidence: Math.round(Math.min(1, confidence) * 100) / 100, lang };
}

/** Sum of the weights of the cues found, per intent; each cue counts once. */
export function scoreIntents(norm: string, opts: ClassifyOptions = {}): Record<Intent, number> {
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
  const inDomain = DOMAIN.some((re) => re.test(norm));
  if (inDomain) scores['position-question'] = 1 + sum(POSITION_CUES);
  // Out-of-scope words inside a question on the domain ("climate" vs "weather") weigh less.
  if (inDomain) scores['out-of-scope'] /= 2;
  return scores;
}
