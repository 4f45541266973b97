import type { Citation, Lang } from '../channel/types.js';
import { renderTemplate } from '../replies/templates.js';
import type { ComposedAnswer } from './types.js';

/** The answer to one question of a message that asked several. */
export interface PartAnswer {
  /** The label the asker gave the question ("2", "(b)", «ثانياً»), or its place in the message. */
  label: string;
  /** Undefined when the corpus holds nothing that answers this question. */
  answer?: ComposedAnswer;
}

export interface CombinedAnswer {
  text: string;
  citations: Citation[];
  /** Some question was not answered, or answered only in part. */
  partial: boolean;
  confidence: number;
}

/** "(1)", "1)", "a." as the letter wrote them, shown as "1", "a" ("**(1).**" read badly). */
const shownLabel = (label: string) => label.replace(/^\(|[).:]$/g, '');

/**
 * One reply to a letter that asks several questions: each answer under the asker's own label, in the
 * asker's order, a question with nothing on record said to be so. Citations are numbered once for the
 * whole reply, one per document, so a document cited in two answers keeps one number.
 */
export function combineAnswers(parts: readonly PartAnswer[], lang: Lang, options: { labels?: boolean } = {}): CombinedAnswer {
  // (Two asks of one item, "2. Who opened it, and who spoke for UNHCR?", are answered in turn under its one label.)
  const labelled = (label: string, text: string, i: number) => (options.labels === false || parts[i - 1]?.label === label ? text : `**${shownLabel(label)}.** ${text}`);
  const byDocument = new Map<string, Citation>();
  // Quotes already shown, by passage and text, with the label of the part that showed them.
  const shown = new Map<string, string>();
  const shownTexts = new Map<string, string>();
  const sections = parts.map((part, i) => {
    const answer = part.answer;
    if (!answer || answer.citations.length === 0) return labelled(part.label, renderTemplate('no-position-part', lang), i);
    // "…and when was it held?" answered by the very quotes of the part before: said once, pointed to after.
    const keys = answer.citations.flatMap((c) => (c.quotes ?? []).map((q) => `${q.passageId}\n${q.text}`));
    // (Not when it names the record its quote is from, which the part asks: "…, and on what occasion?" is answered by
    // the title of the statement on International Migrants Day over the quote shown under 1.)
    const namesItsRecord = TITLED.test(answer.text);
    const earlier = keys.length > 0 && keys.every((k) => shown.has(k)) && !namesItsRecord ? shown.get(keys[0]!) : undefined;
    if (earlier) return labelled(part.label, renderTemplate('answered-above-part', lang, { label: earlier }), i);
    const fresh = withoutQuotesShown(answer, shownTexts, { lang, pointer: options.labels !== false });
    for (const k of keys) if (!shown.has(k)) shown.set(k, shownLabel(part.label));
    for (const c of answer.citations) for (const q of c.quotes ?? []) if (!shownTexts.has(q.text)) shownTexts.set(q.text, shownLabel(part.label));
    const renumber = new Map<number, number>();
    for (const c of fresh.citations) {
      const existing = byDocument.get(c.documentId);
      if (existing) {
        existing.quotes = [...(existing.quotes ?? []), ...(c.quotes ?? [])];
        renumber.set(c.n, existing.n);
      } else {
        const n = byDocument.size + 1;
        byDocument.set(c.documentId, { ...c, n, quotes: [...(c.quotes ?? [])] });
        renumber.set(c.n, n);
      }
    }
    const text = fresh.text.replace(/\[(\d+)\]/g, (m, n: string) => (renumber.has(Number(n)) ? `[${renumber.get(Number(n))}]` : m));
    return labelled(part.label, text, i);
  });
  const answered = parts.filter((p) => p.answer && p.answer.citations.length > 0);
  return {
    text: sections.join('\n\n'),
    citations: [...byDocument.values()],
    partial: answered.length < parts.length || answered.some((p) => p.answer!.coverage === 'partial'),
    confidence: Math.max(0, ...answered.map((p) => p.answer!.confidence)),
  };
}

/** An answer shown under its record's title and year: "**LAS General Secretariat statement on…** (2018) — «…»". */
const TITLED = /^\*\*[^*\n]+\*\* \([^)\n]+\) — «/;

/** A paragraph that is one quote and its citation marks, perhaps after a date ("2014 — «…» [1]"). */
const QUOTE_PARAGRAPH = /^(?:[^«»\n]{1,40} — )?«([^«»]+)»(?: \[\d+\])+$/;

/**
 * A part's answer without the quotes an earlier part already showed: the reader has just read them. When the
 * part's first quote goes, a line says where it stands, if the parts are labelled (one answer read as a whole,
 * a correction then what was asked, has no label to point to); a heading left with no quote under it goes too.
 */
function withoutQuotesShown(answer: ComposedAnswer, shownTexts: ReadonlyMap<string, string>, how: { lang: Lang; pointer: boolean }): Pick<ComposedAnswer, 'text' | 'citations'> {
  const paragraphs = answer.text.split(/\n\s*\n/);
  const repeatOf = (p: string) => shownTexts.get(QUOTE_PARAGRAPH.exec(p.trim())?.[1] ?? '');
  const dropped = paragraphs.map((p) => repeatOf(p) !== undefined);
  if (!dropped.some(Boolean) || dropped.every(Boolean)) return answer;
  // A heading stays while some quote under it (up to the next heading) stays.
  const emptyHeading = (i: number) => {
    const next = paragraphs.findIndex((p, j) => j > i && (!dropped[j] || isHeading(p)));
    return next < 0 || isHeading(paragraphs[next]!);
  };
  const kept = paragraphs.filter((p, i) => !dropped[i] && !(isHeading(p) && emptyHeading(i)));
  if (dropped[0] && how.pointer) kept.unshift(renderTemplate('shown-above-part', how.lang, { label: repeatOf(paragraphs[0]!)! }));
  const droppedTexts = new Set(paragraphs.filter((_, i) => dropped[i]).map((p) => QUOTE_PARAGRAPH.exec(p.trim())![1]!));
  const citations = answer.citations
    .map((c) => ({ ...c, quotes: (c.quotes ?? []).filter((q) => !droppedTexts.has(q.text)) }))
    .filter((c) => c.quotes.length > 0)
    .map((c) => ({ ...c, passageId: c.quotes[0]!.passageId, quote: c.quotes[0]!.text }));
  return { text: kept.join('\n\n'), citations };
}

const isHeading = (paragraph: string) => /:\s*$/.test(paragraph.trim()) && !paragraph.includes('«');
