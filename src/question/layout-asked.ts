import { normalizeForMatch } from '../text/normalize.js';
import { isQueryNoise } from '../text/query-noise.js';
import { isStopword } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import { EVOLUTION_CUES } from './change-cues.js';

/** Words that only ask for an order, beside a cue of one ("…in chronological order, please"). */
const ORDER_WORDS = /\b(?:in\s+(?:chronological\s+|date\s+)?order|one\s+by\s+one)\b/gu;
/** The cues, to be taken out wherever they stand. */
const CUES = EVOLUTION_CUES.map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`));

/**
 * A sentence that only says how to lay the answer out, as a timeline: "Please give it year by year.", «أريد المحطات
 * بالترتيب.», "Give me the milestones in chronological order." It asks nothing of its own, and every word but its
 * cue frames.
 */
export function asksForATimelineOnly(sentence: string): boolean {
  const norm = normalizeForMatch(sentence);
  if (/[?؟]/u.test(sentence) || !EVOLUTION_CUES.some((re) => re.test(norm))) return false;
  const rest = CUES.reduce((t, re) => t.replace(re, ' '), norm).replace(ORDER_WORDS, ' ');
  return tokenize(rest).every((t) => isStopword(t) || isQueryNoise(t));
}

/**
 * "How did the ARCP follow the GCM from 2018 to 2024? I want the milestones in order.": the question with the way it
 * wants its answer laid out, read as one. Apart, the question was answered as a lead and a few quotes, and the
 * sentence was left out (Arabic) or asked as a second question of nothing (English).
 */
export function withLayoutJoined(sentences: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const before = out.at(-1);
    if (before !== undefined && /[?؟]\s*$/u.test(before) && asksForATimelineOnly(s)) {
      const mark = /؟\s*$/u.test(before) ? '؟' : '?';
      const asked = s.trim().replace(/[.!]+$/u, '').replace(/^[A-Z](?=[a-z])/u, (c) => c.toLowerCase());
      out[out.length - 1] = `${before.replace(/[?؟]\s*$/u, '')}${mark === '؟' ? '،' : ','} ${asked}${mark}`;
    } else out.push(s);
  }
  return out;
}
