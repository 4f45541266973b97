import { titleIn } from '../ingest/types.js';
import { anyMatch, arabicWords, englishWords } from '../question/cues.js';
import type { QuestionAnalysis } from '../question/types.js';
import { normalizeForMatch } from '../text/normalize.js';
import { unitYear } from './document-facts.js';
import { unitPassage, unitText, type Unit } from './units.js';

/**
 * The days on which the League or the ARCP issues a statement every year, by the words that name them (after
 * «لـ» the article loses its alef: «لليوم العالمي…»).
 * A statement of one day is no statement of another issued the same year (the Arab Expatriate Day statement
 * of 4 December 2019 is not the International Migrants Day statement of 2019, which is not on record).
 */
const OCCASIONS: ReadonlyArray<readonly [string, readonly RegExp[]]> = [
  ['wrd', [englishWords(['world refugee day', 'wrd']), arabicWords(['اليوم العالمي للاجئين', 'لليوم العالمي للاجئين', 'يوم اللاجئ العالمي'])]],
  ['imd', [englishWords(["international migrants'? day", 'migrants day', 'imd']), arabicWords(['اليوم الدولي للمهاجرين', 'لليوم الدولي للمهاجرين', 'يوم المهاجر الدولي', 'اليوم العالمي للمهاجرين', 'لليوم العالمي للمهاجرين'])]],
  ['expatriate', [englishWords(['arab expatriate day', 'expatriate day']), arabicWords(['يوم المغترب العربي', 'يوم المغترب', 'يوم المغتربين'])]],
];

function occasionsNamed(text: string): string[] {
  const norm = normalizeForMatch(text);
  return OCCASIONS.filter(([, patterns]) => anyMatch(patterns, norm)).map(([key]) => key);
}

/**
 * The days a unit is of: those its section names ("### Arab Expatriate Day"), else those its document's
 * title names (a compilation's title names every day it gathers), and those the unit names itself.
 */
function occasionsOf(unit: Unit): Set<string> {
  const p = unitPassage(unit);
  const section = occasionsNamed(p.heading ?? '');
  const framing = section.length > 0 ? section : occasionsNamed(`${titleIn(p.meta, 'en')}\n${titleIn(p.meta, 'ar')}`);
  return new Set([...framing, ...occasionsNamed(unitText(unit))]);
}

/** The one day and the one year a question asks a statement of, if it names them. */
function occasionAsked(analysis: QuestionAnalysis): { day: string; year: number } | undefined {
  const asked = occasionsNamed(analysis.text);
  const { from, to } = analysis.time;
  // (Not one compared with a numbered meeting: "the 2020 WRD statement vs Abu Ghazaleh at the 9th meeting".)
  const comparedWithAMeeting = analysis.types.includes('compare') && analysis.entities.mentions.some((m) => m.kind);
  return asked.length === 1 && from !== undefined && from === to && !comparedWithAMeeting ? { day: asked[0]!, year: from } : undefined;
}

/** Whether a unit is of that day and that year; a unit that names the year is of it ("no statement for 2022 was found"). */
function ofOccasion(u: Unit, asked: { day: string; year: number }): boolean {
  const ofYear = unitYear(u) === asked.year || new RegExp(`(?<!\\d)${asked.year}(?!\\d)`).test(normalizeForMatch(unitText(u)));
  return ofYear && occasionsOf(u).has(asked.day);
}

/**
 * "What did the League's International Migrants Day statement of 2019 say?", «بيان اليوم العالمي للاجئين
 * لعام 2016»: one day's statement of one year, when no unit read is of that day and that year. Another
 * statement of the year (the 2016 final statement; the Arab Expatriate Day statement of December 2019) was
 * given as its content.
 */
export function askedOccasionMissing(analysis: QuestionAnalysis, units: readonly Unit[]): boolean {
  const asked = occasionAsked(analysis);
  return asked !== undefined && !units.some((u) => ofOccasion(u, asked));
}

/**
 * The units of the day and year asked, when the question names them: a compilation's statements of other
 * days and years ("18 December 2024: …" for Arab Expatriate Day 2019) say nothing of the one asked.
 */
export function ofTheOccasionAsked<T extends { unit: Unit }>(scored: readonly T[], analysis: QuestionAnalysis): readonly T[] {
  const asked = occasionAsked(analysis);
  if (asked) {
    const of = scored.filter((s) => ofOccasion(s.unit, asked));
    return of.length > 0 ? of : scored;
  }
  return ofTheEdgeOccasion(scored, analysis);
}

/**
 * "What was the most recent Arab Expatriate Day statement?", «ما أقدم بيان لليوم العالمي للاجئين؟»: of the units
 * of the day named, those of its newest (or oldest) year. A compilation of several days and years is one
 * document, whose newest line (International Migrants Day 2025) led.
 */
function ofTheEdgeOccasion<T extends { unit: Unit }>(scored: readonly T[], analysis: QuestionAnalysis): readonly T[] {
  const days = occasionsNamed(analysis.text);
  const { latest, earliest } = analysis.time;
  if (days.length !== 1 || latest === earliest) return scored;
  // Lines that date themselves: "the LAS issues a statement every year…" is of every year, not its file's.
  const of = scored.filter((s) => !s.unit.note && occasionsOf(s.unit).has(days[0]!) && unitYear(s.unit) !== undefined && /(?<!\d)(?:19|20)\d\d(?!\d)/.test(normalizeForMatch(unitText(s.unit))));
  if (of.length === 0) return scored;
  const years = of.map((s) => unitYear(s.unit)!);
  const edge = latest ? Math.max(...years) : Math.min(...years);
  return of.filter((s) => unitYear(s.unit) === edge);
}
