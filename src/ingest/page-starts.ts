import { prepareExtractedText } from './arabic-repair/pipeline.js';
import type { PageStart } from './extract/types.js';

/**
 * Where each page begins in the repaired text. The repair rewrites a text line by line (an Arabic line
 * may become two) and a page always begins a line, so each page start is carried as a line number:
 * counted in the prepared text (page by page, since preparing one page never reaches into the next),
 * then looked up among the repaired lines. Undefined if the lines do not add up: no page is better
 * than a wrong one.
 */
export function pageStartsAfterRepair(before: string, starts: readonly PageStart[], repaired: { text: string; lineStarts: number[] }): PageStart[] | undefined {
  const offsets = lineOffsets(repaired.text);
  const out: PageStart[] = [];
  let line = 0;
  let from = 0;
  for (const start of starts) {
    line += newlines(prepareExtractedText(before.slice(from, start.offset)));
    from = start.offset;
    const offset = offsets[repaired.lineStarts[line] ?? -1];
    if (offset === undefined) return undefined;
    out.push({ offset, page: start.page });
  }
  return out;
}

function newlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function lineOffsets(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}
