import { normalizeForMatch } from '../text/normalize.js';
import { askedTypes } from './question-types.js';

/** "how many objectives & guiding principles does the GCM have?": "&" between words is "and" (not R&D's, unspaced). */
const AMPERSAND = /(?<=[A-Za-z.)]) +& +(?=[A-Za-z(])/g;

/**
 * «الاجتماع التاسع؟ امتى», "9th meeting? when": a chat message whose question word comes after its question
 * mark, which alone asks nothing. The words after it join the question.
 */
const TRAILING = /^([^?؟\n]{1,80})[?؟]\s*([^?؟.!\n]{1,30}?)\s*[?؟]?$/u;
const MAX_TRAILING_WORDS = 3;

function withTrailingWords(text: string): string {
  const m = TRAILING.exec(text.trim());
  if (!m || m[2]!.trim().split(/\s+/).length > MAX_TRAILING_WORDS) return text;
  // Only when the words after it ask and the words before do not ("…held? Thanks" is a question and a thank-you).
  const asks = (words: string) => askedTypes(normalizeForMatch(words)) !== undefined;
  if (asks(m[1]!) || !asks(m[2]!)) return text;
  return `${m[1]!.trim()} ${m[2]!.trim()}${/[\u0600-\u06FF]/u.test(text) ? '؟' : '?'}`;
}

/** A message as typed, read as written out: "&" as "and", question words typed after the question mark. */
export function asTyped(text: string): string {
  return withTrailingWords(text.replace(AMPERSAND, ' and '));
}
