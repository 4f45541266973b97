import type { Citation, Lang } from '../channel/types.js';
import { label } from './labels.js';

/** Where a passage or a quote is in a PDF: the page it begins on, and the last when that is another. */
export interface PageSpan {
  page?: number;
  lastPage?: number;
}

const FSI = '\u2068';
const PDI = '\u2069';

/** The page fields of a passage, only those it has (nothing for a document without pages). */
export function pageSpanOf(p: PageSpan): PageSpan {
  if (p.page === undefined) return {};
  return p.lastPage === undefined || p.lastPage === p.page ? { page: p.page } : { page: p.page, lastPage: p.lastPage };
}

/**
 * The pages of some quotes as a reader cites them: `p. 3`, `pp. 3–4`, `pp. 3, 7`; in Arabic `ص 3`,
 * `ص 3–4`. A range is isolated (FSI … PDI) so that in a right-to-left line it keeps its order, as dates
 * and Latin runs are (see adapters/slack/bidi.ts). Undefined when no quote has a page.
 */
export function pagesLabel(spans: readonly PageSpan[], lang: Lang): string | undefined {
  const seen = new Map<string, number>();
  for (const s of spans) {
    if (s.page === undefined) continue;
    const range = s.lastPage !== undefined && s.lastPage !== s.page ? `${s.page}–${s.lastPage}` : String(s.page);
    seen.set(range, s.page);
  }
  if (seen.size === 0) return undefined;
  const ranges = [...seen].sort((a, b) => a[1] - b[1]).map(([r]) => r);
  const many = ranges.length > 1 || ranges[0]!.includes('–');
  if (lang === 'en') return `${label(lang, many ? 'pages' : 'page')} ${ranges.join(', ')}`;
  return `${label(lang, many ? 'pages' : 'page')} ${ranges.map((r) => (r.includes('–') ? `${FSI}${r}${PDI}` : r)).join('، ')}`;
}

/** The pages of a cited document's quotes, in the reply's language. */
export function citationPages(c: Pick<Citation, 'quotes'>, lang: Lang): string | undefined {
  return pagesLabel(c.quotes ?? [], lang);
}
