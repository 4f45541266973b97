import { normalizeForMatch } from '../text/normalize.js';
import type { TimeRange } from './types.js';
import { EVOLUTION_CUES } from './change-cues.js';
import { anyMatch } from './cues.js';
import { HOW_MANY_AR } from './count-cues.js';

const YEAR = String.raw`((?:19|20)\d\d)`;
const SEP = String.raw`[\s,،]+`;
// «عام»، «سنة»، "the year" may stand between the word and the year; Arabic may glue a clitic (بعام).
const YEAR_WORD = String.raw`(?:${SEP}(?:عامي|عام|بعام|سنتي|سنه|العام|the years|the year|years|year))?`;

/** "between 2017 and 2019", «بين عامي 2017 و2019», "from 2017 to 2019", «من 2017 حتى 2019». */
const BETWEEN = new RegExp(String.raw`(?:between|from|بين|من)${YEAR_WORD}${SEP}${YEAR}${SEP}?(?:and|to|until|through|till|-|–|و|الي|حتي|لغايه|لحد|لين|للين)${SEP}?(?:عام${SEP})?${YEAR}`, 'u');
/** The years listed after a range's second: «… و2023», ", and 2023". */
const LISTED_ON = new RegExp(String.raw`^(?:${SEP}?(?:and|و|،|,)${SEP}?(?:عام${SEP})?(?:19|20)\d\d(?!\d))+`, 'u');
/** "since 2018", «منذ 2018», "from 2018 on(wards)": 2018 included. */
// ("2017 onwards", «من 2017 فصاعداً», "2019 and after": the year, then what says "and later".)
const SINCE = new RegExp(String.raw`(?:since|starting|منذ|من بعد|ابتداء من|بدءا من)${YEAR_WORD}${SEP}${YEAR}|from${YEAR_WORD}${SEP}${YEAR}${SEP}(?:on|onwards|onward)|${YEAR}${SEP}(?:onwards|onward|and (?:after|later|beyond)|or later|فصاعدا|وما بعده|وما بعدها|وما تلاه|وما تلاها)`, 'u');
/**
 * "between 2016 and today", "from 2016 to date", «بين 2016 واليوم», «من 2016 لحد الآن», Levantine «من 2017 لهلأ» (to now, the
 * «ل» joined): 2016 onwards, as "since". So is
 * "from 2017 to the latest one", «من 2017 حتى آخر بيان», «من 2017 لأحدث بيان»: read as the latest alone, the timeline
 * held 2017 only.
 */
const NOW_AR = 'اليوم|الان|الحين|هلق|هلا|دلوقتي';
const TO_NOW = new RegExp(
  String.raw`(?:between|from|بين|من)${YEAR_WORD}${SEP}${YEAR}${SEP}?(?:and|to|until|till|through|و|الي|حتي|لغايه|لحد|لين|(?=لل?(?:اخر|احدث|الاخير))|ل(?=(?:${NOW_AR})(?![\u0621-\u064A])))(?:${SEP})?` +
    String.raw`(?:(?:the${SEP})?(?:present(?:${SEP}day)?|today|now|date|latest|most${SEP}recent|newest|last(?=${SEP}(?:one|meeting|statement|session|report|paper|contribution|review|edition)))\b` +
    String.raw`|(?:${NOW_AR}|يومنا${SEP}هذا|الوقت${SEP}الحالي|وقتنا${SEP}الحالي|(?:لل?|ال)?(?:اخر|احدث|اخير|اخيره))(?![\u0621-\u064A]))`,
  'u',
);
/** "after 2020", «بعد 2020»: 2020 excluded. */
const AFTER = new RegExp(String.raw`(?:after|post|later than|بعد)${YEAR_WORD}${SEP}${YEAR}`, 'u');
/** "before 2017", «قبل 2017»: 2017 excluded. */
const BEFORE = new RegExp(String.raw`(?:before|prior to|earlier than|قبل)${YEAR_WORD}${SEP}${YEAR}`, 'u');
/** "until 2020", «حتى 2020», "up to 2020", "by 2020", «لحد 2020», «لين 2020»: 2020 included. */
const UNTIL = new RegExp(String.raw`(?:until|till|up to|as of|through|\bby(?:${SEP}the${SEP}end${SEP}of)?|حتي|لغايه|الي غايه|(?<![\u0621-\u064A])(?:لحد|لين|للين|لحتي))${YEAR_WORD}${SEP}${YEAR}`, 'u');
/**
 * "over the past five years", "in the last 3 years", «في السنوات الخمس الأخيرة», «آخر ثلاث سنوات», «خلال
 * السنوات الثلاث الماضية»: the years up to now («الأخيرة» is no latest record).
 */
const COUNT_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7, ثماني: 8, ثمان: 8, تسع: 9, عشر: 10,
};
const COUNT = String.raw`(\d{1,2}|${Object.keys(COUNT_WORDS).join('|')})`;
const PAST_YEARS = [
  new RegExp(String.raw`\b(?:past|last|previous)${SEP}${COUNT}${SEP}years\b`, 'u'),
  new RegExp(String.raw`(?<![\u0621-\u064A])(?:ال)?(?:سنوات|اعوام)${SEP}(?:ال)?${COUNT}${SEP}(?:ال)?(?:اخيره|ماضيه|فائته|منصرمه)(?![\u0621-\u064A])`, 'u'),
  new RegExp(String.raw`(?<![\u0621-\u064A])اخر${SEP}${COUNT}${SEP}(?:سنوات|اعوام|سنين)(?![\u0621-\u064A])`, 'u'),
];

/** The number of years back a question counts, if it says so. */
function pastYears(text: string): number | undefined {
  for (const re of PAST_YEARS) {
    const m = re.exec(text)?.[1];
    if (m) return /^\d+$/.test(m) ? Number(m) : COUNT_WORDS[m];
  }
  return undefined;
}
/**
 * The cue governing a clause that ends in its year: "since the compact was adopted in 2018", "before the ARCP
 * was created in 2014", «قبل إنشاء العملية عام 2014», «منذ اعتماد الاتفاق في 2018» (it was read as that one
 * year). English only after the, its or their ("put before states in 2017" is no range); Arabic «منذ» and «قبل».
 */
const CLAUSE = String.raw`(?:${SEP}[^\s\d.,?؟،]+){0,5}?${SEP}(?:in|of|عام|بعام|سنه|في)${SEP}${YEAR}`;
const SINCE_CLAUSE = new RegExp(String.raw`(?:\bsince${SEP}(?:the|its|their)|(?<![\u0621-\u064A])منذ)${CLAUSE}`, 'u');
/**
 * "…what it was called in 2016 and what it has been called since", «…عام 2016 وماذا أصبح اسمها منذ ذلك الحين»: the
 * year named, and every year after it.
 */
const SINCE_THEN = new RegExp(String.raw`${YEAR}.*(?:\b(?:since then|ever since|since)\s*[.?!]*\s*$|\b(?:since then|ever since)\b|(?<![\u0621-\u064A])(?:منذ|من)\s+(?:ذلك الحين|ذلك الوقت|ذلك التاريخ|وقتها|ساعتها|حينها)(?![\u0621-\u064A]))`, 'u');
const AFTER_CLAUSE = new RegExp(String.raw`\b(?:after|following)${SEP}(?:the|its|their)${CLAUSE}`, 'u');
const BEFORE_CLAUSE = new RegExp(String.raw`(?:\b(?:before|prior to)${SEP}(?:the|its|their)|(?<![\u0621-\u064A])قبل)${CLAUSE}`, 'u');
const ANY_YEAR = new RegExp(String.raw`(?<!\d|\d\.)${YEAR}(?!\d|\.\d)`, 'gu');

const LAST_YEAR = /\blast year\b|\bprevious year\b|(?<![\u0621-\u064A])(?:[وفب]|ل)?(?:ال|ل)?(?:عام|سنه)\s+(?:الماضي|الماضيه|المنصرم|المنصرمه|اللي فات|الفايت|الفائت)(?![\u0621-\u064A])|(?<![\u0621-\u064A])السنه\s+اللي\s+فاتت/u;
/** A present-tense question of how things stand ("who chairs…", "does it have…", «من يرأس…»). */
const STANDING = /\b(?:is|are|does|do|has|have|holds|chairs|heads|runs|leads|hosts|acts|serves)\b|(?<![\u0621-\u064A])(?:ي|ت)[\u0621-\u064A]{2,}(?![\u0621-\u064A])/u;
/** What happened, or happens this year: a past tense ("did", "was", "held", «عقد», «صدر»), or an event. */
const HAPPENED = /\b(?:did|was|were|had|\w+ed|meetings?|statements?|sessions?|forums?|conferences?|reviews?|reports?|summits?|days?)\b|(?<![\u0621-\u064A])(?:ال)?(?:اجتماع|بيان|دوره|منتدي|مؤتمر|استعراض|تقرير|قمه|يوم)(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:كان|كانت|عقد|عقدت|انعقد|انعقدت|صدر|صدرت|اصدر|اصدرت|قال|قالت|اعتمد|اعتمدت|ناقش|ناقشت|دعا|دعت|اكد|اكدت)(?![\u0621-\u064A])/u;
const THIS_YEAR = /\bthis year\b|\bcurrent year\b|(?<![\u0621-\u064A])(?:هذا العام|هذه السنه|العام الحالي|السنه الحاليه|العام الجاري|هالسنه)(?![\u0621-\u064A])/u;
const LATEST = /\b(?:latest|most recent|newest|last (?:meeting|statement|session|one|report|paper|contribution|review|regular meeting))\b|(?<![\u0621-\u064A])(?:اخر|احدث|الاخير|الاخيره|الاحدث)(?![\u0621-\u064A])/u;
/**
 * «وشنو اتفقوا عليه في الأخير؟» (in the end), «في آخر الاجتماع» (at the end of the meeting): the end of the
 * meeting asked, not the latest one («آخر اجتماع», «الاجتماع الأخير»). Read as the latest, the meeting asked
 * was dropped as an older one and the answer refused.
 */
// («في السنوات الأخيرة», «في الآونة الأخيرة»: recent years, several, not the latest record alone.)
const AT_THE_END = /(?<![\u0621-\u064A])(?:ال)?(?:سنوات|اعوام|فتره|اونه)\s+(?:ال)?اخير[هة]?(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:في|ف|وفي)\s+(?:ال)?اخير(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:في|ف|وفي)\s+اخر\s+(?:ال)(?:اجتماع|مؤتمر|منتدي|جلسه|لقاء|دوره|نقاش)(?![\u0621-\u064A])/gu;
/**
 * «قرار أممي آخر», «اجتماع آخر»: «آخر» after an indefinite noun, and before none, is "another", not the latest («آخر اجتماع»,
 * «ما هو آخر بيان», «ماذا قال آخر بيان»: before its noun, or after a question word, it is). Read as the latest, a question of
 * what one year's statement added to another's took the newest record of another kind.
 */
const ANOTHER = /(?<![\u0621-\u064A])(?!(?:ما|هو|هي|شو|ايش|وش|شنو|ايه|في|ف|عن|من|الي|علي|هل|كان|كانت|ماذا|متي|وين|فين|اين|امتي|مين|منو|وما|وشو)\s)(?!ال)[\u0621-\u064A]{2,}\s+اخر(?![\u0621-\u064A])(?!\s+(?!ال)(?!(?:لم|لا|ما|في|من|عن|غير|قد|ولم|او|ام)(?![\u0621-\u064A]))[\u0621-\u064A]{2,})/gu;
const EARLIEST = /\b(?:earliest|very first|oldest)\b|(?<![\u0621-\u064A])(?:اقدم|اول\s+مره|البدايه)(?![\u0621-\u064A])/u;

const EARLIEST_TO_LATEST = /\bfrom\s+(?:the\s+)?(?:earliest|oldest|first)(?:\s+\w+)?\s+to\s+(?:the\s+)?(?:latest|most\s+recent|newest|last)\b|(?<![\u0621-\u064A])من\s+(?:ال)?(?:اقدم|اول)(?:ها|هم)?\s+(?:الي|حتي)\s+(?:ال)?(?:احدث|اخر)(?:ها|هم)?(?![\u0621-\u064A])/u;

const COUNT_ASKED = new RegExp(String.raw`\bhow many\b|(?<![\u0621-\u064A])(?:${HOW_MANY_AR})(?![\u0621-\u064A])`, 'u');

/** Years far in the future name plans ("Agenda 2030", «رؤية 2030»), not document dates. */
function plausible(year: number, now: Date): boolean {
  return year >= 1945 && year <= now.getUTCFullYear() + 1;
}

/** Whether a range spans years rather than naming one ("since 2019", "2017–2019", not "in 2019" or none). */
export function spansYears(time: TimeRange): boolean {
  return (time.from !== undefined || time.to !== undefined) && time.from !== time.to;
}

/**
 * The years a question limits itself to, as a range: "since 2018" is 2018 onwards, not 2018 alone;
 * "before 2017" ends in 2016; "last year" is counted from `now`. A lone year is that year. Plans
 * ("Agenda 2030") are not dates.
 */
export function timeRange(question: string, now = new Date()): TimeRange {
  const text = normalizeForMatch(question);
  const y = (s: string | undefined) => Number.parseInt(s ?? '', 10);
  const ok = (s: string | undefined) => plausible(y(s), now);
  const flags: TimeRange = {};
  const back = pastYears(text);
  // "from the earliest to the most recent", «من الأقدم إلى الأحدث»: every year between, not the one at either end.
  // "from 2017 to the latest one" is every year from 2017, not the latest alone.
  const span = EARLIEST_TO_LATEST.test(text) || TO_NOW.test(text);
  if (!span && LATEST.test(text.replace(AT_THE_END, ' ').replace(ANOTHER, ' ')) && !LAST_YEAR.test(text) && back === undefined) flags.latest = true;
  if (!span && EARLIEST.test(text)) flags.earliest = true;
  let m: RegExpExecArray | null;
  if ((m = BETWEEN.exec(text)) && ok(m[1]) && ok(m[2])) {
    // «بين 2020 و2021 و2023», "between 2020, 2021 and 2023": the years listed on after the second are in the range too.
    const listed = [m[1], m[2], ...(LISTED_ON.exec(text.slice(m.index + m[0].length))?.[0].match(ANY_YEAR) ?? [])].map(y).filter((n) => plausible(n, now));
    return { ...flags, from: Math.min(...listed), to: Math.max(...listed) };
  }
  if ((m = TO_NOW.exec(text)) && ok(m[1])) return { ...flags, from: y(m[1]) };
  if ((m = SINCE.exec(text)) && ok(m[1] ?? m[2] ?? m[3])) return { ...flags, from: y(m[1] ?? m[2] ?? m[3]) };
  // ("How did the department's name change after 2016?": a change after a year is told from where it stood that
  // year; from 2017 on, the 2016 name it changed from was left out.)
  if ((m = AFTER.exec(text)) && ok(m[1])) return { ...flags, from: y(m[1]) + (anyMatch(EVOLUTION_CUES, text) ? 0 : 1) };
  if ((m = BEFORE.exec(text)) && ok(m[1])) return { ...flags, to: y(m[1]) - 1 };
  // "By 2019, how many meetings had it held?": a count as it stood then is told by the records of that year
  // (later ones count more, earlier ones fewer).
  if ((m = UNTIL.exec(text)) && ok(m[1])) return COUNT_ASKED.test(text) ? { ...flags, from: y(m[1]), to: y(m[1]) } : { ...flags, to: y(m[1]) };
  if ((m = SINCE_CLAUSE.exec(text)) && ok(m[1])) return { ...flags, from: y(m[1]) };
  if ((m = SINCE_THEN.exec(text)) && ok(m[1])) return { ...flags, from: y(m[1]) };
  if ((m = AFTER_CLAUSE.exec(text)) && ok(m[1])) return { ...flags, from: y(m[1]) + 1 };
  if ((m = BEFORE_CLAUSE.exec(text)) && ok(m[1])) return { ...flags, to: y(m[1]) - 1 };
  const year = now.getUTCFullYear();
  if (back !== undefined && back > 0) return { ...flags, from: year - back, to: year };
  if (LAST_YEAR.test(text)) return { ...flags, from: year - 1, to: year - 1 };
  // "Who chairs the ARCP this year?", «من يرأس عملية التشاور هذا العام؟»: a standing fact asked in the present
  // is asked as it stands, not of what this year's records say (none may be dated this year yet).
  if (THIS_YEAR.test(text)) return standing(text) ? flags : { ...flags, from: year, to: year };
  const years = [...text.matchAll(ANY_YEAR)].map((x) => y(x[1])).filter((v) => plausible(v, now));
  if (years.length === 0) return flags;
  return { ...flags, from: Math.min(...years), to: Math.max(...years) };
}

const standing = (norm: string) => STANDING.test(norm) && !HAPPENED.test(norm);

/**
 * "Who chairs the ARCP this year?" asked as "Who chairs the ARCP?": of how things stand, "this year" is no
 * word to search for («هذا العام» found «عام 2018» and «الأمانة العامة»).
 */
export function withoutStandingYear(question: string): string {
  const norm = normalizeForMatch(question);
  if (!THIS_YEAR.test(norm) || !standing(norm)) return question;
  return question.replace(THIS_YEAR_WRITTEN, ' ').replace(/\s+([?؟.,،])/gu, '$1').replace(/\s{2,}/g, ' ').trim();
}
const THIS_YEAR_WRITTEN = /\b(?:this|the current) year\b|(?:هذا العام|هذه السن[ةه]|العام الحالي|السن[ةه] الحالي[ةه]|العام الجاري|هالسن[ةه])/giu;

/** Years named in the question, plans excluded. */
export function yearsIn(question: string, now = new Date()): number[] {
  const text = normalizeForMatch(question);
  return [...new Set([...text.matchAll(ANY_YEAR)].map((x) => Number(x[1])).filter((v) => plausible(v, now)))];
}

/** Whether a year falls in a range, either end of which may be open. */
export function withinRange(year: number, { from, to }: TimeRange): boolean {
  return (from === undefined || year >= from) && (to === undefined || year <= to);
}
