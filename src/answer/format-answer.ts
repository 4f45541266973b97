import type { Citation, CitedQuote, Lang } from '../channel/types.js';
import { titleIn, type Passage } from '../ingest/types.js';
import { detectLang } from '../text/lang.js';
import { normalizeForMatch } from '../text/normalize.js';
import { YEAR } from '../question/months.js';
import { quoteYear } from './document-facts.js';
import { provenanceOf, sourceKindOf } from './provenance.js';
import { renderTemplate } from '../replies/templates.js';
import { pageSpanOf } from '../replies/page-label.js';
import type { Span } from './units.js';
import { verifyQuote } from './verify-quote.js';

/** One paragraph of an answer: a quote (one or more exact spans shown together) with an optional label. */
export interface AnswerBlock {
  spans: Span[];
  /** Shown before the quote: what is compared ("10th regular meeting"), or a date. */
  label?: string;
}

export interface FormatOptions {
  lang: Lang;
  /** The answer's paragraphs in the order shown; the first is the lead. */
  blocks: AnswerBlock[];
  /** Notes of absence about what was asked: shown last, after saying the rest is not on record. */
  gaps?: AnswerBlock[];
  /** Prefix each quote with its document's year when the quotes come from documents of several years. */
  dateWhenMixed?: boolean;
  /** With no block to quote, the notes of absence alone make the answer (a partial one). */
  gapsAlone?: boolean;
  /** An LLM's synthesis shown first (already checked), given the citation number of each quoted passage. */
  lead?: (numberOf: (passageId: string) => number | undefined) => string;
}

export interface FormattedAnswer {
  text: string;
  citations: Citation[];
  coverage: 'full' | 'partial';
}

/**
 * Lays an answer out: the lead first, then the supporting quotes, then what is not on record. Citations
 * are one per document, numbered in reading order, each holding that document's quotes. Any span that does
 * not verify against its passage is dropped here, at the last step before text is shown, so that no
 * composer can bypass the check.
 */
export function formatAnswer(opts: FormatOptions): FormattedAnswer {
  const verified = (b: AnswerBlock) => ({ ...b, spans: b.spans.filter((s) => verifyQuote(s.text, s.passage.text)) });
  const blocks = opts.blocks.map(verified).filter((b) => b.spans.length > 0);
  const gaps = (opts.gaps ?? []).map(verified).filter((b) => b.spans.length > 0);
  // Nothing to quote: only what the record says it lacks ("no WRD statement for 2022 was found"), if anything.
  if (blocks.length === 0 && (gaps.length === 0 || !opts.gapsAlone)) return { text: '', citations: [], coverage: 'full' };
  const citations = new Citations(opts.lang);
  const years = new Set(blocks.map(blockYear));
  const dated = opts.dateWhenMixed !== false && years.size > 1;
  const paragraphs: string[] = [];
  blocks.forEach((b, i) => {
    // A side of a comparison with two quotes is named once, its second quote on the next line.
    if (b.label && b.label === blocks[i - 1]?.label) paragraphs[paragraphs.length - 1] += `\n${citations.paragraph({ spans: b.spans }, false)}`;
    else paragraphs.push(citations.paragraph(b, dated));
  });
  const lead = opts.lead?.((id) => citations.numberOfPassage(id));
  if (lead) paragraphs.unshift(lead);
  if (gaps.length > 0) paragraphs.push([renderTemplate('answer-partial', opts.lang), ...gaps.map((g) => citations.paragraph(g, false))].join('\n'));
  const list = citations.list();
  if (list.some((c) => c.lang !== opts.lang)) paragraphs.push(renderTemplate('answer-other-language', opts.lang));
  return { text: paragraphs.join('\n\n'), citations: list, coverage: gaps.length > 0 ? 'partial' : 'full' };
}

/**
 * The year a block's quote speaks of. A reference document's sentence that names no year of its own ("The
 * GFMD is … a process holding annual summits") speaks of none: the year the reference was dated is not its.
 */
function blockYear(block: AnswerBlock): number | undefined {
  const text = block.spans.map((s) => s.text).join(' ');
  const { meta, heading } = block.spans[0]!.passage;
  if (meta.type === 'reference' && !YEAR.test(normalizeForMatch(`${text} ${heading ?? ''}`))) return undefined;
  return quoteYear(text, meta, heading);
}

/** Citations numbered per document in the order documents are first quoted. */
class Citations {
  private readonly byDocument = new Map<string, Citation>();

  constructor(private readonly lang: Lang) {}

  paragraph(block: AnswerBlock, dated: boolean): string {
    const first = block.spans[0]!.passage;
    const citation = this.cite(first, block.spans);
    const label = block.label ?? (dated ? String(blockYear(block) ?? '') : '');
    const quote = `«${block.spans.map((s) => s.text).join('\n')}» [${citation.n}]`;
    return label ? `${label} — ${quote}` : quote;
  }

  numberOfPassage(passageId: string): number | undefined {
    return [...this.byDocument.values()].find((c) => c.passageId === passageId || c.quotes?.some((q) => q.passageId === passageId))?.n;
  }

  list(): Citation[] {
    return [...this.byDocument.values()];
  }

  private cite(passage: Passage, spans: readonly Span[]): Citation {
    const quotes: CitedQuote[] = spans.map((s) => ({ text: s.text, passageId: s.passage.id, ...pageSpanOf(s.passage) }));
    const existing = this.byDocument.get(passage.documentId);
    if (existing) {
      existing.quotes = [...(existing.quotes ?? []), ...quotes];
      return existing;
    }
    const { meta } = passage;
    const url = meta.sources[0];
    const citation: Citation = {
      n: this.byDocument.size + 1,
      documentId: passage.documentId,
      passageId: passage.id,
      title: titleIn(meta, this.lang),
      date: meta.date,
      url,
      quote: quotes[0]!.text,
      quotes,
      lang: passage.lang,
      // The corpus names meetings in English ("9th regular meeting"); an Arabic reader has the Arabic title.
      ...(meta.meeting && detectLang(meta.meeting) === this.lang ? { meeting: meta.meeting } : {}),
      provenance: provenanceOf(meta),
      sourceKind: sourceKindOf(url),
    };
    this.byDocument.set(passage.documentId, citation);
    return citation;
  }
}
