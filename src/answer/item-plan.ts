import { isGenericItem, namesItems, type ItemAsked } from '../question/item-asked.js';
import type { AnswerPlan } from './answer-plan.js';
import { byScore } from './supports.js';
import type { ScoredUnit } from './unit-scoring.js';
import type { Span, Unit } from './units.js';

/**
 * "What was the fourth theme of the 2016 statement?", «المحور الرابع لبيان 2016؟»: the item in that place of the list
 * that best answers the question, quoted with the line that announces or heads the list, as one quote. The whole list
 * answered only when the item is the list's first words; the first sentence of the record, never. Undefined when the
 * best list has no item in that place (a fourth asked of three): the answer is then planned as any other.
 */
export function planItem(scored: readonly ScoredUnit[], asked: ItemAsked): AnswerPlan | undefined {
  // The best list whose heading or announcing line names what was asked ("themes", «الأهداف الستة»); for "the third item",
  // "the second point", the best list. (The fifth heading of UNHCR's summary is no fifth type of document.)
  const lists = scored.filter((s) => s.unit.kind === 'list' && !s.unit.note).sort(byScore).map((s) => ({ scored: s, ...itemsOf(s.unit) }));
  const named = lists.find((l) => l.intro !== undefined && namesItems(l.intro.text, asked.noun));
  const chosen = named ?? (isGenericItem(asked.noun) ? lists[0] : undefined);
  if (!chosen) return undefined;
  const { scored: list, intro, items } = chosen;
  const n = asked.rank === 'last' ? items.length : asked.rank;
  const item = items[n - 1];
  if (!item) return undefined;
  const unit: Unit = { kind: 'list', parts: intro ? [intro, item] : [item], order: list.unit.order };
  return { layout: 'lead', quotes: [{ ...list, unit }], gaps: [], item: { n, of: items.length } };
}

/**
 * A list unit's items, a line each, and what introduces them: the sentence that announces the list ("…coordinated an
 * Arab position on the themes of the high-level meeting:"), or the heading the list's first line is.
 */
function itemsOf(unit: Unit): { intro?: Span; items: Span[] } {
  const announced = unit.parts.length > 1 && /[:：]\s*$/u.test(unit.parts[0]!.text);
  const lists = announced ? unit.parts.slice(1) : unit.parts;
  const lines = lists.flatMap((span) => linesOf(span));
  if (announced) return { intro: unit.parts[0], items: lines };
  // (A list whose first line only named the language half was cut after it: its first line is an item.)
  const headed = lists[0]!.start === 0;
  return headed ? { intro: lines[0], items: lines.slice(1) } : { items: lines };
}

function linesOf(span: Span): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const line of span.text.split('\n')) {
    const text = line.trim();
    if (text !== '' && text !== '…') out.push({ passage: span.passage, text, start: span.start + at + line.indexOf(text) });
    at += line.length + 1;
  }
  return out;
}
