import type { Lang } from '../channel/types.js';
import { titleIn } from '../ingest/types.js';
import { label } from '../replies/labels.js';
import type { AnswerPlan } from './answer-plan.js';
import { documentYear } from './document-facts.js';
import type { AnswerBlock } from './format-answer.js';
import { unitYear } from './document-facts.js';
import type { ScoredUnit } from './unit-scoring.js';
import { opensAt, shownSpans, unitPassage, type Unit } from './units.js';

/** The blocks an answer plan is shown as: a quote alone, a year before each line of a timeline, a title before each side. */

/** The sentence a quote or a note refers back to is shown with it, unless it is quoted already. */
export function spansOf(unit: Unit, shown: ReadonlySet<Unit>) {
  const a = unit.antecedent;
  return a && ![...shown].some((u) => opensAt(u, a)) ? shownSpans(unit) : unit.parts;
}

export function blockOf(q: ScoredUnit, plan: AnswerPlan, lang: Lang, shown: ReadonlySet<Unit>, titled = false): AnswerBlock {
  const meta = unitPassage(q.unit).meta;
  const spans = spansOf(q.unit, shown);
  if (plan.layout === 'timeline') return { spans, label: String(unitYear(q.unit) ?? meta.date) };
  // "Item 4 of 4 — «…themes of the high-level meeting:\nResponsibility-sharing…»": the place asked, said beside the item.
  if (plan.item && q === plan.quotes[0]) return { spans, label: label(lang, 'itemOf', { n: plan.item.n, of: plan.item.of }) };
  // (The record asked for is named whole: "…statement on International Migrants…" cut off the occasion asked.)
  const title = titled ? wholeTitle(titleIn(meta, lang)) : shortTitle(titleIn(meta, lang));
  if (plan.layout === 'compare' || titled) return { spans, label: `**${title}** (${unitYear(q.unit) ?? documentYear(meta) ?? meta.date})` };
  return { spans };
}

/**
 * A title short enough for a label: up to its first bracket or dash, and at most about sixty characters; a title's own
 * doubt about what it names stays ("… World Refugee Day 2017 (probable)", «… 2017 (مرجَّح)»).
 */
function shortTitle(title: string): string {
  const doubt = DOUBTED.exec(title)?.[0] ?? '';
  const head = title.split(/\s[(（—–]/)[0]!;
  if (head.length <= 60) return `${head}${doubt}`;
  const cut = head.lastIndexOf(' ', 60);
  return `${head.slice(0, cut > 30 ? cut : 60)}…${doubt}`;
}
/** A title up to its first bracket, which the year beside it says again ("…Regular Migration (2018)"), however long. */
function wholeTitle(title: string): string {
  return `${title.split(/\s[(（]/)[0]!}${DOUBTED.exec(title)?.[0] ?? ''}`;
}
const DOUBTED = /\s\((?:probable|probably|uncertain|unconfirmed|مرج\u064E?\u0651?\u064E?ح|مرجح|غير مؤكد)\)/u;

