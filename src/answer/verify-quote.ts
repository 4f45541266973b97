import { normalizeForMatch } from '../text/normalize.js';
import { splitSentences } from './sentences.js';

// Typographic variants that copying or a model may change without changing the words.
const QUOTE_MARKS = /[«»“”„‟"'‘’‚‛`´]/g;
const DASHES = /[‐‑‒–—―−]/g;
const ELLIPSIS = /\u2026|\.{3}/;
const EDGE_PUNCTUATION = /^[\s.,،؛;:!?؟()[\]-]+|[\s.,،؛;:!?؟()[\]-]+$/g;

/** The form both sides are compared in: matching normalisation, one space, typographic marks unified. */
export function quoteForm(text: string): string {
  return normalizeForMatch(text).replace(QUOTE_MARKS, '').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
}

/**
 * True when the quote appears in the passage after normalisation (diacritics, letter forms, spacing and
 * quotation marks aside). An ellipsis splits a quote into parts that must all appear, in order. Empty
 * quotes, and parts without a single word, never verify.
 */
export function verifyQuote(quote: string, passageText: string): boolean {
  const source = quoteForm(passageText);
  const parts = quote.split(ELLIPSIS).map((p) => quoteForm(p).replace(EDGE_PUNCTUATION, ''));
  if (parts.every((p) => p === '')) return false;
  let from = 0;
  for (const part of parts) {
    if (part === '') continue;
    if (!/[\p{L}\p{N}]/u.test(part)) return false;
    const at = source.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/**
 * The shortest run of whole sentences of the passage that contains the quote, as written in the passage:
 * what is shown when a model's quote differs from the source only in spelling, spacing or marks.
 */
export function originalSpan(quote: string, passageText: string): { text: string; start: number } | undefined {
  const sentences = splitSentences(passageText);
  for (let len = 1; len <= sentences.length; len++) {
    for (let i = 0; i + len <= sentences.length; i++) {
      const start = sentences[i].start;
      const text = passageText.slice(start, sentences[i + len - 1].end);
      if (verifyQuote(quote, text)) return { text, start };
    }
  }
  return undefined;
}
