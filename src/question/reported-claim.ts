import { normalizeForMatch } from '../text/normalize.js';
import { withoutCourtesy } from './courtesy.js';
import { askedTypes } from './question-types.js';
import { HEARSAY_AR, HEARSAY_EN, QUESTION_WORD_EN } from './claim.js';
import type { LetterQuestion } from './letter.js';

/**
 * A claim someone else made, put to be checked: "Our older briefing says the ARCP was created in 2015. Is that
 * right?", "my colleague says the GCM is binding - is that correct?", «زميلي عم يقول إنو الـGCM اتفاق ملزم،
 * هالحكي مزبوط؟», «سمعت إن … . صحيح هالكلام؟». Asked as written, the words of who said it ("briefing",
 * «زميلي عم يقول») and of the check («هالحكي مزبوط») were searched and vetoed the answer, or the check stood
 * alone as the question. Read as "Is it true that …?" / «صحيح أن …؟», as every claim reader knows it
 * (claim.ts, year-claim.ts, count-claim.ts). The asker's own "I heard…", «سمعت إن…» (claim.ts's hearsay) is read off
 * a claim here too, when its check is asked apart from it.
 */

/** Words a sentence that only asks for a verdict is made of ("Is that right?", "Can you confirm this?"). */
const CHECK_WORDS_EN = new Set(
  'is was that this it right true correct accurate so the case still really actually can could would you u confirm verify check please pls kindly for me us am i are we or not wrong false indeed whether be grateful if appreciate let know use cite quote figure number safe ok okay reliable'.split(' '),
);
// ("…, can we use that figure", "is it safe to cite": whether the claim can be relied on is its verdict asked.)
const VERDICT_EN = new Set(['right', 'true', 'correct', 'accurate', 'confirm', 'verify', 'case', 'wrong', 'false', 'use', 'cite', 'quote', 'safe', 'reliable']);
/** «هل هذا صحيح؟», «صحيح هالكلام؟», «هالحكي مزبوط؟», «ممكن تأكدولي؟», normalised (ة→ه, أ→ا). */
const CHECK_WORDS_AR = new Set(
  normalizeForMatch(
    'نأمل آمل نرجو ترجو وترجو ونرجو يرجو تأمل التأكد التحقق من صحة ذلك توضيح مدى بمدى إفادتنا ياريت يريت لنا لي لو سمحتم تكرمتم هل هو هي هذا هاد هادا هذي هاي ده دا دي هيك هكذا كذا الكلام كلام كلامه كلامها كلامهم هالكلام هالحكي الحكي حكي المعلومة معلومة هالمعلومة هالشي الشي صحيح صح مظبوط مضبوط مزبوط دقيق دقيقة سليم ولا لا غلط خطأ خطا أم ام فعلا بالفعل ترى برأيكم حضرتكم ممكن تأكدولي تأكدوا تأكيد التأكيد تؤكدوا تؤكدون تؤكدولي يرجى نرجو أرجو',
  ).split(' '),
);
const VERDICT_AR = new Set(normalizeForMatch('صحة التأكد التحقق صحيح صح مظبوط مضبوط مزبوط دقيق دقيقة سليم غلط خطأ خطا تأكدولي تأكدوا تأكيد التأكيد تؤكدوا تؤكدون تؤكدولي').split(' '));
/** What the verdict is for, after it: «…قبل إدراجه في تقريرنا السنوي», "before we include it in our report". */
const USE_AFTER = /\s+(?:قبل|لأجل|من\s+أجل)\s+(?:[إا]دراج|اعتماد|استخدام|تضمين|نشر|[إا]رسال)[^.؟?!]*|\s+before\s+(?:we\s+|it\s+is\s+|they\s+are\s+)?(?:includ|us|cit|publish|send|finali[sz]|submit|circulat|issu)\w*[^.?!]*/giu;
/**
 * Longest a sentence that only asks for a verdict runs: "Could you please confirm this for us?", "We would be grateful
 * if you could confirm or correct this." (every word of it one of the check's).
 */
const CHECK_MAX_WORDS = 12;

/** "does it?", "is it?": a bare tag that asks whether what was said holds. */
const BARE_TAG = /^(?:does|did|is|was|has|have|do|are|were)\s+(?:it|they|she|he|that|this)(?:\s+(?:really|actually))?\s*\??$/i;

/** True when a sentence only asks whether what was said is right, naming nothing of its own. */
export function asksOnlyForVerdict(sentence: string): boolean {
  if (BARE_TAG.test(sentence.trim())) return true;
  const words = normalizeForMatch(sentence.replace(USE_AFTER, '')).match(/[\p{L}']+/gu) ?? [];
  if (words.length === 0 || words.length > CHECK_MAX_WORDS) return false;
  const [all, verdict] = /[\u0621-\u064A]/u.test(sentence) ? [CHECK_WORDS_AR, VERDICT_AR] : [CHECK_WORDS_EN, VERDICT_EN];
  // («فهل هذا صحيح؟»: «ف» or «و» on the first word joins it to what was said.)
  const known = (w: string, set: Set<string>) => set.has(w) || set.has(w.replace(/^[وف](?=..)/u, ''));
  return words.every((w) => known(w, all)) && words.some((w) => known(w, verdict));
}

/**
 * Who said it, before what they said: "My colleague says", "our older briefing states that", "the minister
 * thinks", "people keep saying", "the Department for Migration of … states", «زميلي عم يقول إنو…». (The asker's own
 * "I heard…", "I think…" is claim.ts's; "What did the Director of the Department say…?" asks what was said.)
 */
const REPORTER_EN =
  /^(?!(?:what|which|when|where|who|whom|whose|how|why|did|does|do|is|are|was|were|has|have|had)\b)(?:(?:my|our|a|the|his|her|their|one\s+of\s+(?:my|our)|some)\s+)?(?:[\w'-]+\s+){0,3}?(?:colleagues?|ministers?|ambassadors?|boss|director|head|chief|delegation|mission|team|office|ministry|department|directorate|unit|briefing|brief|note|notes|report|file|draft|records?|sources?|website|predecessor|counterparts?|people|everyone|everybody|somebody|someone|they|he|she)(?:\s+(?:of|for|in|at)\s+(?:[\w'-]+\s+){0,5}?[\w'-]+)?\s+(?:(?:still|also|always|keeps?|kept)\s+)?(?:says?|said|saying|thinks?|thought|believes?|believed|claims?|claimed|tells?\s+(?:me|us)|told\s+(?:me|us)|mentions?|mentioned|states?|stated|insists?|insisted|assumes?|assumed|reads?|shows?|showed|indicates?|indicated|suggests?|suggested|writes?|wrote|(?:is|was|are|were)\s+sure)\s*,?\s*(?:that\s+)?/i;
/**
 * «زميلي عم يقول إنو…», «الوزير بيعتقد إن…», «في ناس بيقولوا…», «مذكرتنا القديمة مكتوب فيها إن…», «كانوا يقولون إن…».
 */
const REPORTER_AR = new RegExp(
  String.raw`^[وف]?(?:(?:بعض\s+(?:ال)?(?:زملاء|زملائنا|أعضاء|الأعضاء|المسؤولين)|زميل[يت]?ي?|زميلتي|زملائي|زملاي|زميلنا|الوزير|وزيرنا|معالي\s+الوزير|السفير|سفيرنا|المدير|مديري|مديرتي|مديرنا|رئيسي|رئيستي|الناس|ناس|البعض|بعضهم|واحد|وحد[ةه]|حدا|(?:في|فيه|فى)\s+(?:ناس(?:\s+كثير)?|حدا|زميل[ةه]?|واحد[ةه]?|وحد[ةه])|مذكرت(?:نا|ي)|ملف(?:نا|ي)|تقرير(?:نا|ي)|ورقت(?:نا|ي)|وفدنا|الوفد|بعثتنا|الموقع)(?:\s+[\u0621-\u064A]+){0,3}?\s+)?` +
    String.raw`(?:عم\s+|كان\s+|كانوا\s+|دايما\s+|دايم\s+|دائما\s+)?` +
    String.raw`(?:ب|بي)?(?:يرى|يرون|ترى|يقول|يقولوا|يقولو|يقولون|تقول|قال|قالت|قالي|قاللي|قالتلي|قالوا|قالو|قالولي|يعتقد|تعتقد|يعتقدوا|يعتقدون|يظن|تظن|يشوف|يحكي|تحكي|يحكوا|حكى|حكالي|حكتلي|يذكر|تذكر|ذكر|ذكرت|مكتوب(?:\s+في(?:ها|ه))?|كاتب(?:ين)?|يؤكد|تؤكد|[أا]كد|[أا]كدت|يصر|مصر|مصرّ)` +
    String.raw`(?:\s+(?:لي|لنا|لينا))?\s*(?:[إأا]ن[هو]?|ب[أا]ن|[أا]نها)?\s+`,
  'u',
);
/** «يرى بعض الزملاء في الوزارة أن…», «ذكر تقريرنا القديم أن…»: the verb first, then who, then «أن». */
const REPORTER_AR_VERB_FIRST = /^[وف]?(?:يرى|يرون|ترى|يعتقد|تعتقد|يظن|ذكر|ذكرت|يذكر|[أا]كد|[أا]كدت|يؤكد)\s+(?:[\u0621-\u064A]+\s+){1,5}?(?:[أإا]ن|ب[أا]ن)\s+/u;
/** The reporter needs a person or record before the verb in Arabic: «يقول» alone opens many questions. */
const REPORTER_AR_NAMED = /^[وف]?(?:[بي]?ي?قول|تقول|قال|يعتقد|يظن|ذكر|يذكر|مكتوب|كاتب|يؤكد|[أا]كد)/u;
/** «مظبوط إنو…», «دقيق أن…», «صح إنه…»: the check before the claim, as «صحيح أن…» asks it. */
const CHECK_FIRST_AR = /^(?:هل\s+)?(?:صحيح|صح|مظبوط|مضبوط|مزبوط|دقيق)\s+(?:[إأا]ن[هو]?|[أا]نها)\s+/u;

/** The claim a sentence reports, without who said it (the asker too: "I heard…", «سمعت إن…»); undefined when no one is said to have said it. */
function reported(sentence: string): string | undefined {
  const text = sentence.trim();
  const heard = saidAfter(HEARSAY_EN.test(text) ? HEARSAY_EN : HEARSAY_AR, text);
  if (heard !== undefined) return heard;
  const said = saidAfter(REPORTER_EN, text) ?? saidAfter(REPORTER_AR_VERB_FIRST, text);
  if (said !== undefined) return said;
  // «ورد في مسودة إحاطة أن…», «…مسودة إحاطة ورد فيها أن…»: what a paper was found to say.
  // («…، ويسود لدى فريق العمل اعتقاد بأن…», "…, and there is a belief in our team that…": a belief held, not said.)
  const recorded = RECORDED_AR.exec(text) ?? BELIEF.exec(text);
  if (recorded) return text.slice(recorded.index + recorded[0].length).trim() || undefined;
  if (!REPORTER_AR_NAMED.test(text)) {
    const ar = saidAfter(REPORTER_AR, text);
    if (ar !== undefined) return ar;
  }
  // «إحنا بنحضّر إحاطة للسيد المساعد، وفيه زميل قال لنا إن رئاسة العملية دورية»: who said it after the asker's own
  // clause; the claim is what follows, not the clause.
  for (const comma of text.matchAll(/[،,]\s*/gu)) {
    const clause = text.slice(comma.index! + comma[0].length);
    // ("In the draft of our annual report, the Department for Migration states that…": the same in English;
    // «خلال نقاش داخلي…، أكد أحد الزملاء أن…»: the verb first, after the occasion.)
    const after =
      (/^(?:the|our|my|a|one)\s/i.test(clause) ? saidAfter(REPORTER_EN, clause) : undefined) ??
      (/^(?:and|but|while|where)\s+(?:the|our|my|a|one)\s/i.test(clause) ? saidAfter(REPORTER_EN, clause.replace(/^\w+\s+/, '')) : undefined) ??
      saidAfter(REPORTER_AR_VERB_FIRST, clause) ??
      (!REPORTER_AR_NAMED.test(clause) && SOMEONE_AFTER_AR.test(clause) ? saidAfter(REPORTER_AR, clause) : undefined);
    if (after !== undefined) return after;
  }
  return undefined;
}
const BELIEF = /(?<![\u0621-\u064A])(?:اعتقاد|انطباع|قناع[ةه]|تصور)(?:\s+(?:سائد|راسخ|عام|شائع)[اًا]?)?(?:\s+(?:لدى|عند|بين)(?:\s+[\u0621-\u064A]+){1,3})?\s+(?:ب[أا]ن|[أا]ن)\s+|(?<![\u0621-\u064A])[وف]?(?:فهمنا|حسب\s+فهمنا)\s+(?:هو\s+)?[أا]ن\s+|\b(?:belief|impression|assumption|understanding)\s+(?:is\s+|was\s+)?(?:(?:among|in|within|on)\s+(?:[\w'-]+\s+){1,3})?that\s+/iu;
const RECORDED_AR = /(?<![\u0621-\u064A])ورد\s+(?:في|فيها|فيه|فى)(?:\s+[\u0621-\u064A]+){0,4}?\s+[أا]ن\s+/u;
/** Who says a claim, after the asker's clause in Arabic: «…، وفيه زميل قال…», «…، الوزير يعتقد…». */
const SOMEONE_AFTER_AR = /^[وف]?(?:في|فيه|فى|زميل|زميلتي|زملائي|الوزير|وزيرنا|البعض|ناس)/u;

/**
 * What follows a reporter the pattern finds at the start of a text, when anything does; not when a question word
 * comes before it: "and what did she say the GCM should cover?" asks what was said, and was checked as "Is it true
 * that the GCM should cover?".
 */
function saidAfter(reporter: RegExp, text: string): string | undefined {
  const m = reporter.exec(text);
  return m && m[0].length < text.length && !QUESTION_WORD_EN.test(m[0]) && !QUESTION_WORD_AR.test(m[0]) ? text.slice(m[0].length) : undefined;
}
/** (Not «من», «ما»: "from" and "not" as often as "who" and "what" before a reporter.) */
const QUESTION_WORD_AR = /(?<![\u0621-\u064A])(?:ماذا|شو|ايش|إيش|وش|شنو|كيف|متى|أين|وين|مين)(?![\u0621-\u064A])/u;

/** Where a verdict asked on the same line begins: after its last comma, dash or sentence mark. */
const TAIL = /^(?<claim>.*?\S)\s*(?:[،,;؛]|\s[–—-]|[.?!؟](?=\s))\s*(?<tail>[^،,;؛.?!؟–—]+[.?!؟]*)\s*$/su;

/**
 * "…was suspended until 2023, which is why they said 21 states", «…لين 2023 وعشان كذا كانوا يقولون 21 دولة»: what
 * the asker takes to follow from the claim. The claim is checked; its consequence stands or falls with it.
 */
const CONSEQUENCE = /(?:,?\s+(?:so|hence|therefore|that'?s\s+why|which\s+is\s+why|and\s+that'?s\s+why)\s|\s+[وف]?(?:عشان\s+كذا|علشان\s+كد[هاة]|عشان\s+هيك|لهيك|لهذا|لذلك|وبالتالي|بالتالي|من\s+هيك|ومن\s+هنا)(?![\u0621-\u064A])).*$/iu;

/** «…صحة ذلك وإفادتنا بـ…», "…confirm this and tell us…": a further ask joined to the verdict. */
const AND_TELL_US = /\s+(?=و(?:[إا]فادت|تزويد|موافات|بيان|توضيح)\S*\s)|\s+and\s+(?=(?:tell|let|inform|advise|give|provide|share)\s)/iu;

/** «وإن لم يكن صحيحاً ف…», "and if not, …": the condition of what is asked after a verdict. */
const IF_NOT = /^(?:and\s+)?if\s+not,?\s*|^و?(?:[إا]ن|[إا]ذا|لو)\s+لم\s+(?:يكن|تكن)\s+(?:ذلك\s+|هذا\s+)?\S+\s+(?:ف)?/iu;

/**
 * «…رئاسة دوريه تتنقل بين الدول زي القمه العربيه», "…rotates among states like the Arab Summit": what the claim
 * likens its subject to, at its end, which is not what is checked (the summit's words found the statements).
 */
// (Not one of the things compared: "…online again like the first one" says the first was online too.)
const LIKENED = /[,،]?\s+(?:like|as\s+with|just\s+like|as\s+in)\s+(?!(?:the\s+|its\s+)?(?:first|second|third|previous|last|other|same|earlier|one)\b)[^,.?!]{1,40}$|[,،]?\s+(?:زي|زيّ|متل|مثل|كما\s+في|على\s+غرار)\s+(?!\S*(?:الاول|الأول|الاولى|الأولى|السابق|الماضي|الثاني|نفس))[^،,.؟?!]{1,40}$/iu;

/**
 * "…held online because of Covid", «…أونلاين بسبب كورونا»: the reason the asker gives for what is claimed. The claim is
 * checked; its reason, in no record, vetoed the check.
 */
const REASON_GIVEN = /\s+(?:because\s+of|due\s+to|owing\s+to|on\s+account\s+of)\s+[^,.?!]{1,40}$|\s+(?:بسبب|نتيج[ةه]|جراء|بفعل)\s+[^،,.؟?!]{1,40}$/iu;

/**
 * "Our files describe the statement the League issued in December 2018 … as an ARCP statement agreed by the member
 * states": what the files say of it is the claim ("the statement … is an ARCP statement…"); the files are in no record.
 */
const DESCRIBED_AS = /^(?:our|my|the)\s+(?:records|notes|files|documents|papers|sources|database)\s+(?:describe|present|list|refer\s+to|call|label)s?\s+(.+)\s+as\s+((?:an?|the)\s+.+)$/i;

function asCheck(claim: string, arabic: boolean): string {
  const body = claim.trim().replace(CONSEQUENCE, '').replace(/[.?!؟\s]+$/u, '').replace(LIKENED, '').replace(REASON_GIVEN, '').replace(DESCRIBED_AS, '$1 is $2');
  return arabic ? `صحيح أن ${body}؟` : `Is it true that ${body.replace(/^(?:The|A|An|Our|This)\b/, (w) => w.toLowerCase())}?`;
}

/**
 * The question as the claim it checks: a verdict asked of the sentence before ("…in 2015. Is that right?"), of
 * what a colleague or a record said on the same line, or a check put first («مظبوط إنو…»). Else as it is.
 */
export function asClaimChecked(asked: LetterQuestion): LetterQuestion {
  const text = asked.text.trim();
  const arabic = /[\u0621-\u064A]/u.test(text);
  if (asksOnlyForVerdict(text) && asked.context && !/[?؟]\s*$/u.test(asked.context)) {
    const claim = reported(asked.context) ?? asked.context;
    return { ...asked, text: asCheck(claim, arabic), context: undefined };
  }
  // «نأمل توضيح مدى صحة ذلك، وإن لم يكن صحيحاً فنرجو إفادتنا بنتيجة التصويت…»: the verdict of the claim before,
  // then what else is asked of it.
  const [verdict, ...more] = text.split(/[،,]\s*/u);
  const claimBefore = asked.context && !/[?؟]\s*$/u.test(asked.context) ? reported(asked.context) : undefined;
  if (claimBefore && more.length > 0 && asksOnlyForVerdict(verdict!)) {
    // (Asked as a question of its own after the check: «…؟ وما نتيجة التصويت…؟», which its courtesy would swallow.)
    const rest = withoutCourtesy(more.join('، ').replace(IF_NOT, '')).replace(/[.؟?!]+$/u, '');
    const ask = askedTypes(normalizeForMatch(rest)) !== undefined ? rest : arabic ? `ما ${rest}` : `what is ${rest}`;
    return { ...asked, text: `${asCheck(claimBefore, arabic)} ${arabic ? 'و' : 'And '}${ask}${arabic ? '؟' : '?'}`, context: undefined };
  }
  const checkFirst = arabic ? CHECK_FIRST_AR.exec(text) : null;
  if (checkFirst) return { ...asked, text: `صحيح أن ${text.slice(checkFirst[0].length)}` };
  const tagged = TAIL.exec(text);
  // «…، نرجو التحقق من صحة ذلك وإفادتنا بنتيجة التصويت»: the verdict, and what else is asked of the claim, on one line.
  const [verdictTail, moreTail] = tagged ? tagged.groups!.tail!.split(AND_TELL_US) : [];
  const claimOnLine = moreTail && asksOnlyForVerdict(verdictTail!) ? reported(tagged!.groups!.claim!) : undefined;
  if (claimOnLine) {
    const rest = withoutCourtesy(moreTail!.replace(/^(?:و|and\s+)/iu, '')).replace(/^ب(?=ال)/u, '').replace(/[.؟?!]+$/u, '');
    const ask = askedTypes(normalizeForMatch(rest)) !== undefined ? rest : arabic ? `ما ${rest}` : `what is ${rest}`;
    return { ...asked, text: `${asCheck(claimOnLine, arabic)} ${arabic ? 'و' : 'And '}${ask}${arabic ? '؟' : '?'}` };
  }
  const verdictAsked = tagged && asksOnlyForVerdict(tagged.groups!.tail!);
  const claimed = reported(verdictAsked ? tagged.groups!.claim! : text);
  // "My colleague says the 9th meeting was in Amman" with no mark asks nothing; with "?" or a verdict it checks.
  if (claimed !== undefined && (verdictAsked || /[?؟]\s*$/u.test(text))) return { ...asked, text: asCheck(claimed, arabic) };
  // "…, is that right?", «…، هالحكي مزبوط؟»: a verdict of two words or more is no tag the claim readers know.
  if (verdictAsked && (tagged.groups!.tail!.match(/[\p{L}']+/gu) ?? []).length >= 2) return { ...asked, text: asCheck(tagged.groups!.claim!, arabic) };
  return asked;
}
