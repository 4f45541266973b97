import { CHAT_TAG_WORDS_EN, CHECK_TAG_AR, VERDICT_OPENER_EN } from '../text/verdict-and-span.js';
import { CITIES_AR, CITIES_EN } from './place-names.js';

/**
 * A place put to be checked: "Was the 2017 meeting held in Tunis?", "The 3rd meeting was in Beirut,
 * right?", «هل عُقد الاجتماع الثالث في الرباط؟». The place claimed is what is to be checked, not what to
 * search for: searched, "Tunis" found the Tunis Declaration and "Amman" made search abstain, so a wrong
 * place cost the answer a right one would have had. The question is asked as the "where" it checks, and
 * the answer says whether its record bears the claim out.
 */
export interface PlaceClaim {
  /** The question as the "where" it checks: "Where was the 2017 meeting held?" (as written for a way of holding). */
  asked: string;
  /** The claim as written: "in Tunis", "online", «في الرباط». */
  phrase: string;
  /** What the claim puts: a place of CITIES_EN/CITIES_AR, the way a meeting is held, or a year (year-claim.ts). */
  value: string | 'online' | 'in-person' | number;
  /** Taken for granted by a question of something else ("When did the ARCP meet in Tunis?"), not asked. */
  premise?: boolean;
  /** A way of holding put to be checked, as the "where" that checks it when the words of the way find other meetings. */
  where?: string;
}

const HELD_EN =
  '(?:held|hold|hosted|convened|take place|took place|taken place|meet|met|organi[sz]ed|located|based|happen|happened|launched|adopted|signed|issued)';
const EVENT_EN = /\b(?:meeting|mtg|session|forum|conference|conf|consultation|summit|dialogue|gfmd|grf|imrf|secretariat)s?\b/i;
const FORMAT_EN = '(?:online|virtually|virtual|in person|in-person|face[ -]to[ -]face|physically|(?:by|via|through) video ?conference)';
const PLACE_EN = `(?:in|at)\\s+(?:the\\s+)?(?:city\\s+of\\s+)?(?:${CITIES_EN.join('|')})`;
const CHECK_EN =
  `(?:is\\s+it\\s+(?:true|correct|right)\\s+that|am\\s+i\\s+(?:right|correct)(?:\\s+in\\s+thinking)?\\s+that|(?:can|could)\\s+you\\s+confirm\\s+(?:that|whether|if)|(?:please\\s+)?confirm\\s+(?:that|whether|if)|just\\s+(?:to\\s+)?(?:confirm|check)(?:\\s+that|\\s+whether|\\s+if)?|quick\\s+q(?:uestion)?|${VERDICT_OPENER_EN})\\s*[:,-]?\\s*`;
const TAG_EN = `(?:\\s*[,–—-]?\\s*(?:correct\\s+or\\s+(?:incorrect|not)|true\\s+or\\s+false|${CHAT_TAG_WORDS_EN}|is\\s+that\\s+(?:right|correct|so)|isn'?t\\s+it|wasn'?t\\s+it|didn'?t\\s+it|no))?`;
const CLAIM_EN = `(?<phrase>${PLACE_EN}|${FORMAT_EN})\\b(?<tail>[^?]*?)${TAG_EN}\\s*\\?*\\s*$`;
const ASKED_EN = new RegExp(`^(?:${CHECK_EN})?(?<aux>was|were|is|are|did|does|do|has|have|had|will)\\s+(?<subject>.+?)\\s+(?:(?<verb>${HELD_EN})\\s+)?${CLAIM_EN}`, 'i');
const STATED_EN = new RegExp(`^(?<check>${CHECK_EN})?(?<subject>.+?)\\s+(?:(?<aux>was|were|is|are)\\s+)?(?:(?<verb>${HELD_EN})\\s+)?${CLAIM_EN}`, 'i');

/**
 * "can you confrim the 11th meeting was held online?", "pls confirm the ARCP was created in 2015": a claim put
 * to be confirmed with no "that", as members type in chat, reads as the check it is.
 */
/** A question word of English: beside a claim, it asks something more than the claim. */
export const QUESTION_WORD_EN = /\b(?:what|when|who|whom|which|how|where|why)\b/i;
const CONFIRM_BARE = /^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:(?:pls|plz|please|kindly)\s+)?(?:conf(?:ir|ri)m|verify)\s+(?!(?:that|whether|if)\b)(?=\S+(?:\s+\S+)*?\s+(?:was|were|is|are|did|has|had|took)\b)/i;
/**
 * "I was told the ARCP rotates its chair every year - is that accurate?", "My understanding is the HLOM was held
 * in Geneva - right?", "As far as I know, …", "Our records indicate …": what the asker heard or believes, put up
 * to be checked. Read as "Is it true that …?", as every claim reader knows it (place, year, count): as written,
 * the words around the claim were searched, and vetoed the answer. Not when a question follows ("I think
 * there was a statement in 2019; what did it say?"): that asks, and its opening only frames it.
 */
export const HEARSAY_EN =
  /^(?:(?:hi|hello|so|well|ok|okay)\s*,?\s+)?(?:i\s+(?:was\s+told|have\s+been\s+told|(?:have\s+)?heard|(?:have\s+)?read|believe|think|understand|recall|gather)|i'?m\s+(?:told|under\s+the\s+impression)|we\s+(?:were|have\s+been)\s+(?:told|informed)|we\s+(?:understand|believe)|(?:my|our)\s+understanding\s+is|it\s+is\s+(?:my|our)\s+understanding|as\s+far\s+as\s+(?:i|we)\s+(?:know|can\s+tell)|(?:our|my)\s+(?:records|notes|files)\s+(?:indicate|show|say|suggest)|someone\s+(?:told\s+me|said))\s*,?\s*(?:that\s+)?/i;
/** "2nd grf was in new york dec 2023 ya?", "…in geneva right?": a tag as chat types it, with no comma. */
const CHAT_TAG_EN = new RegExp(`\\s(?:${CHAT_TAG_WORDS_EN})\\s*\\?+\\s*$`, 'i');
/** "… - is that accurate?", "… - right?": the tag that closes it, as the claim readers' ", right?". */
const DASHED_TAG_EN = /\s*[,–—-]\s*(?:is\s+(?:that|this)\s+(?:accurate|right|correct|so|true)|right|correct|accurate|true)\s*\?*\s*$/i;
/** «سمعت إن…», «على حد علمي…», «قالوا لي إن…», «أعتقد أن…», «حسب معلوماتنا…»: the same in Arabic, read as «صحيح أن…؟». */
export const HEARSAY_AR =
  /^(?:(?:سمعت|سمعنا|قرات|قريت|قرأت|بلغني|بلغنا|فهمت|فهمنا|علمت|علمنا|[أا]عتقد|نعتقد|[أا]ظن|نظن|قالوا\s+لي|قالولي|قيل\s+لي|قيل\s+لنا)(?:\s+(?:[إأا]ن[هو]?|ب[أا]ن|[أا]نها))?|(?:حسب|على\s+حد|وفق|بحسب)\s+(?:علمي|علمنا|معلوماتي|معلوماتنا)(?:\s+(?:[إأا]ن[هو]?|[أا]نها))?|(?:تشير|تفيد)\s+سجلاتنا\s+(?:[إأا]ن|ب[أا]ن)|سجلاتنا\s+تشير\s+(?:[إأا]ن|ب[أا]ن|[إا]لى\s+[أا]ن))\s*[،,]?\s+/u;
const NEGATED_CHECK_AR = /^[وف]?(?:[أا]ليس|مش|مو|ليس)\s+(?:من\s+)?(?:ال)?صحيح[اًا]*\s+(?:[أإا]ن|انو|إنو)\s+/u;
const ASKS_BESIDE_AR = /(?<![\u0621-\u064A])و?(?:متى|من|مين|كم|ما|ماذا|شو|أين|اين|وين|كيف|لماذا|ليش|هل)(?![\u0621-\u064A])/u;

export function withConfirmThat(text: string): string {
  const heard = HEARSAY_EN.exec(text);
  if (heard && !QUESTION_WORD_EN.test(text.slice(heard[0].length))) return `Is it true that ${text.slice(heard[0].length).replace(DASHED_TAG_EN, '').replace(/[.?!\s]*$/, '')}?`;
  // «أليس صحيحاً أن…», «أليس من الصحيح أن…», «مش صحيح إن…?»: the negative check asks as «صحيح أن…» does.
  const negated = NEGATED_CHECK_AR.exec(text);
  if (negated) return `صحيح أن ${text.slice(negated[0].length)}`;
  const heardAr = HEARSAY_AR.exec(text);
  if (heardAr && !ASKS_BESIDE_AR.test(text.slice(heardAr[0].length))) return `صحيح أن ${text.slice(heardAr[0].length).replace(/[.؟?!\s]*$/u, '')}؟`;
  return text.replace(CONFIRM_BARE, 'can you confirm that ').replace(DASHED_TAG_EN, ', right?');
}

// Arabic as people type it: alef with or without hamza, final ة or ه, final ى or ي.
const tolerant = (p: string) => p.replace(/ا/g, '[اأإآ]').replace(/ه$/, '[هة]').replace(/ي$/, '[يى]').replace(/ /g, '\\s+');
const PLACES_AR_WRITTEN = CITIES_AR.map(tolerant);
// (The Maghreb writes «في» as «ف», apart or on the name: «ف بيروت», «فالرباط».)
const PLACE_AR = `(?:في\\s+|ب|ف\\s*)(?:مدين[ةه]\\s+)?(?:${PLACES_AR_WRITTEN.join('|')})`;
const FORMAT_AR = '(?:[أا]ون\\s*لاين|فيديو\\s+كونفرانس|عن\\s+بعد|[اإ]فتراضي[اًّ]*|حضوري[اًّ]*|وج[هـ]+[اًّ]*\\s+لوج[هـ]+|عبر\\s+(?:تقني[ةه]\\s+)?(?:الاتصال\\s+المرئي|الفيديو|الانترنت|الإنترنت|زوم))';
const HELD_AR = /(?<![\u0621-\u064A])(?:[وف]?(?:عقد|عقدت|انعقد|انعقدت|يعقد|تعقد|تم|[اأ]قيم|[اأ]قيمت|استضاف|استضافت|كان|كانت|اجتمع|اجتمعت|نظم|نظمت|اعتمد|اعتمدت|[اأ]طلق|[اأ]طلقت|صدر|صدرت|اتعمل|اتعملت|انعمل|صار|صارت|اتعقد|اتعقدت|اتعتمد|اتعتمدت|اتنظم|اتنظمت|اتطلق|اتطلقت|تدار|تدارت|تعمل|تعملت))(?![\u0621-\u064A])/u;
const CLAIM_AR = `(?<phrase>${PLACE_AR}|${FORMAT_AR})(?![\\u0621-\\u064A])(?<tail>[^؟?]*?)`;
const TAG_AR = `(?:\\s*[،,]?\\s*(?:${CHECK_TAG_AR}|ولا|لا))?`;
// (The Maghreb asks yes or no with «واش»: «واش الاجتماع العاشر تدار ف الرباط؟».)
const ASKED_AR = new RegExp(`^(?:و)?(?:هل|واش)\\s+(?<body>.+?)\\s+${CLAIM_AR}${TAG_AR}\\s*[؟?]*\\s*$`, 'u');
// A statement put to be checked needs no question mark in chat: «صحيح انو الاجتماع التاسع كان بعمان».
const STATED_AR = new RegExp(`^(?:(?<check>(?:صحيح|صح|دقيق|مظبوط|مضبوط)\\s+(?:ان|أن|إن|انو|إنو|إنه|انه)\\s+))?(?<body>.+?)\\s+${CLAIM_AR}(?<tag>\\s*[،,]?\\s*${CHECK_TAG_AR})?\\s*(?<mark>[؟?]*)\\s*$`, 'u');

const HARAKAT = /[\u064B-\u0652\u0640]/g;

/** "…adopted in Marrakech, and on what date?": a question beside the claim, which asking "where" would lose. */
const MORE_ASKED = new RegExp(`${QUESTION_WORD_EN.source}|(?<![\\u0621-\\u064A])و?(?:متى|من|كم|ما|ماذا|أين|اين|كيف|لماذا|وين|امتى|إمتى)(?![\\u0621-\\u064A])`, 'iu');
const asksMore = (tail: string | undefined) => tail !== undefined && MORE_ASKED.test(tail);

/** The place a yes/no question puts to be checked, with the "where" it checks; undefined for other questions. */
export function placeClaim(question: string): PlaceClaim | undefined {
  const text = question.replace(HARAKAT, '').trim();
  return /[\u0621-\u064A]/.test(text) ? arabicClaim(text) : englishClaim(text);
}

const HOLDING_IN_SUBJECT = new RegExp(`\\b(?:hosts?|holds?|${HELD_EN})\\b`, 'i');
const AT_AN_EVENT = /\s*,?\s+(?:at|during|on the margins of)\s+(?:the\s+)?[^,?]*?\b(?:meeting|session|summit|conference|forum|assembly)\b(?:\s+itself)?/i;

function englishClaim(text: string): PlaceClaim | undefined {
  // "Is it true that X was held in Rabat?" is the statement checked; "X was in Beirut, right?" too.
  const checked = STATED_EN.exec(text);
  const tagged = (new RegExp(`,${TAG_EN}\\s*\\?+\\s*$`, 'i').test(text) && !/,\s*\?/.test(text)) || CHAT_TAG_EN.test(text);
  const m = checked?.groups!.check ? checked : (ASKED_EN.exec(text) ?? (tagged ? checked : null));
  if (!m || asksMore(m.groups!.tail)) return undefined;
  const { subject, phrase, tail } = m.groups as Record<string, string | undefined>;
  // "…that the 5th meeting took place in Amman": asked as "where was it held".
  const [aux, verb] = m.groups!.aux ? [m.groups!.aux, m.groups!.verb] : m.groups!.verb ? ['was', 'held'] : [];
  if (!aux) return undefined;
  // "Is there a position on refugees in Gaza?": a place after no verb of holding is what the question is about.
  if (!verb && !EVENT_EN.test(subject!)) return undefined;
  const subjectText = m === checked ? subject!.replace(/^./, (c) => c.toLowerCase()) : subject!;
  // "Did Egypt host the meeting in Cairo?": the verb is in the subject's words. With no verb of holding there
  // ("Did the League coordinate positions before the GFMD in Manila?"), the place names which event, and is
  // no claim of where an act took place.
  const didWithoutHolding = /^(?:did|does|do)$/i.test(aux) && !verb;
  if (didWithoutHolding && !HOLDING_IN_SUBJECT.test(subject!)) return undefined;
  const held = verb ?? (didWithoutHolding ? '' : 'held');
  const asked = `${aux.toLowerCase()} ${subjectText}${held ? ` ${held}` : ''}`;
  // A format put to be checked is asked as the plain yes/no question ("was the 11th meeting held online?"),
  // without the "can you confirm that" around it, which no document says.
  // "…adopted in New York at the high-level meeting itself": the event the tail names is part of the claim, not
  // of what is asked; asked with it, "Where was it adopted at the high-level meeting?" found the meeting's place.
  const where = (tail ?? '').replace(AT_AN_EVENT, '');
  return claimOf(`${asked.replace(/^./, (c) => c.toUpperCase())} ${phrase}${tail ?? ''}?`, `Where ${asked}${where}?`, phrase!);
}

function arabicClaim(text: string): PlaceClaim | undefined {
  const asked = ASKED_AR.exec(text);
  const stated = asked ? undefined : STATED_AR.exec(text);
  const m = asked ?? (stated && (stated.groups!.check || (stated.groups!.tag && stated.groups!.mark)) ? stated : undefined);
  if (!m || asksMore(m.groups!.tail)) return undefined;
  const { body, phrase, tail } = m.groups as Record<string, string | undefined>;
  if (!HELD_AR.test(body!)) return undefined;
  // «ف بيروت» as «في بيروت»: the verdict says it in the records' words.
  return claimOf(text, `أين ${body}${tail ?? ''}؟`, phrase!.replace(/^ف(?!ي\s)\s*/u, 'في '));
}

/**
 * "When did the ARCP meet in Tunis?", "Who opened the 9th meeting in Amman?", «متى اجتمعت العملية في تونس؟»:
 * a question of something else that takes a place for granted. The place is checked as the yes/no question
 * it rests on ("Did the ARCP meet in Tunis?") would check it; undefined when the question takes none.
 */
export function placePremise(question: string): PlaceClaim | undefined {
  const text = question.replace(HARAKAT, '').trim();
  const yesNo = /[\u0621-\u064A]/.test(text) ? arabicPremise(text) : englishPremise(text);
  const claim = yesNo && placeClaim(yesNo);
  return claim && typeof claim.value === 'string' && claim.value !== 'online' && claim.value !== 'in-person' ? { ...claim, premise: true } : undefined;
}

const WH_AUX_EN = /^(?:when|where|who|whom|what|which|how(?: many| much)?|why)\s+(?:\S+\s+)?(did|was|were|is|are|does|do|has|have|had)\s+(.+)$/i;
const WH_VERB_EN = /^(?:who|what|which \S+)\s+(?:\S+ed|opened|chaired|hosted|spoke|said|led|ran|attended)\s+(?:at\s+)?(.+)$/i;
const WH_AR = /^(?:و)?(?:متى|متي|امتى|امتي|إمتى|من|مين|منو|ما|ماذا|شو|ايش|كم|لماذا|ليش)\s+(.+)$/u;

/**
 * "What were the main messages of the Arab paper for the 2017 GFMD session in Berlin?": with no verb of holding, a
 * place after what a noun is of or for names which event, and takes nothing for granted (the paper, issued in Cairo,
 * was answered "Not in Berlin").
 */
const PLACE_OF_A_COMPLEMENT = new RegExp(`^(?![^]*\\b${HELD_EN}\\b)[^]*?\\b(?:of|for|on|about)\\b[^]*?\\s(?:in|at)\\s`, 'i');

function englishPremise(text: string): string | undefined {
  const aux = WH_AUX_EN.exec(text);
  if (aux) return PLACE_OF_A_COMPLEMENT.test(aux[2]!) ? undefined : `${aux[1]} ${aux[2]}`;
  const verb = WH_VERB_EN.exec(text);
  return verb ? `Was ${verb[1]}` : undefined;
}

function arabicPremise(text: string): string | undefined {
  const m = WH_AR.exec(text);
  return m ? `هل ${m[1]}` : undefined;
}

/**
 * A place is asked as the "where" it checks; a way of holding is asked as written: "online", «عن بعد» are
 * words the records use, and the question "was it held online?" finds the sentence that says how it was
 * held ("It was the first regional review held in person"), which "where" does not.
 */
function claimOf(question: string, whereAsked: string, phrase: string): PlaceClaim {
  const value = valueOf(phrase);
  // ("face to face", «وجهاً لوجه» are no words of the records: asked as theirs, "in person", «حضورياً».)
  const asked = question.replace(FACE_TO_FACE, (w) => (/[\u0600-\u06FF]/u.test(w) ? 'حضورياً' : 'in person'));
  return value === 'online' || value === 'in-person' ? { asked, phrase, value, where: whereAsked } : { asked: whereAsked, phrase, value };
}

const FACE_TO_FACE = /face[ -]to[ -]face|physically|وج[هـ]+[اًّ]*\s+لوج[هـ]+/giu;

function valueOf(phrase: string): PlaceClaim['value'] {
  const p = phrase.toLowerCase();
  if (/person|face|physical|حضوري|لوجه/u.test(p)) return 'in-person';
  if (/online|virtual|video|بعد|فتراضي|الاتصال|الفيديو|ن[تت]رنت|زوم|لاين|كونفرانس/u.test(p)) return 'online';
  const en = CITIES_EN.find((place) => new RegExp(`\\b${place}\\b`).test(p));
  return en ?? CITIES_AR.find((place) => new RegExp(`${tolerant(place.replace(/^ال/, ''))}(?![\\u0621-\\u064A])`, 'u').test(phrase)) ?? p;
}
