import type { Passage } from '../ingest/types.js';
import { namesSeveralEvents, namesSeveralRecords, YEAR } from '../question/events-asked.js';
import { askedTypes } from '../question/question-types.js';
import type { QuestionType } from '../question/types.js';
import { documentMentions, ordinalMentions, sameOrdinal, type OrdinalMention } from '../question/understand.js';
import { tokenize } from '../text/tokenize.js';

/** One thing a comparison names: a numbered meeting, session, forum or review, or a year. */
export type Side = { ordinal: OrdinalMention } | { year: number };


/**
 * The things a comparison sets side by side, when it names two or more by number or by year: "compare the
 * 9th and 10th meetings", «قارن بين بياني 2018 و2024»; and the events a question names by their numbers,
 * three or more ("what did each meeting from the 8th to the 11th focus on?": the 9th was never read). None
 * for any other question. (`asked`: the kinds of answer the question asks, when the caller has read them.)
 */
export function comparisonSides(question: string, asked: readonly QuestionType[] = askedTypes(question) ?? []): Side[] {
  const ordinals = ordinalMentions(tokenize(question));
  if (namesSeveralEvents(ordinals)) return ordinals.map((ordinal) => ({ ordinal }));
  const years = [...new Set([...question.matchAll(YEAR)].map((m) => Number(m[1])))];
  // A change or a fact asked across three records or more named by year or number is read as a comparison of them
  // ("how has the figure changed across WRD 2020, WRD 2021 and the 9th meeting?", "what figures were given in the
  // 2020 WRD statement, at the 2021 WRD event and at the 9th meeting in 2023?"); not one "between 2019 and 2023",
  // the change of one position that the record may lack.
  const across = namesSeveralRecords(question, ordinals);
  if (!asked.includes('compare') && !across) return [];
  if (ordinals.length >= 2) return ordinals.map((ordinal) => ({ ordinal }));
  // (…and a record named by its number beside those named by year is a side of its own: "the 9th meeting in 2023"
  // was held by the 2023 statement's year, and the meeting's own figure was never read.)
  // ("what did the 2020 WRD statement say vs Abu Ghazaleh at the 9th mtg": compared, likewise; read as the 2020
  // statement alone, the 9th meeting's record was filtered out and the question refused.)
  if ((across || years.length >= 1) && ordinals.length === 1) return [{ ordinal: ordinals[0]! }, ...years.map((year) => ({ year }))];
  return years.length >= 2 ? years.map((year) => ({ year })) : [];
}

/** Whether a passage is about one side: by its document's meeting and title, or by its own words. */
export function onSide(passage: Passage, side: Side): boolean {
  if ('year' in side) return passage.meta.date.startsWith(String(side.year));
  const named = documentMentions(passage.meta);
  const own = named.length > 0 ? named : ordinalMentions(tokenize(passage.text));
  return own.some((m) => sameOrdinal(m, side.ordinal));
}

/**
 * The ranked passages with every side of a comparison among the first `limit`: the words of "the 9th and
 * the 10th meetings" matched the 9th meeting's report in every passage, and the 10th was never read. A
 * side missing from the head brings in its best-ranked passage from further down, in place of the last
 * passage of a side already held twice or more.
 */
export function withEverySide<T>(ranked: readonly T[], limit: number, sides: readonly Side[], passageOf: (r: T) => Passage): T[] {
  const head = ranked.slice(0, limit);
  for (const side of sides) {
    // A side is held by its own record first: the chronology's line on the 9th meeting named it, and the
    // 9th meeting's report, which says what it took up, was never read.
    if (head.some((r) => ofOwnRecord(passageOf(r), side))) continue;
    const own = ranked.slice(limit).find((r) => ofOwnRecord(passageOf(r), side));
    if (!own && head.some((r) => onSide(passageOf(r), side))) continue;
    const found = own ?? ranked.slice(limit).find((r) => onSide(passageOf(r), side));
    if (!found) continue;
    const replace = lastReplaceable(head, sides, passageOf);
    if (replace < 0) continue;
    head.splice(replace, 1);
    head.push(found);
  }
  return head;
}

/** Whether a passage is of the record of a numbered event a side names (not a chronology that names it among others). */
export function ofOwnRecord(passage: Passage, side: Side): boolean {
  return 'ordinal' in side && documentMentions(passage.meta).some((m) => sameOrdinal(m, side.ordinal));
}

/** The last passage whose removal leaves every side it is on still held by another. */
function lastReplaceable<T>(head: readonly T[], sides: readonly Side[], passageOf: (r: T) => Passage): number {
  for (let i = head.length - 1; i >= 0; i--) {
    const p = passageOf(head[i]!);
    const alsoHeld = sides.filter((s) => onSide(p, s)).every((s) => head.some((r, j) => j !== i && onSide(passageOf(r), s)));
    if (alsoHeld) return i;
  }
  return -1;
}
