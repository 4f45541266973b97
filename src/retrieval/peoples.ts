import { stateOfPeople } from '../answer/countries.js';
import type { AnalyzeOptions } from '../text/analyze.js';
import { isArabicWord } from '../text/tokenize.js';
import { contentTokens, type Token } from './translate.js';

/**
 * A people read as its state for the decision to answer: "How many Syrian refugees did the 2020 statement
 * mention?" is answered by "Syria … accounts for about 13.2 million refugees", and «اللاجئين السوريين» by
 * «سوريا»; the glossary phrase "Syrian refugees" held in no passage and vetoed the answer. The state's
 * one-word name counts as the word itself, as a verb written without its ending does; ranking
 * still prefers the people's own name.
 */
export function withStateOfPeople(t: Token, opts: AnalyzeOptions): Token {
  const state = stateOfPeople(t.text);
  if (!state) return t;
  // The name in the word's own script: the other's would count the passages of both languages as the word's.
  const name = isArabicWord(t.text) ? state[1] : state[0];
  const names = /\s/.test(name) ? [] : contentTokens(name, opts).flatMap((n) => n.readings);
  const fresh = names.filter((r) => !t.readings.includes(r) && !t.unended?.includes(r));
  return fresh.length > 0 ? { ...t, unended: [...(t.unended ?? []), ...fresh] } : t;
}
