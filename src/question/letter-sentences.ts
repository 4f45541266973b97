/**
 * A sentence with its closing marks, and the quotation mark that closes on it ('…asked: "Where was it held?" Could you
 * help?'); or a line with no mark, which ends at its line's end (a question typed without one, then a signature).
 */
const SENTENCE = /[^.!?؟\n]+(?:[.!?؟]+["”»’')]*|(?=\n)|$)/gu;
/**
 * A period that ends no sentence: "decision No. 7833", "no. of pledges", "Mr. Aboul Gheit", "e.g. the GCM", "how many
 * member states acc. to IOM?" (split there, "to IOM?" was the question).
 */
const ABBREVIATION_DOT = /\b(No|no|Nos|nos|Mr|Mrs|Ms|Dr|St|vs|approx|e\.g|i\.e|acc|incl|esp|resp|re)\.(?=\s)/g;
/** Stands in for such a period while the text is cut into sentences. */
const HELD_DOT = '\u2024';

/** The sentences of a letter's text, each with its closing mark. */
export function sentencesOf(text: string): string[] {
  // (Nor does a point between digits: "SDG target 10.7", "41.4 million".)
  const held = text.replace(ABBREVIATION_DOT, `$1${HELD_DOT}`).replace(/(?<=\d)\.(?=\d)/g, HELD_DOT);
  return (held.match(SENTENCE) ?? []).map((s) => s.replaceAll(HELD_DOT, '.'));
}
