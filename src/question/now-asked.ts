import { normalizeForMatch } from '../text/normalize.js';

/**
 * Whether a question asks who holds something now: "who is the current director…?", "is she still…?", «من المدير
 * الحالي…؟», «…للحين؟», «لا تزال…؟». The latest record that names a holder answers it, not the best-worded one (a
 * 2019 sentence answered "who is the current director").
 */
const NOW_EN = /\b(?:current|currently|still|now|nowadays|at present|presently|today|these days)\b/;
const NOW_AR = /(?<![\u0621-\u064A])(?:الحالي|الحاليه|حاليا|للحين|لحد الان|لحد الحين|لا يزال|لا تزال|لازال|لازالت|ما زال|ما زالت|مازال|مازالت|الان|هلا|هسه|هسا|دلوقتي|دابا|توا)(?![\u0621-\u064A])/u;

export function asksNow(question: string): boolean {
  const text = normalizeForMatch(question);
  return NOW_EN.test(text) || NOW_AR.test(text);
}
