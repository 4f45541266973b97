import type { PageStart } from './extract/types.js';

/** From character `at` of a block's text on, the text is on `page`. Kept in order of `at`. */
export interface PageMark {
  at: number;
  page: number;
}

/** The pages a passage's text is on: the first, and the last when it runs onto another. */
export interface PassagePages {
  page?: number;
  lastPage?: number;
}

/** A mark at `at` if the page is known (PDFs), none otherwise. */
export function markAt(at: number, page: number | undefined): PageMark[] {
  return page === undefined ? [] : [{ at, page }];
}

export function shiftMarks(marks: readonly PageMark[], by: number): PageMark[] {
  return marks.map((m) => ({ at: m.at + by, page: m.page }));
}

/** The pages of the characters [start, end) of a block's text; nothing when the block has no marks. */
export function pagesOf(marks: readonly PageMark[], start: number, end: number): PassagePages {
  if (marks.length === 0) return {};
  const at = (x: number) => marks.reduce((page, m) => (m.at <= x ? m.page : page), marks[0]!.page);
  const first = at(start);
  const last = at(Math.max(start, end - 1));
  return last > first ? { page: first, lastPage: last } : { page: first };
}

/** Reads page starts in order: the page of each offset asked, offsets asked in increasing order. */
export function pageCursor(starts: readonly PageStart[] | undefined): (offset: number) => number | undefined {
  if (!starts || starts.length === 0) return () => undefined;
  let i = 0;
  return (offset) => {
    while (i + 1 < starts.length && starts[i + 1]!.offset <= offset) i++;
    return starts[i]!.page;
  };
}
