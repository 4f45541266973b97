import type { Token } from './tokens.js';

const SENTENCE_END = new Set(['.', '،', '؛', ':', '!', '؟', '?']);

/**
 * The order that reads a line's leading full stop at its end, as positions; undefined when the line does
 * not start with one. A full stop at the start of an Arabic line belongs at its end: in a left-to-right paragraph the
 * paragraph's final mark is laid out on the right, so geometry puts it first (`.تتولى الأمانة …`).
 */
export function leadingStopOrder(tokens: Token[]): number[] | undefined {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (tokens.length < 2 || !first || first.kind !== 'punct' || !SENTENCE_END.has(first.text)) return undefined;
  if (last && SENTENCE_END.has(last.text)) return undefined;
  return [...tokens.keys()].slice(1).concat(0);
}
