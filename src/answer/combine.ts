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

/**
 * One reply to a letter that asks several questions: each answer under the asker's own label, in the
 * asker's order, a question with nothing on record said to be so. Citations are numbered once for the
 * whole reply, one per document, so a document cited in two answers keeps one number.
 */
export function combineAnswers(parts: readonly PartAnswer[], lang: Lang, options: { labels?: boolean } = {}): CombinedAnswer {
  const labelled = (label: string, text: string) => (options.labels === false ? text : `**${label}.** ${text}`);
  const byDocument = new Map<string, Citation>();
  // Quotes already shown, by passage and text, with the label of the part that showed them.
  const shown = new Map<string, string>();
  const sections = parts.map((part) => {
    const answer = part.answer;
    if (!answer || answer.citations.length === 0) return labelled(part.label, renderTemplate('no-position-part', lang));
    // "…and when was it held?" answered by the very quotes of the part before: said once, pointed to after.
    const keys = answer.citations.flatMap((c) => (c.quotes ?? []).map((q) => `${q.passageId}\n${q.text}`));
    const earlier = keys.length > 0 && keys.every((k) => shown.has(k)) ? shown.get(keys[0]!) : undefined;
    if (earlier) return labelled(part.label, renderTemplate('answered-above-part', lang, { label: earlier }));
    for (const k of keys) if (!shown.has(k)) shown.set(k, part.label);
    const renumber = new Map<number, number>();
    for (const c of answer.citations) {
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
    const text = answer.text.replace(/\[(\d+)\]/g, (m, n: string) => (renumber.has(Number(n)) ? `[${renumber.get(Number(n))}]` : m));
    return labelled(part.label, text);
  });
  const answered = parts.filter((p) => p.answer && p.answer.citations.length > 0);
  return {
    text: sections.join('\n\n'),
    citations: [...byDocument.values()],
    partial: answered.length < parts.length || answered.some((p) => p.answer!.coverage === 'partial'),
    confidence: Math.max(0, ...answered.map((p) => p.answer!.confidence)),
  };
}
