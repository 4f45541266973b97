import { englishStem } from '../text/english-stem.js';
import { normalizeForMatch } from '../text/normalize.js';
import { kindOfWord } from '../question/understand.js';
import { arabicOrdinal } from '../text/ordinals.js';
import { isArabicWord, tokenize } from '../text/tokenize.js';

/**
 * The act a "who / when / where" question asks about — chaired, opened, founded, hosted, signed,
 * attended, represented, adopted, launched, organised — as a key that its other forms share ("chaired",
 * "chair", "chairing"; «ترأس», «برئاسة»). "Held" and "took place" are every meeting's act and are left out.
 */
const ENGLISH_ACTS: Record<string, string[]> = {
  chair: ['chair', 'presid'],
  open: ['open'],
  found: ['found', 'establish', 'creat'],
  host: ['host'],
  sign: ['sign'],
  // "How many participants attended?": those who took part attended ("with more than 4,200 participants").
  attend: ['attend', 'particip'],
  repres: ['repres', 'deleg'],
  // The General Assembly "affirmed" the GCR: its act of adoption.
  adopt: ['adopt', 'approv', 'endors', 'affirm'],
  launch: ['launch'],
  organ: ['organ'],
  speak: ['spoke', 'speak', 'deliv', 'address', 'interven'],
  present: ['present'],
  // "When did Mauritania join the ARCP?": membership taken up, which a date of anything else does not give.
  join: ['join', 'acced', 'accessi'],
  // "How did LAS describe the GCM?", "…characterise the GCM?": what it called it ("described the GCM as the first
  // comprehensive…").
  describe: ['describ', 'characteri', 'portrai', 'depict'],
  // "What did the Secretary-General warn about?": what was warned of, which a list naming him does not say.
  warn: ['warn'],
};
/** Arabic forms of each act, as their normalised word begins once و، ب، ل and ال are off it. */
const ARABIC_ACTS: Record<string, string[]> = {
  chair: ['تراس', 'راس', 'رئاس'],
  open: ['افتتح', 'افتتاح'],
  found: ['انشا', 'انشئ', 'انشاء', 'اسس', 'تاسس', 'تاسيس'],
  host: ['استضاف', 'تستضيف', 'مستضيف'],
  sign: ['وقع', 'توقيع'],
  attend: ['حضر', 'حضور', 'شارك', 'مشارك'],
  repres: ['مثل', 'ممثل', 'تمثيل', 'مندوب', 'وفد'],
  adopt: ['اعتمد', 'اعتماد'],
  launch: ['اطلق', 'اطلاق'],
  organ: ['نظم', 'تنظيم'],
  speak: ['القي', 'القت', 'تحدث', 'قال', 'مداخل'],
  present: ['قدم', 'تقديم', 'عرض'],
  join: ['انضم', 'انضمام', 'انضمت'],
  describe: ['وصف'],
  warn: ['حذر', 'يحذر', 'تحذير'],
};
/**
 * Acts that say another was done: one who spoke or made an intervention at a meeting attended it and
 * represented a body there ("IOM's Regional Director made interventions" answers "who represented IOM?").
 */
const IMPLIED: Record<string, string[]> = { speak: ['attend', 'repres'], repres: ['attend'], attend: ['repres'] };
const PROCLITICS = /^(?:وال|بال|فال|لل|ال|و|ف|ب|ل)(?=\p{L}{3})/u;

function actKeys(word: string): string[] {
  if (isArabicWord(word)) {
    const norm = normalizeForMatch(word);
    const bare = norm.replace(PROCLITICS, '');
    // «حضوري/حضورياً» says a meeting was held in person: its format, not who attended; «الجلسة الافتتاحية» is
    // the opening session, where one may speak without opening the meeting («ألقت… كلمة في الجلسة الافتتاحية»).
    if (bare.startsWith('حضوري') || bare.startsWith('افتتاحي')) return [];
    return Object.entries(ARABIC_ACTS).filter(([, forms]) => forms.some((f) => norm.startsWith(f) || bare.startsWith(f))).map(([act]) => act);
  }
  // ("Which organisations does the ARCP work with?": the noun shares "organise"'s stem; asked as the act of organising,
  // only a sentence naming who organised a meeting could lead.)
  if (/^organi[sz]ations?$/.test(word)) return [];
  const stem = englishStem(word);
  return Object.entries(ENGLISH_ACTS).filter(([, stems]) => stems.some((a) => stem.startsWith(a))).map(([act]) => act);
}

/**
 * «رئيس» chairs only what it heads as an event («رئيس الاجتماع», «رئيسة الدورة»): «رئيس قطاع الشؤون
 * الاجتماعية» is a title, and one who spoke at an opening with it did not chair the meeting.
 */
const HEAD = /^(?:و|ف|ب|ل)?(?:ال)?رئيس(?:ه|ها)?$/u;

const OPENING_OF = new Set(['session', 'sessions', 'ceremony', 'remarks', 'speech', 'speeches', 'statement', 'statements', 'address', 'plenary', 'segment']);

/** An event word next, or after its number: «رئيس الاجتماع», «رئيس أول IMRF». */
function headsAnEvent(next: readonly string[]): boolean {
  const [first, second] = next.map(normalizeForMatch);
  if (first === undefined) return false;
  return kindOfWord(first) !== undefined || (second !== undefined && arabicOrdinal(first, second) !== undefined && kindOfWord(second) !== undefined);
}

/** The acts each token names: its own, and the chair that «رئيس» before an event word is. */
function actsOf(text: string): string[] {
  const tokens = tokenize(text);
  return tokens.flatMap((t, i) => {
    const next = tokens[i + 1];
    // "set up" is founding; "set" alone is not an act. A body's "legal basis" is the act that founded it
    // ("The ARCP's legal basis is decision no. 7833… adopted… on 7 September 2014").
    // "spoke at the opening session", "opening remarks": where one may speak without opening the meeting (as
    // «الجلسة الافتتاحية»); "Opening the 3rd meeting, she said…" opens it.
    if (t === 'opening' && next !== undefined && OPENING_OF.has(next)) return [];
    const own = (t === 'set' && next === 'up') || (t === 'legal' && next === 'basis') ? ['found'] : actKeys(t);
    return chairsByTitle(tokens, i) ? [...own, 'chair'] : own;
  });
}

/**
 * «رئيس» before an event word: the chair of that event; or last, its event named before (the follow-up «ومين كان
 * رئيسه؟» after a question on the first IMRF).
 */
function chairsByTitle(tokens: readonly string[], i: number): boolean {
  return HEAD.test(normalizeForMatch(tokens[i]!)) && (i === tokens.length - 1 || headsAnEvent(tokens.slice(i + 1, i + 3)));
}

/** The acts a question names, as keys. */
export function askedActs(question: string): Set<string> {
  return new Set(actsOf(question));
}

/**
 * Nouns of an act: "the decision of creation", «قرار إنشاء العملية» name a document by the act, and the
 * question's own act is another («متى صدر…»).
 */
const ENGLISH_ACT_NOUN = /(?:tion|ment|ure|ance|ence|al|ship|ing)$/;
const ARABIC_ACT_NOUN = /^(?:و|ب|ل)?(?:ال)?(?:انشاء|تاسيس|اطلاق|افتتاح|توقيع|اعتماد|تنظيم|حضور|تمثيل|رئاسه|استضافه)/u;

/** The acts a question asks with a verb ("when was it founded?", «متى تأسست؟»), not those it names as a noun. */
export function askedActVerbs(question: string): Set<string> {
  const tokens = tokenize(question);
  const verbs = tokens.filter((t, i) => (isArabicWord(t) ? !ARABIC_ACT_NOUN.test(t) : !ENGLISH_ACT_NOUN.test(t)) && !describesTheSubject(tokens, i));
  // «مين كان رئيس أول IMRF؟» asks who chaired it, as «مين ترأس…؟» does.
  return new Set([...verbs.flatMap(actKeys), ...(tokens.some((_, i) => chairsByTitle(tokens, i)) ? ['chair'] : [])]);
}

/**
 * «متى عقدت المشاورة التي نظمتها الإسكوا في بيروت؟», "when was the consultation organised by ESCWA held?": a verb
 * of a relative clause says which thing is asked of, not the act asked (sentences saying it "was held on 26–27
 * September" were docked for not naming the organising).
 */
function describesTheSubject(tokens: readonly string[], i: number): boolean {
  // («ما الذي قاله البيان؟», "what is it that it said": the relative after a question word is the question's own verb.)
  // («شو الجهات اللي نظمت الاجتماع؟» asks who organised: only a verb whose object is the thing before it, «التي نظمتها»,
  // says which thing.)
  if (isArabicWord(tokens[i]!)) return i > 1 && RELATIVE_AR.has(normalizeForMatch(tokens[i - 1]!)) && !ASKING_WORD_AR.has(normalizeForMatch(tokens[i - 2]!)) && /(?:ها|ه|هم|هما)$/u.test(tokens[i]!);
  return tokens[i + 1] === 'by' && tokens.slice(i + 2).some((t) => LATER_MAIN_VERB.test(t));
}
const ASKING_WORD_AR = new Set(['ما', 'وما', 'من', 'ومن', 'ماذا', 'وماذا', 'مين', 'ومين', 'شو', 'وشو', 'ايش', 'وايش'].map(normalizeForMatch));
const RELATIVE_AR = new Set(['التي', 'الذي', 'اللي', 'الذين', 'اللتين', 'اللذين'].map(normalizeForMatch));
const LATER_MAIN_VERB = /^(?:held|convened|organi[sz]ed|launched|issued|adopted|took|happened|opened|signed|founded|created|established)$/i;

/** Whether a text names one of the acts asked about, in any of its forms. */
export function namesAct(text: string, acts: ReadonlySet<string>): boolean {
  if (acts.has('speak') && tellsWhatWasSaid(text)) return true;
  return actsOf(text).some((k) => acts.has(k) || (IMPLIED[k] ?? []).some((i) => acts.has(i)));
}

/**
 * Who spoke or delivered a statement is told by what they said: "Laura Thompson said…", «أكدت…». Only of a
 * quote: "what did it say about UNRWA?" asks what was said, not who said it.
 */
const SAID_EN = ['said', 'stress', 'urg', 'warn', 'affirm', 'emphas', 'underlin'];
const SAID_AR = /^(?:و|ف)?(?:اكد|اكدت|شدد|شددت|اشار|اشارت|نوه|نوهت|قال|قالت|دعا|دعت)$/u;

function tellsWhatWasSaid(text: string): boolean {
  return tokenize(text).some((t) => (isArabicWord(t) ? SAID_AR.test(normalizeForMatch(t)) : SAID_EN.some((s) => englishStem(t).startsWith(s))));
}

/**
 * "created by the League of Arab States", "co-hosted by LAS and IOM", "by a decision of the LAS Council":
 * the agent of an asked act named after "by" is who did it, whether or not it is a person or a body the
 * evidence lists know. Arabic names the agent as «بقرار من», «من قبل», «بمبادرة من» after the act.
 */
const AGENT_EN = /\b([A-Za-z]+(?:-[A-Za-z]+)?)\s+by\s+(?:(?:the|a|an|its|their|joint|decision|decisions|resolution|initiative|invitation|of)\s+){0,4}[A-Z]/g;
/**
 * "The League of Arab States is its permanent chair": who holds the act's office, named before "is". ("Who is the chair
 * of the Arab regional consultative process?" led with the 5th Global Meeting of Chairs, which names the League too.)
 */
const HOLDER_EN = /\b(?:is|was|are|were|remains|became)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w]*['’]s?\s+)?(?:(?:permanent|current|sole|acting|new)\s+)?(chair|host|organi[sz]er)\b/g;
const AGENT_AR = /(?:^|\s)(?:بقرار|بمبادره|بدعوه|قبل)(?:\s|$)/u;
const AGENT_AR_WINDOW = 6;
/**
 * «أنشأتها جامعة الدول العربية», «استضافه المغرب»: a verb of the act with its object pronoun has its doer
 * next; not a verbal noun after ل or ب («لعرضها في المنتدى», to present them).
 */
const WITH_OBJECT = /^(?![لب]|ال)[\u0621-\u064A]{3,}(?:ه|ها|هما|هم)$/u;

export function namesAgentOf(raw: string, acts: ReadonlySet<string>): boolean {
  if (acts.size === 0) return false;
  for (const m of raw.matchAll(AGENT_EN)) if (actKeys(m[1]!.replace(/^co-/i, '')).some((k) => acts.has(k))) return true;
  for (const m of raw.matchAll(HOLDER_EN)) if (actKeys(m[1]!).some((k) => acts.has(k))) return true;
  const tokens = tokenize(raw);
  return tokens.some((t, i) => {
    if (!isArabicWord(t) || !actKeys(t).some((k) => acts.has(k))) return false;
    const doerNext = WITH_OBJECT.test(t) && !ARABIC_ACT_NOUN.test(t) && isArabicWord(tokens[i + 1] ?? '');
    return doerNext || AGENT_AR.test(tokens.slice(i + 1, i + 1 + AGENT_AR_WINDOW).join(' '));
  });
}
