import { anyMatch, arabicWords, englishWords, firstMatch } from '../question/cues.js';
import { ordinalsIn } from '../question/understand.js';
import { withinRange } from '../question/time-range.js';
import { MONTHS_AR, MONTHS_EN, YEAR } from '../question/months.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import type { AskedKeys, QuestionKeys } from './answer-evidence.js';
import { isEventWord } from './named-event.js';
import { namesAct } from './predicate.js';

/**
 * Evidence that a sentence dates what was asked ("when"): the dates it gives, and whose they are.
 */
/** A day of a month in English: "29–30 May", "8 June". */
const DAY_EN = `\\b\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?\\s+(?:${MONTHS_EN})\\b`;
export const FULL_DATE = [new RegExp(`${DAY_EN}|\\b(?:${MONTHS_EN})\\s+\\d{4}\\b`), arabicWords(MONTHS_AR)];
const YEARS = new RegExp(YEAR.source, 'g');

const hit = anyMatch;

const MONTH_NAMES = MONTHS_EN.split('|').slice(0, 12).map((en, i) => [en, MONTHS_AR[i]!, MONTHS_AR[i + 12]!]);

/**
 * How surely a dated sentence of a meeting report dates the meeting itself: 1 when it gives the meeting's
 * own month and year; less for another date of that year (the month a statement was issued); least when
 * all its years are other years («جاء الاجتماع الحادي عشر بعد المنتدى… الذي عُقد في ديسمبر 2023»). Any
 * full date counts fully in documents that are not about one meeting.
 */
function meetingDateEvidence(text: string, meta: { type: string; date: string }): number {
  const [year, month] = /^(\d{4})(?:-(\d{2}))?/.exec(meta.date)?.slice(1) ?? [];
  if (meta.type !== 'meeting-report' || !year) return 1;
  const years: string[] = text.match(YEARS) ?? [];
  if (years.length > 0 && !years.includes(year)) return 0.6;
  const names = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (!names) return 1;
  return names.some((n) => new RegExp(`(?<![\\p{L}])${normalizeForMatch(n)}(?![\\p{L}])`, 'u').test(text)) ? 1 : 0.8;
}

/**
 * A date for "when": a full date (a year alone says less), unless the sentence names the event asked about
 * and then another one before it, whose date it is: "The 10th meeting aimed to prepare member states for
 * the second regional review conference…, planned for Cairo in July 2024" does not say when the 10th
 * meeting was held; "The 10th meeting in 2024 prepared … the conference, held … on 3–4 July 2024" gives its year.
 */
export function dateEvidence(text: string, meta: { type: string; date: string }, asked: AskedKeys): number {
  const evidence = statedDateEvidence(text, meta, asked);
  return REPORTED.some((re) => re.test(text)) ? REPORTED_WEIGHT * evidence : evidence;
}

/**
 * "IOM … gives 2015 as its year of establishment", «وتذكر أنها أُنشئت عام 2015»: a date another source gives
 * is that source's, and says less than the record's own dating ("created by a decision of the LAS Council
 * … in 2014"), which it may contradict. Over normalised text.
 */
const REPORTED = [
  /\b(?:gives?|gave|lists?|listed|puts?|cites?|cited)\s+(?:it\s+)?(?:19|20)\d\d\s+as\b/,
  /(?<![\u0621-\u064A])[وف]?(?:تذكر|يذكر|ذكرت|تقول|يقول)\s+(?:[\u0621-\u064A]+\s+){0,4}?(?:انها|انه|ان)(?![\u0621-\u064A])/u,
];
const REPORTED_WEIGHT = 0.5;

function statedDateEvidence(text: string, meta: { type: string; date: string }, { isAsked, time, habitual, ordinals, acts, actVerbs }: AskedKeys): number {
  // "When is the statement agreed?": the usual time ("at the end of the annual regular meeting", "18
  // December" with no year) answers; one year's date is one instance of it.
  if (habitual) return YEAR.test(text) ? ANOTHER_EVENT_DATE : hit(HABIT, text) || hit(FULL_DATE, text) ? 1 : 0;
  if (acts && actOnlyReferredTo(text, acts)) return ANOTHER_EVENT_DATE;
  // "When was the ARCP founded?": a date of a sentence that does not name the founding is of something else.
  if (actVerbs && actVerbs.size > 0 && (!namesAct(text, actVerbs) || actOnAnotherRecord(text, actVerbs, isAsked))) return UNNAMED_ACT * statedDateEvidence(text, meta, { isAsked, time, ordinals });
  const full = actVerbs && actDatedByYear(text, actVerbs) ? -1 : firstMatch(text, FULL_DATE);
  if (full >= 0 && !datesAnotherEvent(text, full, isAsked, ordinals)) return meetingDateEvidence(text, meta);
  const year = firstMatch(text, [YEAR]);
  if (year < 0) return 0;
  if (datesAnotherEvent(text, year, isAsked, ordinals)) return ANOTHER_EVENT_DATE;
  // "When was the 2019 statement distributed?": a year the question names is what the asker knows, and
  // one outside it ("resolution 302 of 1949") dates something else.
  const years = (text.match(YEARS) ?? []).map(Number);
  const within = (y: number) => (time?.from ?? -Infinity) <= y && y <= (time?.to ?? Infinity);
  if (time?.from !== undefined && time.from === time.to) return years.some((y) => y !== time.from) ? ANOTHER_EVENT_DATE : ASKED_YEAR;
  return years.some(within) ? 0.6 : ANOTHER_EVENT_DATE;
}
/** A year the question names, as the only date a unit gives. */
const ASKED_YEAR = 0.2;
/** Words of a usual time: every year, normally, at each regular meeting. */
const HABIT = [
  englishWords(['annual', 'annually', 'every year', 'each year', 'a year', 'per year', 'yearly', 'usually', 'normally', 'usual', 'regularly', 'as a rule']),
  arabicWords(['سنوي', 'السنوي', 'سنويا', 'كل عام', 'كل سنه', 'عاده', 'المعتاد', 'المعتاده', 'دوري', 'الدوري', 'دوريا']),
];

/**
 * Whether the event named last before a point of the text is numbered otherwise than the one asked: "…the ARCP was
 * launched at the 5th Global Meeting…, held at LAS headquarters in Cairo" places the 5th Global Meeting, where the
 * 1st meeting is asked. ("The 5th Global Meeting": a number in digits may stand two words before; "the first
 * regional review held in person" is the first held so, not the 1st review.)
 */
export function placesAnotherNumbered(text: string, at: number, ordinals: readonly number[]): boolean {
  const tokens = tokenize(text.slice(0, at));
  return numberedOtherwise(tokens, tokens.findLastIndex(isEventWord), ordinals);
}
function numberedOtherwise(tokens: readonly string[], last: number, ordinals: readonly number[]): boolean {
  if (last < 0 || ordinals.length === 0) return false;
  const from = /^\d+(?:st|nd|rd|th)$/.test(tokens[last - 2] ?? '') ? last - 2 : Math.max(0, last - 1);
  return ordinalsIn(tokens.slice(from, last + 3)).some((n) => !ordinals.includes(n));
}

/** Whether the date at `at` follows another event than the one asked, named after it: the last event named before a date is the one it dates. */
export function datesAnotherEvent(text: string, at: number, isAsked: QuestionKeys | undefined, ordinals: readonly number[] = []): boolean {
  if (!isAsked) return false;
  const tokens = tokenize(text.slice(0, at));
  const last = tokens.findLastIndex(isEventWord);
  if (last < 0) return false;
  // "between the 5th meeting (2019) and…" names another meeting than the 6th asked, by its number; «أصدر
  // الاجتماع الثالث، المنعقد… في القاهرة، ورقة… الدورة العاشرة» places the 3rd meeting, not the 10th session.
  if (numberedOtherwise(tokens, last, ordinals)) return true;
  // "The 9th regular meeting of the Arab Regional Consultative Process…, held on 29–30 May 2023…, discussed
  // … the 14th session": the subject the date is told of is the event the sentence opens with, whatever
  // long name follows it (not "It was the first regional review held in person", whose subject is "It").
  const subject = ordinalsIn(tokens.slice(0, SUBJECT_WORDS))[0];
  if (ordinals.length > 0 && subject !== undefined && !ordinals.includes(subject)) return true;
  // "The HLOM was held virtually on 14–15 December 2021, … on the first GRF's pledges": a sentence opening with
  // another event than the numbered one asked ("when was the 1st GRF?") dates that event.
  // («عُقدت قمة المنتدى…» opens with the forum asked, whose summit it names first.)
  const opening = tokens.slice(0, SUBJECT_WORDS).filter(isEventWord);
  if (ordinals.length > 0 && subject === undefined && opening.length > 0 && !opening.some(isAsked)) return true;
  if (!tokens.some((t) => isEventWord(t) && isAsked(t))) return false;
  // "the first regional review conference was held online": one event named by two of its words.
  const named = (i: number) => isAsked(tokens[i]!) || (isEventWord(tokens[i - 1] ?? '') && isAsked(tokens[i - 1]!));
  return !named(last);
}
/** The words a sentence opens with that name its subject: «عُقد الاجتماع التاسع», "The 9th regular meeting". */
const SUBJECT_WORDS = 3;
/** A date of another event than the one asked. */
export const ANOTHER_EVENT_DATE = 0.3;
/** Share of a date's evidence kept by a sentence that does not name the act asked about. */
const UNNAMED_ACT = 0.5;

/** Records an act may be done to ("adopted a final statement"), which are not what a question asks of another. */
const RECORD_NOUNS = new Set(['statement', 'statements', 'recommendations', 'paper', 'papers', 'report', 'reports', 'messages', 'communique', 'بيان', 'بيانا', 'توصيات', 'ورقه', 'تقرير', 'رسائل']);
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'final', 'joint', 'closing', 'unified', 'annual', 'key']);

/**
 * "When was the GCR adopted?": "In August 2016 the extraordinary meeting adopted a final statement that… the
 * consultations on the GCR" names the act, done to a statement the question does not ask about.
 */
function actOnAnotherRecord(text: string, acts: ReadonlySet<string>, isAsked: AskedKeys['isAsked']): boolean {
  const tokens = tokenize(text);
  const objectOf = (i: number) => tokens.slice(i + 1, i + 4).find((t) => !ARTICLES.has(t));
  const done = tokens.flatMap((t, i) => (namesAct(t, acts) ? [objectOf(i)] : []));
  return done.length > 0 && done.every((o) => o !== undefined && RECORD_NOUNS.has(o) && !(isAsked?.(o) ?? false));
}

/** Words that make what follows them a point of reference in time: "since", "before", «منذ», «سبق». */
const RELATIVE_TIME = new Set(tokenize(`since before after prior predates predated preceded precedes following منذ قبل بعد سبق سبقت يسبق تسبق تلا تلت عقب اعقاب`));
/** How far before the act such a word governs it, and how close after it a year dates it ("since its creation in 2014"). */
const GOVERNS = 4;
const DATED_AFTER = 3;

/**
 * Whether a sentence names the act asked about ("when was the ARCP created?") only as the point the time
 * of something else is told from: «سبق التنسيقُ العربي للمنتدى إنشاءَ عملية التشاور؛ إذ نظّمت… 2008»
 * dates earlier meetings, not the creation; "since the ARCP's creation in 2014" dates it.
 */
function actOnlyReferredTo(text: string, acts: ReadonlySet<string>): boolean {
  if (acts.size === 0) return false;
  const tokens = tokenize(text);
  const named = tokens.flatMap((t, i) => (namesAct(t, acts) ? [i] : []));
  if (named.length === 0) return false;
  const referred = (i: number) => tokens.slice(Math.max(0, i - GOVERNS), i).some((t) => RELATIVE_TIME.has(t));
  const datedRightAfter = (i: number) => tokens.slice(i + 1, i + 1 + DATED_AFTER).some((t) => YEAR.test(t));
  return named.every((i) => referred(i) && !datedRightAfter(i));
}

/**
 * "LAS described the May 2023 meeting as the ninth annual meeting since the ARCP's creation in 2014": the act
 * asked is dated by the year right after it, and no day or month goes with that year; the full date
 * elsewhere in the sentence is another event's.
 */
function actDatedByYear(text: string, acts: ReadonlySet<string>): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, i) => {
    if (!namesAct(t, acts)) return false;
    const after = tokens.slice(i + 1, i + 1 + DATED_AFTER).join(' ');
    return YEAR.test(after) && firstMatch(tokens.slice(Math.max(0, i - DATED_AFTER), i + 1 + DATED_AFTER).join(' '), FULL_DATE) < 0;
  });
}

/** How finely a date is given: a day, a month, or a year alone. */
export type DatePrecision = 'day' | 'month' | 'year';
export const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** A day of a month: "29–30 May", "8 June", «29 و30 مايو», «8 يونيو/حزيران». */
const DAY_DATE = [
  new RegExp(DAY_EN),
  new RegExp(`(?<!\\d)\\d{1,2}\\s+(?:${MONTHS_AR.join('|')})(?![\\u0621-\\u064A])`, 'u'),
];

/** How far after a day or month its year may be written ("29–30 May/أيار 2023"). */
const YEAR_AFTER = 30;
/** The same patterns, to find each match (datePrecision runs for every unit of a "when" question). */
const everywhere = (re: RegExp) => new RegExp(re.source, `${re.flags}g`);
const EVERY_DAY_DATE = DAY_DATE.map(everywhere);
const EVERY_FULL_DATE = FULL_DATE.map(everywhere);

/**
 * How finely a sentence dates what was asked: a day ("on 8 June 2021"), a month ("in April 2015") or a
 * year ("held in 2018"), leaving out the dates of other events it names and dates outside the years asked
 * ("its first meeting in April 2015, after decision 7833 of 7 September 2014" gives no day of April 2015);
 * undefined when it gives none.
 */
export function datePrecision(text: string, { isAsked, ordinals, time }: AskedKeys): DatePrecision | undefined {
  const inYearsAsked = (at: number) => {
    const year = YEAR.exec(text.slice(at, at + YEAR_AFTER));
    return !year || !time || withinRange(Number(year[0]), time);
  };
  const own = (patterns: readonly RegExp[]) =>
    patterns.some((re) => [...text.matchAll(re)].some((m) => !datesAnotherEvent(text, m.index!, isAsked, ordinals) && inYearsAsked(m.index!)));
  return own(EVERY_DAY_DATE) ? 'day' : own(EVERY_FULL_DATE) ? 'month' : own([YEARS]) ? 'year' : undefined;
}
