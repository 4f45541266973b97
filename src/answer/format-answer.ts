import type { Citation, Lang } from '../channel/types.js';
import { titleIn, type DocumentMeta, type Passage } from '../ingest/types.js';
import { detectLang } from '../text/lang.js';
import { renderTemplate } from '../replies/templates.js';
import { byDateAscending } from './timeline.js';
import { verifyQuote } from './verify-quote.js';

/** One quote to show: an exact span of a passage. `rank` orders documents (lower first). */
export interface QuoteItem {
  passage: Passage;
  quote: string;
  rank: number;
  /** Place of the quote inside its passage, to keep document order within a group. */
  start: number;
}

export interface FormatOptions {
  lang: Lang;
  timeline: boolean;
  /**
   * Text shown between the header and the quotes (an LLM's synthesis, already checked), given the
   * citation number of each quoted passage.
   */
  lead?: (numberOf: (passageId: string) => number | undefined) => string;
}

export interface FormattedAnswer {
  text: string;
  citations: Citation[];
}

interface Group {
  meta: DocumentMeta;
  rank: number;
  items: QuoteItem[];
}

/**
 * Lays quotes out grouped by document (best first, or oldest first for a timeline), numbers citations in
 * reading order, and drops any quote that does not verify against its passage: that check sits here, at
 * the last step before text is shown, so no composer can bypass it.
 */
export function formatAnswer(items: readonly QuoteItem[], opts: FormatOptions): FormattedAnswer {
  const groups = groupByDocument(items.filter((it) => verifyQuote(it.quote, it.passage.text)));
  if (groups.length === 0) return { text: '', citations: [] };
  const ordered = opts.timeline ? byDateAscending(groups, (g) => g.meta.date) : groups.sort((a, b) => a.rank - b.rank);
  const citations: Citation[] = [];
  const blocks: string[] = [];
  for (const group of ordered) {
    const lines = [`**${groupHeading(group.meta, opts)}**`];
    for (const item of group.items) {
      const citation = toCitation(item, citations.length + 1, opts.lang);
      citations.push(citation);
      lines.push(`«${citation.quote}» [${citation.n}]`);
    }
    blocks.push(lines.join('\n'));
  }
  return { text: [headerLines(citations, opts), ...blocks].join('\n\n'), citations };
}

function groupByDocument(items: readonly QuoteItem[]): Group[] {
  const byDoc = new Map<string, Group>();
  for (const item of items) {
    const group = byDoc.get(item.passage.documentId) ?? { meta: item.passage.meta, rank: item.rank, items: [] };
    group.rank = Math.min(group.rank, item.rank);
    if (!group.items.some((x) => x.passage.id === item.passage.id && x.quote === item.quote)) group.items.push(item);
    byDoc.set(item.passage.documentId, group);
  }
  for (const group of byDoc.values()) group.items.sort((a, b) => a.passage.n - b.passage.n || a.start - b.start);
  return [...byDoc.values()];
}

function groupHeading(meta: DocumentMeta, opts: FormatOptions): string {
  const title = titleIn(meta, opts.lang);
  // Meeting names are recorded in English; an Arabic heading relies on the title, which names the meeting.
  const meeting = meta.meeting && detectLang(meta.meeting) === opts.lang ? meta.meeting : undefined;
  if (opts.timeline) return [meta.date, title, meeting].filter(Boolean).join(' — ');
  const when = [meeting, meta.date].filter(Boolean).join(opts.lang === 'ar' ? '، ' : ', ');
  return when ? `${title} — ${when}` : title;
}

function headerLines(citations: readonly Citation[], opts: FormatOptions): string {
  const lines = [renderTemplate('answer-header', opts.lang, { count: String(citations.length) })];
  if (citations.some((c) => c.lang !== opts.lang)) lines.push(renderTemplate('answer-other-language', opts.lang));
  const lead = opts.lead?.((id) => citations.find((c) => c.passageId === id)?.n);
  if (lead) lines.push('', lead);
  return lines.join('\n');
}

function toCitation(item: QuoteItem, n: number, lang: Lang): Citation {
  const { meta } = item.passage;
  return {
    n,
    documentId: item.passage.documentId,
    passageId: item.passage.id,
    title: titleIn(meta, lang),
    date: meta.date,
    url: meta.sources[0],
    quote: item.quote,
    lang: item.passage.lang,
    meeting: meta.meeting,
  };
}
