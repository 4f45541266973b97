import type { Lang } from '../channel/types.js';
import type { Passage } from '../ingest/types.js';
import type { ScoredPassage } from '../retrieval/types.js';

export interface SelectOptions {
  lang: Lang;
  maxPassages: number;
  /** Passages scoring below this share of the best score are not quoted. */
  minRelative?: number;
  /** A passage in the other language must beat one in the asker's language by this factor to rank above it. */
  otherLangPenalty?: number;
}

export interface RankedPassage extends ScoredPassage {
  /** Score relative to the best passage, after the language preference, in [0, 1]. */
  relative: number;
  rank: number;
}

/**
 * Picks the passages to quote: the best ones, preferring the asker's language when scores are close, and
 * never both languages of the same document (the other-language passage is then a translation).
 */
export function selectPassages(passages: readonly ScoredPassage[], opts: SelectOptions): RankedPassage[] {
  if (passages.length === 0) return [];
  const penalty = opts.otherLangPenalty ?? 0.85;
  const top = Math.max(...passages.map((p) => p.score));
  const relativeOf = (p: ScoredPassage, i: number) => (top > 0 ? Math.max(0, p.score) / top : 1 / (1 + i));
  const ranked = passages
    .map((p, i) => ({ ...p, relative: relativeOf(p, i) * (p.passage.lang === opts.lang ? 1 : penalty), i }))
    .sort((a, b) => b.relative - a.relative || a.i - b.i)
    .filter((p, i) => i === 0 || p.relative >= (opts.minRelative ?? 0.35));
  const askerLangDocs = new Set(ranked.filter((p) => p.passage.lang === opts.lang).map((p) => p.passage.documentId));
  const seen = new Set<string>();
  return ranked
    .filter((p) => p.passage.lang === opts.lang || !askerLangDocs.has(p.passage.documentId))
    .filter((p) => !seen.has(p.passage.id) && seen.add(p.passage.id))
    .slice(0, opts.maxPassages)
    .map(({ i: _i, ...p }, rank) => ({ ...p, rank }));
}

/**
 * The passage in `lang` that translates a passage of a bilingual document: the two halves follow the same
 * order, so the twin sits at the same relative place in the other half. Undefined when the document has
 * no text in `lang`.
 */
export function twinPassage(p: Passage, documentPassages: readonly Passage[], lang: Lang): Passage | undefined {
  if (p.lang === lang) return p;
  const own = documentPassages.filter((x) => x.lang === lang).sort((a, b) => a.n - b.n);
  const other = documentPassages.filter((x) => x.lang === p.lang).sort((a, b) => a.n - b.n);
  if (own.length === 0) return undefined;
  const at = Math.max(0, other.findIndex((x) => x.id === p.id));
  return own[Math.min(own.length - 1, Math.round((at * (own.length - 1)) / Math.max(1, other.length - 1)))];
}
