import type { Passage } from '../ingest/types.js';
import { wordTermGroups } from '../text/analyze.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import type { FieldIndex } from './field-index.js';
import type { SearchFilters } from './types.js';
import { timeRange } from '../question/time-range.js';

/** A name under which a question may mention a forum, e.g. "World Refugee Day" or اليوم العالمي للاجئين → WRD. */
export interface ForumAlias {
  forum: string;
  /** Normalised phrase (see `phraseKey`). */
  phrase: string;
}

/** Normalised text with single spaces between words and around it, for whole-word phrase search. */
export function phraseKey(text: string): string {
  return ` ${normalizeForMatch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

const YEAR = String.raw`((?:19|20)\d\d)`;
const SEP = String.raw`[\s,،]+`;
const AS_OF = new RegExp(String.raw`(?:as of|as at|by the end of|لغايه)(?:${SEP}(?:عام|سنه|نهايه عام|the year|end of))?${SEP}${YEAR}`, 'u');

/**
 * Years a question limits itself to (question/time-range.ts: "since 2018" is 2018 onwards, "last year" is
 * counted from `now`); "as of 2021" asks for the position at that date, a strict filter.
 */
export function yearFilters(question: string, now = new Date()): SearchFilters {
  const asOf = AS_OF.exec(normalizeForMatch(question));
  if (asOf && Number(asOf[1]) <= now.getUTCFullYear() + 1) return { asOf: `${asOf[1]}-12-31` };
  const { from, to } = timeRange(question, now);
  return { ...(from !== undefined ? { yearFrom: from } : {}), ...(to !== undefined ? { yearTo: to } : {}) };
}

/** Forums the question names, by code ("GCR") or by any alias phrase, as whole words. */
export function forumFilters(question: string, aliases: readonly ForumAlias[]): SearchFilters {
  // «…بين الاتفاق العالمي للهجرة والاتفاق العالمي بشأن اللاجئين»: the second name carries «و».
  const text = phraseKey(question).replace(/ و(?=ال)/gu, ' ');
  const forums = new Set<string>();
  for (const a of aliases) if (a.phrase.trim() && text.includes(a.phrase)) forums.add(a.forum);
  return forums.size > 0 ? { forums: [...forums].sort() } : {};
}

export function questionFilters(question: string, aliases: readonly ForumAlias[], now = new Date()): SearchFilters {
  return { ...yearFilters(question, now), ...forumFilters(question, aliases) };
}

/** Stem readings of each word of a phrase, to test with the index whether a passage contains them all. */
export function phraseWords(phrase: string): string[][] {
  return wordTermGroups(tokenize(phrase));
}

/**
 * Years and forums read from a question are looser than explicit filters: "how many refugees were there
 * in 2020" is answered by a 2022 report that mentions 2020. A passage passes when its document is dated
 * (or tagged) accordingly, or when the passage itself mentions the year (or a name of the forum). The
 * mention test asks the word index, so no passage text is re-read at query time.
 */
export function textConstraint(
  read: SearchFilters,
  aliases: readonly ForumAlias[],
  words: FieldIndex,
): (p: Passage, id: number) => boolean {
  const { yearFrom, yearTo, forums } = read;
  const years = yearFrom !== undefined || yearTo !== undefined;
  const from = yearFrom ?? 1945;
  const to = Math.min(yearTo ?? 2100, from + 200);
  const phrases = aliases.filter((a) => forums?.includes(a.forum)).map((a) => phraseWords(a.phrase));
  if (!years && phrases.length === 0) return () => true;
  const has = (readings: string[], id: number) => readings.some((r) => words.contains(r, id));
  return (p, id) => {
    if (years && !yearMatches(p, id, from, to, words)) return false;
    if (phrases.length === 0 || p.meta.forum.some((f) => forums!.includes(f))) return true;
    return phrases.some((ph) => ph.every((readings) => has(readings, id)));
  };
}

function yearMatches(p: Passage, id: number, from: number, to: number, words: FieldIndex): boolean {
  const docYear = Number.parseInt(p.meta.date.slice(0, 4), 10);
  if (docYear >= from && docYear <= to) return true;
  for (let y = from; y <= to; y++) if (words.contains(String(y), id)) return true;
  return false;
}
