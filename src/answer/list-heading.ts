import { normalizeForMatch } from '../text/normalize.js';
import { isStopword } from '../text/stopwords.js';
import { isArabicWord, tokenize } from '../text/tokenize.js';
import { stemsOf } from './question-terms.js';
import type { Unit } from './units.js';

/** Fewest words of its own a heading has to be the thing asked for, not a word the question happens to share. */
const MIN_HEADING_WORDS = 3;

const contentStems = (text: string) => new Set(tokenize(normalizeForMatch(text)).filter((w) => !isStopword(w)).flatMap(stemsOf));

/** The words that open an ask for things ("which international events…", "list the…", «ما هي الأحداث…»). */
const ASKS_FOR = new Set(['which', 'what', 'list', 'name', 'enumerate', 'ما', 'ماهي', 'اي', 'اذكر', 'شو', 'ايش', 'وش']);
/** Where the things asked for end: a verb, a relative, "of". */
const ENDS_THE_THINGS = new Set(['does', 'do', 'did', 'are', 'were', 'is', 'was', 'has', 'have', 'that', 'which', 'of', 'التي', 'الذي', 'اللي', 'هي', 'هو']);
const MAX_THING_WORDS = 3;

/**
 * The noun of the things a question asks for: the last word after "which" ("international events"), the first
 * after «ما هي» (the Arabic noun before its adjectives).
 */
function thingsAsked(question: string): string | undefined {
  const tokens = tokenize(normalizeForMatch(question));
  const at = tokens.findIndex((t) => ASKS_FOR.has(t));
  if (at < 0) return undefined;
  const words = [];
  for (const t of tokens.slice(at + 1)) {
    if (t === 'the' || t === 'هي') continue;
    if (ENDS_THE_THINGS.has(t) || words.length === MAX_THING_WORDS) break;
    words.push(t);
  }
  return isArabicWord(words[0] ?? '') ? words[0] : words.at(-1);
}

/**
 * A list the question asks for in its heading's own words: "Which international events does the ARCP prepare member
 * states for?" names the deck's list "International events the ARCP prepares for", which is the answer whole (its
 * items one by one, beside other records' lines on preparing, never said all four). The heading holds the things
 * asked for ("…types of documents… to prepare for international events" asks for the types, not the events).
 * The question is read once; the test returned is asked of each unit.
 */
export function headingAskedBy(question: string): (unit: Unit) => boolean {
  const things = thingsAsked(question);
  if (!things) return () => false;
  const thingStems = stemsOf(things);
  const asked = contentStems(question);
  return (unit) => {
    // (A list under a heading of its own; not one after the sentence that announces it, whose words are no heading.)
    if (unit.kind !== 'list' || !unit.parts[0]!.text.includes('\n')) return false;
    const heading = contentStems(unit.parts[0]!.text.split('\n')[0]!);
    if (heading.size < MIN_HEADING_WORDS || !thingStems.some((k) => heading.has(k))) return false;
    return [...heading].every((k) => asked.has(k));
  };
}
