import { tokenize } from '../text/tokenize.js';
import { aspectWordsOf } from './compared-aspects.js';
import { asksPositionsOfRecord, POSITION_WORD } from './positions-of-record.js';
import { askedTypes } from './question-types.js';
import { normalizeForMatch } from '../text/normalize.js';
import { spansYears, timeRange } from './time-range.js';

/**
 * The noun that names the kind of answer a "which" question wants: "which agencies organised the 6th
 * meeting?" is answered by "UNHCR and IOM", «ما الجهات التي نظمت…» by «المفوضية والمنظمة الدولية للهجرة».
 * The answer names instances, seldom the kind itself, so the kind is weak evidence that a passage answers —
 * searching with it at full weight vetoed answers whose document never says "agencies" or «الجهات».
 */
const EN = /^(?:which|what)$/;
/**
 * Kinds of named actor or place, and the capacity one acted in ("in what capacity", «بأي صفة»: as a presenter, a
 * partner, which the record says, seldom the word). Only these: a kind of content ("which topics", «ما الموضوعات التي») is
 * what documents' headings say («موضوعات الاجتماع السابع»), and keeps its weight.
 */
const ACTOR_KINDS = new Set(
  tokenize(`agencies organisations organizations bodies partners institutions entities actors stakeholders officials
  ministries donors countries states governments nations cities venues speakers participants delegations
  agency organisation organization body institution ministry country state government nation city venue
  departments offices units divisions directorates department office unit division directorate
  الجهات الجهه المنظمات الهيئات الوكالات الشركاء الاطراف المؤسسات الدول البلدان الوزارات المدن الشخصيات المسؤولين
  المتحدثين المشاركين الوفود جهة منظمة هيئة وكالة مؤسسة دولة بلد وزارة مدينة
  الادارات الاداره اداره المكاتب المكتب مكتب
  occasion occasions مناسبة المناسبة
  capacity capacities role roles صفه صفة الصفه الصفة`),
);
/** Words between "which" and the kind that say something of their own ("which UN agencies"). */
const EN_MODIFIERS = new Set(['un', 'arab', 'international', 'regional', 'national', 'member', 'other', 'main', 'key', 'official', 'partner', 'two', 'three', 'four', 'five', 'six']);
/** What may follow the kind in an English question: its verb, never "of" ("which of the meetings"). */
const EN_NOT_AFTER = new Set(['of', 'is', 'was', 'are', 'were']);
const EN_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'for']);

/** «أي» names the kind before any noun; «ما» / «ماذا» only before a noun that a relative clause follows. */
const AR_WHICH = /^[وف]?[بل]?اي$/u;
const AR_WHAT = /^(?:ما|ماذا|وما|فما)$/u;
const AR_RELATIVE = /^(?:التي|الذي|الذين|اللواتي|اللاتي)$/u;
const AR_PRONOUN = /^(?:هي|هو|هم)$/u;

function englishKind(words: readonly string[], i: number): string | undefined {
  let j = i + 1;
  while (j < words.length - 1 && EN_MODIFIERS.has(words[j]!)) j++;
  const kind = words[j];
  const after = words[j + 1];
  // "…and in which city?": the kind may end the question. After a preposition it is the place or occasion
  // asked, whatever verb follows ("on what occasion was it launched?").
  const asked = EN_PREPOSITIONS.has(words[i - 1] ?? '');
  if (!kind || (after !== undefined && EN_NOT_AFTER.has(after) && !asked) || EN_MODIFIERS.has(kind)) return undefined;
  return ACTOR_KINDS.has(kind) ? kind : undefined;
}

function arabicKind(words: readonly string[], i: number): string | undefined {
  let j = i + 1;
  if (AR_PRONOUN.test(words[j] ?? '')) j++;
  const kind = words[j];
  if (!kind || !ACTOR_KINDS.has(kind)) return undefined;
  if (AR_WHICH.test(words[i]!)) return kind;
  // «ما الجهات التي نظمت…»: the relative clause may come after an adjective («ما الهيئات الأممية التي…»).
  return [words[j + 1], words[j + 2]].some((w) => AR_RELATIVE.test(w ?? '')) ? kind : undefined;
}

/**
 * Verbs that ask what a meeting took up or a statement said («ماذا ناقش الاجتماع الثامن؟», «شو قال بيان
 * 2023؟»): its record names the topics and the calls, seldom the verb («ركّز الاجتماع الثامن على…», «دعا
 * البيان…»). (English "discuss" and "say" are left out of search altogether, see query-noise.ts.)
 */
const TOOK_UP = new Set(
  tokenize('ناقش ناقشت ناقشوا يناقش ناقشه ناقشها ناقشته تناول تناولت تناولوا يتناول تناوله تناولها تناولته بحث بحثت بحثوا بحثه بحثها قال قالت قالوا يقول تقول تضمن تضمنت تضمنه تضمنها يتضمن تتضمن'),
);

/**
 * «ما البنود التي تضمنها جدول أعماله؟» (which items were on its agenda?): the items are what a list answer
 * is made of; the agenda lists them under its heading, never the word. (English "items" stays whole: at
 * half weight the retriever declined one more XQuAD question it answers.)
 */
const LIST_PARTS = new Set(tokenize('البنود بنود'));

/**
 * Light verbs, which carry the act of the noun beside them ("how many pledges were made", "what steps were
 * taken"): the record says "received 770 pledges". A rare word in the quotes at hand, "made" outweighed
 * "pledges" and chose "pledges made since the first GRF" over the count.
 */
const LIGHT = new Set(tokenize('made make makes given gave taken took'));

/**
 * "The date of the first IMRF", «تاريخ…», «موعد…»: the kind of answer a "when" question wants; the record
 * gives the date ("held on 17–20 May 2022") without the word (it vetoed the answer).
 */
const DATE_WORDS = new Set(tokenize('date dates venue location place'));
/** "Where did it take place?": the verb's "place" asks nothing. */
const TAKE = /^(?:take|takes|took|taken|taking)$/;
/**
 * «الموعد الذي انعقد فيه…», «وبتاريخ صدوره», «والمكان الذي استضافه»: the date or the place asked, with its
 * article or conjunction; the record says "on 9 May 2017 in Cairo", never the word.
 */
const AR_DATE_OR_PLACE = /^(?:و|ب|وب|ف)?(?:ال)?(?:تاريخ|موعد|مكان)$/u;

/**
 * "The Arab position on irregular migration", «الموقف العربي من العودة»: every answer is an Arab position; before
 * "on" it says what kind of answer is wanted, and the topic follows. At full weight it vetoed the passage on
 * irregular migration, which says "the Director said". "The Arab position paper", «ورقة الموقف العربي», name a
 * document and keep theirs.
 */
const POSITION_ON = /\barab (?:positions?|stances?) (?=(?:on|towards?|regarding|concerning|about)\b)|(?<![\u0621-\u064A])(?<!ورقه )(?:ال)?موقف (?:ال)?عربي (?=(?:من|بشان|تجاه|ازاء|حول) )/u;

/**
 * "How has it changed?", «كيف تغير موقف الجامعة…؟»: the change asked for is the answer's shape (a timeline);
 * no document says "changed". Climate change is a topic.
 */
const CHANGED = new Set(
  tokenize('change changed changes changing harden hardened soften softened shift shifted evolve evolved تطور تطورت تغير تغيرت يتغير اتغير اتغيرت اختلف اختلفت يختلف تختلف انتقل انتقلت'),
);
/**
 * "What share of…", «ما نسبة…», "by how much did it rise", «بكم ارتفع»: the measure asked, which the record
 * gives as a figure ("44%", "5.9 million"), seldom in the word.
 */
const MEASURE = new Set(tokenize('share percentage proportion rise rose risen increase increased grow grew نسبه النسبه ارتفع ارتفعت زاد زادت انخفض انخفضت'));
/**
 * "How has the ARCP's language on UNRWA changed?", «كيف انتقل تركيز…؟»: the manner or focus of what was said,
 * whose change is read from what the records say each year; none says "language" or «نبرة».
 */
const MANNER = new Set(tokenize('language tone rhetoric wording phrasing messaging focus emphasis لغه اللغه لغة نبره النبره لهجه اللهجه خطاب الخطاب تركيز التركيز'));
const CLIMATE = /^(?:climate|المناخ|مناخ|المناخي)$/u;

/**
 * Share of its weight that a word of the question's frame keeps where it is weighed: in the retriever's
 * decision to answer, and in choosing quotes ("agencies" must not win a sentence alone). Ranking keeps it whole.
 */
export const KIND_WEIGHT = 0.5;

/**
 * The normalised words of the question's frame rather than its subject: the kind of actor asked to be named
 * ("agencies", «الجهات»), what was said or taken up, a light verb ("made"), "the date of", "the Arab position on",
 * a change and the years it spans.
 */
const YEAR_WORD = /^(?:year|عام|سنه|سنة)$/u;
const WHICH = /^(?:which|what|اي|أي|أى|اى)$/u;
/** «عدد», «بعدد», «وعدد» after a cue of a count («كم», «ما», «قديش»), or opening the question. */
const COUNT_WORD = /^(?:و|ب|وب)?عدد$/u;
/** «كم بلغ عدد التعهدات؟»: what the count "reached", a word of asking the count, which the record's «أكثر من 1600 تعهد» does not write. */
const REACHED_WORDS = 'بلغ|بلغت|يبلغ|تبلغ';
const REACHED = new RegExp(`^(?:${REACHED_WORDS})$`, 'u');
const COUNT_CUE = new RegExp(`^(?:و|ف)?(?:كم|كام|قديش|قداش|شحال|ما|ماهو|هو|وكم|هل|${REACHED_WORDS})$`, 'u');
const PEOPLE = /^(?:شخص|شخصا|اشخاص|نفر|people|persons)$/u;
/**
 * "Does the ARCP have 18 member states?", «هل عدد أعضاء العملية 18 دولة؟»: a count put to be checked is what
 * the answer confirms or corrects, not a word the record must hold (a wrong one refused the answer).
 */
const CHECK_OPENING = /^(?:و?هل|is|are|was|were|does|do|did|has|have|had)$/u;
const CLAIMED_COUNT = /^\d{1,3}$/;

/**
 * What answers a word of the question's frame: a date or a place, when the word asks for one. (Not a count:
 * nearly every passage gives a number, and «كم عدد اللاجئين الأفغان في باكستان؟» was answered.)
 */
export type AnswerInstance = 'date' | 'place';

const INSTANCE_ASKED: ReadonlyArray<readonly [RegExp, AnswerInstance]> = [
  [/^(?:dates?|years?|days?|months?|عام|سنه|(?:و|ب|وب|ف)?(?:ال)?(?:تاريخ|موعد|يوم|شهر))$/u, 'date'],
  [/^(?:venues?|locations?|places?|city|cities|(?:و|ب|وب|ف)?(?:ال)?(?:مكان|مدينه|المدن))$/u, 'place'],
];

/**
 * The kind of fact a frame word asks for ("dates", «مكان»), which a passage answers with an instance of
 * it ("17–20 May 2022", "New York") rather than with the word (retrieval/answer-instances.ts).
 */
export function instanceAsked(word: string): AnswerInstance | undefined {
  return INSTANCE_ASKED.find(([re]) => re.test(word))?.[1];
}

export function answerKindWords(question: string): string[] {
  const words = tokenize(question);
  const dateWord = (w: string, i: number) => DATE_WORDS.has(w) && !(w === 'place' && TAKE.test(words[i - 1] ?? ''));
  const kinds = new Set<string>(words.filter((w, i) => TOOK_UP.has(w) || LIGHT.has(w) || dateWord(w, i) || AR_DATE_OR_PLACE.test(w) || LIST_PARTS.has(w) || MEASURE.has(w)));
  words.forEach((w, i) => {
    if (CHANGED.has(w) && !CLIMATE.test(words[i - 1] ?? '') && !CLIMATE.test(words[i + 1] ?? '')) kinds.add(w);
  });
  if (words.some((w) => CHANGED.has(w))) for (const w of words) if (MANNER.has(w)) kinds.add(w);
  // "In which year was the Working Group established?", «في أي عام…»: a year is the kind asked; the sentence
  // that gives it says "in 2014", while "annual" held the word for another thing (the ARCP's "ninth annual
  // meeting since its creation").
  words.forEach((w, i) => {
    if (YEAR_WORD.test(w) && WHICH.test(words[i - 1] ?? '')) kinds.add(w);
  });
  // "From 2017 to 2025", «منذ 2018»: the years of a span bound where the answer may come from; a passage of
  // 2020 holds neither.
  const time = timeRange(question);
  if (spansYears(time)) for (const y of [time.from, time.to]) if (y !== undefined) kinds.add(String(y));
  // «كم عدد أهداف العملية؟», «ما عدد…»: «عدد» says a count is asked; the answer says «ستة أهداف».
  words.forEach((w, i) => {
    if (COUNT_WORD.test(w) && (i === 0 || COUNT_CUE.test(words[i - 1]!))) kinds.add(w);
    // «كم شخصاً حضر؟» (how many people): the record counts officials or participants, never "persons".
    if (PEOPLE.test(w) && COUNT_CUE.test(words[i - 1] ?? '')) kinds.add(w);
    if (REACHED.test(w) && /^(?:و|ف)?كم$/u.test(words[i - 1] ?? '')) kinds.add(w);
  });
  if (CHECK_OPENING.test(words[0] ?? '')) for (const w of words) if (CLAIMED_COUNT.test(w)) kinds.add(w);
  for (const w of spelledShape(question)) kinds.add(w);
  const types = askedTypes(question);
  if (asksPositionsOfRecord(question, types)) for (const w of words) if (POSITION_WORD.test(w)) kinds.add(w);
  // "…in terms of purpose", «من حيث الهدف»: the aspect a comparison names is the kind of fact each side gives.
  if (types?.includes('compare')) for (const w of aspectWordsOf(normalizeForMatch(question))) kinds.add(w);
  const framed = POSITION_ON.exec(words.join(' '))?.[0];
  if (framed) for (const w of framed.trim().split(' ')) kinds.add(w);
  words.forEach((w, i) => {
    const kind = EN.test(w) ? englishKind(words, i) : AR_WHICH.test(w) || AR_WHAT.test(w) ? arabicKind(words, i) : undefined;
    if (kind) kinds.add(kind);
    // «في أي مناسبة ومدينة…», "which city and which venue": a second kind joined to the first is asked as it is.
    const at = kind ? words.indexOf(kind, i) : -1;
    const joined = at >= 0 ? words[at + 1] : undefined;
    if (joined?.startsWith('و') && ACTOR_KINDS.has(joined.slice(1))) kinds.add(joined);
  });
  return [...kinds];
}

/**
 * "(day, month and city)", «(اليوم والشهر والمدينة)», «(عن بعد أو حضورياً)»: the shape of the answer wanted, spelled
 * out in brackets beside the question that asks it. A record says "29–30 May 2023 … in Cairo", never the words, which
 * vetoed the answer; a note that "the month is not known" still holds them. Only a bracket of such words alone: "Day"
 * in "World Refugee Day" is a name.
 */
const SHAPE_WORD = /^(?:exact|precise|full|days?|dates?|months?|years?|city|cities|country|venue|place|location|format|time|online|virtual|in|person|and|or|(?:و|ب|وب|ف)?(?:ال)?(?:يوم|تاريخ|شهر|سنه|عام|مدينه|بلد|دوله|مكان|مقر|موعد|صيغه|حضوريا|حضوري)|او|عن|بعد)$/u;

function spelledShape(question: string): string[] {
  const out: string[] = [];
  for (const bracket of question.matchAll(/\(([^()]{2,60})\)/gu)) {
    const words = tokenize(bracket[1]!);
    if (words.length > 0 && words.every((w) => SHAPE_WORD.test(w))) out.push(...words);
  }
  return out;
}
