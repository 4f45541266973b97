import type { DocumentMeta } from '../ingest/types.js';
import { anyMatch, arabicWords, englishWords } from '../question/cues.js';
import type { QuestionAnalysis } from '../question/types.js';
import { monthsNamed } from '../question/months.js';
import { withinRange } from '../question/time-range.js';
import { asksTheStatement } from '../question/source-asked.js';
import { documentMentions, namesAnExtraordinaryMeeting, ordinalMentions, sameOrdinal, type OrdinalMention } from '../question/understand.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { unitPassage, unitText, type Unit } from './units.js';

/** Ordinal numbers a document's title or meeting names. */
export function documentOrdinals(meta: DocumentMeta): number[] {
  return [...new Set(documentMentions(meta).map((m) => m.n))];
}

/** Whether mentions name one of the asked meetings (same number, and no clash in what is counted). */
export function namesAsked(mentions: readonly OrdinalMention[], asked: readonly OrdinalMention[]): boolean {
  return mentions.some((m) => asked.some((a) => sameOrdinal(m, a)));
}

/** Every year a text names, in order ("1948", "2022"; not a digit run like "12022"). */
export function yearsNamed(text: string): number[] {
  return (text.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []).map(Number);
}

export function documentYear(meta: DocumentMeta): number | undefined {
  const y = Number.parseInt(meta.date.slice(0, 4), 10);
  return Number.isFinite(y) ? y : undefined;
}

function isExtraordinary(meta: DocumentMeta): boolean {
  return /extraordinary|استثنائي/u.test(normalizeForMatch([meta.meeting ?? '', meta.title.en ?? '', meta.title.ar ?? ''].join(' ')));
}

/** How much more (or less) a document fits the meetings and years a question names: a factor around 1. */
export function entityFit(meta: DocumentMeta, analysis: QuestionAnalysis): number {
  let fit = 1;
  const { ordinals, extraordinary } = analysis.entities;
  const own = documentMentions(meta);
  if (ordinals.length > 0 && own.length > 0) fit *= namesAsked(own, analysis.entities.mentions) ? 1.3 : 0.45;
  // An extraordinary meeting is none of the numbered ones ("the 6th meeting" was answered with the 2017 one's partners).
  else if (ordinals.length > 0 && !extraordinary && isExtraordinary(meta)) fit *= 0.45;
  if (extraordinary) fit *= isExtraordinary(meta) ? 1.3 : meta.type === 'meeting-report' ? 0.6 : 1;
  const year = documentYear(meta);
  const { from, to } = analysis.time;
  if (year !== undefined && (from !== undefined || to !== undefined) && meta.type !== 'reference') fit *= withinRange(year, analysis.time) ? 1.2 : 0.6;
  // "The 2021 statement", «بيان 2021»: a statement of a year asked for, not a report's figures of that year.
  if (from !== undefined && meta.type === 'reference' && anyMatch(STATEMENT, normalizeForMatch(analysis.text))) fit *= OTHER_KIND_FIT;
  // "On what occasion did LAS call the GCM…?": the statement that said it, not the GCM's reference file retelling it.
  if (meta.type === 'reference' && asksTheStatement(analysis.text)) fit *= RETOLD_FIT;
  if (ordinals.length === 0) fit *= monthFit(meta, analysis);
  return fit;
}

/**
 * "What did the July 2017 meeting issue?", «الاجتماع يلي صار بأيار 2017»: a month names the event when no
 * number does. The record of an event held in another month of that year (the 3rd meeting, May 2017, whose
 * recommendations name July 2017) is another event's. (Raising the fit of the month's own record as well
 * only added supporting quotes.)
 */
function monthFit(meta: DocumentMeta, analysis: QuestionAnalysis): number {
  const held = /^(\d{4})-(\d{2})/.exec(meta.date ?? '');
  if (!held || meta.type === 'reference') return 1;
  const year = Number(held[1]);
  const asked = monthsNamed(normalizeForMatch(analysis.text)).filter((m) => m.year === year);
  return asked.length > 0 && !asked.some((m) => m.month === Number(held[2]) - 1) ? OTHER_MONTH_FIT : 1;
}
const OTHER_MONTH_FIT = 0.45;

/**
 * Documents of a recurring kind (one World Refugee Day statement a year, one report a meeting) from outside
 * the years asked, when an edition from inside them was retrieved: another year's edition is not the one asked
 * for ("the highlights of the 2023 statement" were answered with the 2024 statement's list, which beat the 2023
 * statement's sentences on the list cue). Each such document's fit is lowered further.
 */
export function otherEditions(metas: readonly DocumentMeta[], analysis: QuestionAnalysis): Set<string> {
  if (analysis.time.from === undefined && analysis.time.to === undefined) return new Set();
  const inside = (meta: DocumentMeta) => {
    const year = documentYear(meta);
    return year !== undefined && withinRange(year, analysis.time);
  };
  const recurring = metas.filter((m) => m.type !== 'reference' && documentYear(m) !== undefined);
  const asked = recurring.filter(inside);
  const sameKind = (a: DocumentMeta, b: DocumentMeta) => a.type === b.type && a.forum.some((f) => b.forum.includes(f));
  return new Set(recurring.filter((m) => !inside(m) && asked.some((a) => sameKind(a, m))).map((m) => m.id));
}

/** How much less another year's edition fits, beside {@link entityFit}'s lower fit for any year not asked. */
export const OTHER_EDITION_FIT = 0.4;

/** A statement named by its year: "the 2021 statement", «بيان 2021», «البيان الصادر عام 2019». */
const STATEMENT = [englishWords(['statements?']), arabicWords(['بيان', 'بيانات'])];
/** A reference, when a year's statement is asked for. */
const OTHER_KIND_FIT = 0.7;
/** A reference file that retells what a statement said, when the statement itself is asked for. */
const RETOLD_FIT = 0.4;

/** Documents that gather events of several years: a sentence's own year dates it, not the document's. */
const GATHERING_TYPES = new Set(['reference', 'contribution', 'presentation']);
/** A year, not one set as a target ("by 2030", «بحلول عام 2030», "Agenda 2030", "the 2030 Agenda"), which dates no event. */
const YEAR_IN_TEXT = /(?<!\d|\d\.|\bby |\buntil |\bagenda |\bvision |بحلول |بحلول عام |حتي عام |لعام 2030 |خطه التنميه المستدامه لعام |اجنده |رؤيه )((?:19|20)\d\d)(?!\d|\.\d|\s+(?:agenda|vision)\b)/u;

/**
 * The year a quote speaks of: the document's, unless the document gathers several years (a reference, a
 * chronology) and the quote names a year of its own, which then dates it.
 */
export function quoteYear(text: string, meta: DocumentMeta, heading?: string): number | undefined {
  const norm = normalizeForMatch(text);
  // A chronology's entry opens with its own date ("18 December 2020: …", «2015: …»), whatever the document.
  const opening = LEADING_DATE.exec(norm)?.[1];
  if (opening) return Number(opening);
  const own = GATHERING_TYPES.has(meta.type) ? YEAR_IN_TEXT.exec(norm)?.[1] : undefined;
  if (own) return Number(own);
  // A reference's section on one event ("First Global Refugee Forum (2019)") speaks of that event's year,
  // not of the year the reference was written (the 770 pledges of 2019 were dated 2023).
  const sectionYears = [...new Set([...normalizeForMatch(heading ?? '').matchAll(new RegExp(YEAR_IN_TEXT.source, 'gu'))].map((m) => m[1]!))];
  return sectionYears.length === 1 ? Number(sectionYears[0]) : documentYear(meta);
}

/** The year a unit speaks of (see quoteYear). */
export function unitYear(unit: Unit): number | undefined {
  return quoteYear(unitText(unit), unitPassage(unit).meta, unitPassage(unit).heading);
}

/**
 * A text without the meetings it numbers that are another body's or another series' ("its 11th meeting" in a
 * sentence that does not name the ARCP, «اجتماعها الحادي عشر», "the 5th Global Meeting of Chairs…"): the
 * ARCP's own are the ones a question means by "the 11th meeting".
 */
const ARCP_NAMED = /\bARCP\b|Arab Regional Consultative|عملي[ةه] التشاور/u;
const ORDINAL = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)`;
const OTHER_SERIES = new RegExp(String.raw`\b${ORDINAL}\s+(?!Regular\b|Annual\b|Ordinary\b|ARCP\b|Extraordinary\b)(?:[A-Z][A-Za-z]+\s+){1,2}Meeting\b`, 'g');
const OTHER_SERIES_ASKED = new RegExp(OTHER_SERIES.source, 'i');
const ITS_MEETING_EN = new RegExp(String.raw`\b(?:its|their)\s+${ORDINAL}\s+(?:meeting|session)s?\b`, 'gi');
const ITS_MEETING_AR = /(?<![\u0621-\u064A])اجتماع(?:ها|هم)\s+(?:ال)?[\u0621-\u064A]+(?:\s+عشر)?/gu;

function ofAnotherSeries(text: string): string {
  const out = text.replace(OTHER_SERIES, ' ');
  return ARCP_NAMED.test(text) ? out : out.replace(ITS_MEETING_EN, ' ').replace(ITS_MEETING_AR, ' ');
}

/** The year a line opens with, as a chronology's or a compilation's entry does ("18 December 2020: …"). */
export function openingYear(text: string): number | undefined {
  const year = LEADING_DATE.exec(normalizeForMatch(text))?.[1];
  return year ? Number(year) : undefined;
}

/** A date heading a line: a year, or a day and month before it, then a colon or a comma. */
const LEADING_DATE = /^(?:[^:،,]{0,30}?\s)?((?:19|20)\d\d)\s*[:،,]/u;

/** A list headed by another year is that year's record: it answers nothing of the year asked. */
const ANOTHER_YEARS_LIST = 0.3;

/**
 * How well a quote fits the meetings and years the question names, by what the quote itself says: "the
 * 5th meeting" answers nothing about the 9th, whatever document it sits in. A factor around 1.
 */
export function quoteFit(text: string, analysis: QuestionAnalysis): number {
  let fit = 1;
  const asked = analysis.entities.mentions;
  if (asked.length > 0) {
    const tokens = tokenize(text);
    const named = ordinalMentions(tokens);
    // "…a joint committee… held its 11th meeting in September 2024", "the 5th Global Meeting of Chairs…":
    // another body's or series' meeting of the number asked, which a bare "the 11th meeting" is not.
    // (Unless that series is asked: "Where was the 5th Global RCP Meeting held?", as the asker types it.)
    // (Or named before: "where was the 5th Global RCP meeting held, and who co-hosted it?" asks its second part of it.)
    const seriesAsked = OTHER_SERIES_ASKED.test(analysis.text) || asked.some((m) => m.kind === 'global');
    const ofTheArcp = seriesAsked ? named : ordinalMentions(tokenize(ofAnotherSeries(text)));
    // "The 2nd meeting" asked: an extraordinary meeting, numbered or not, is another one.
    const regularAsked = !analysis.entities.extraordinary && asked.every((m) => m.kind === undefined || m.kind === 'meeting');
    // An ordinal counting no event ("Iraq was the second in the region") names no other one.
    const another = named.some((m) => m.kind !== undefined || asked.some((a) => a.kind === undefined));
    if (namesAsked(ofTheArcp, asked)) fit *= 1.25;
    else if (another || (regularAsked && namesAnExtraordinaryMeeting(tokens))) fit *= 0.5;
  }
  const { from, to } = analysis.time;
  if (from !== undefined || to !== undefined) {
    // A list is of the year its first line names («أبرز ما تضمنه بيان عام 2024»), not of one its items mention
    // («…منذ أكتوبر 2023»): asked the 2023 statement's main points, 2024's led.
    const head = text.includes('\n') ? yearsSaidOf(text.split('\n')[0]!) : [];
    const years = head.length > 0 ? head : yearsSaidOf(text);
    if (years.length > 0 && !years.some((y) => withinRange(y, analysis.time))) fit *= head.length > 0 ? ANOTHER_YEARS_LIST : 0.7;
  }
  return fit;
}

/**
 * The years a sentence is of: not the year a figure is of ("…hosted more than 35 million migrants in 2016":
 * Allali's speech at the July 2017 meeting lost its place to a sentence that only repeated "July 2017"), nor
 * a year aimed at ("…to resettle one million refugees by 2030", «بحلول عام 2030»).
 */
export function yearsSaidOf(text: string): number[] {
  const norm = normalizeForMatch(text);
  return [...norm.matchAll(/(?<!\d|\d\.)((?:19|20)\d\d)(?!\d|\.\d)/g)]
    .filter((m) => !FIGURE_BEFORE.test(norm.slice(Math.max(0, m.index! - 60), m.index)) && !TARGET_BEFORE.test(norm.slice(Math.max(0, m.index! - 20), m.index)))
    .map((m) => Number(m[1]));
}

/** A year aimed at: "by 2030", "until 2030", «بحلول عام 2030», «حتى عام 2030». */
const TARGET_BEFORE = /(?:\b(?:by|until|till)|(?<![\p{L}])(?:بحلول|حتى))\s+(?:(?:the\s+)?(?:end\s+of\s+)?|(?:نهايه\s+)?(?:عام|سنه)\s+)?$/u;

/** A figure in the clause before a year: the year is the figure's («35 مليون مهاجر عام 2016», "26 million … in 2015"). */
const FIGURE_BEFORE = /\d[\d.,]*\s*(?:million|billion|thousand|%|per ?cent|مليون|ملايين|مليار|الف|الاف)(?![\p{L}])[^.;؛]*$/u;

/** The years a sentence speaks of, a span ("2017–2025") with every year in it. */
export function yearsSpoken(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d\d)(?:\s*[–-]\s*((?:19|20)\d\d))?(?!\d)/g)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    for (let y = from; y <= Math.min(to, from + 50); y++) out.add(String(y));
  }
  return [...out];
}
