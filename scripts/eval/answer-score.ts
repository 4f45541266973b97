import { normalizeForMatch } from '../../src/text/normalize.js';
import type { AnswerItem } from './answer-set.js';

/** What the scorer reads of a reply: the parts every version of the product has, plus optional coverage. */
export interface ScoredReply {
  kind: string;
  text: string;
  citations?: Array<{ quote: string; quotes?: Array<{ text: string; passageId: string }>; lang: string; passageId: string }>;
  /** 'partial' when the answer says part of the question is not on record. */
  coverage?: string;
}

export interface Judgement {
  item: Pick<AnswerItem, 'id' | 'lang' | 'split' | 'expect' | 'facts' | 'type'>;
  answerable: boolean;
  answered: boolean;
  correct: boolean;
  falseRefusal: boolean;
  falseAnswer: boolean;
  /** Facts found, of the required ones. */
  factsFound: number;
  quotes: number;
  quotesWithFact: number;
  quotesInAskerLang: number;
  length: number;
  leadHasFact: boolean;
  missing: string[];
}

/**
 * Fact matching ignores case, Arabic letter forms and diacritics, digits' script and punctuation, and the
 * article's lost alef after ل (للمنتدى = ل + المنتدى), so that a fact written with the article is found.
 */
export function factForm(text: string): string {
  const plain = normalizeForMatch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return ` ${plain.replace(/(^|\s)(و?)لل(?=[\u0621-\u064A]{2})/gu, '$1$2لال')} `;
}

function hasFact(haystack: string, fact: readonly string[]): boolean {
  return fact.some((alt) => {
    const needle = factForm(alt).trim();
    if (needle === '') return false;
    // A number is found whole: "22" member states is not the "22" of "2022". (Words may carry clitics:
    // «القاهرة» is found in «بالقاهرة».)
    const numberEdges = new RegExp(`${/^\p{N}/u.test(needle) ? '(?<!\\p{N})' : ''}${escapeRegExp(needle)}${/\p{N}$/u.test(needle) ? '(?!\\p{N})' : ''}`, 'u');
    return numberEdges.test(haystack);
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function quotesOf(reply: ScoredReply): Array<{ text: string; lang: string }> {
  return (reply.citations ?? []).flatMap((c) => (c.quotes?.length ? c.quotes.map((q) => q.text) : [c.quote]).map((text) => ({ text, lang: c.lang })));
}

/**
 * The reply without its citation markers ("[2]") and part numbers ("**2.**"): a count asked ("two") is not
 * found in them.
 */
function withoutMarkers(text: string): string {
  return text.replace(/\[\d+\]|\*\*\d+\.\*\*/g, ' ');
}

/** The reply's first paragraph: what a reader sees first. */
export function leadOf(text: string): string {
  return text.trim().split(/\n\s*\n/)[0] ?? '';
}

export function judge(item: Judgement['item'], reply: ScoredReply): Judgement {
  const answerable = item.expect === 'answer' || item.expect === 'partial';
  const answered = reply.kind === 'answer';
  const partial = reply.coverage === 'partial';
  const quotes = quotesOf(reply);
  const whole = factForm([withoutMarkers(reply.text), ...quotes.map((q) => q.text)].join('\n'));
  const found = item.facts.filter((f) => hasFact(whole, f));
  const allFacts = found.length === item.facts.length;
  let correct: boolean;
  if (item.expect === 'answer') correct = answered && allFacts;
  else if (item.expect === 'partial') correct = answered && allFacts && partial;
  // A reply that says what is and is not on record does not answer a question the corpus cannot answer.
  else if (item.expect === 'no-position') correct = !answered || partial;
  else correct = !answered;
  const lead = factForm(withoutMarkers(leadOf(reply.text)));
  return {
    item,
    answerable,
    answered,
    correct,
    falseRefusal: answerable && reply.kind === 'no-position',
    falseAnswer: !answerable && answered && !(item.expect === 'no-position' && partial),
    factsFound: found.length,
    quotes: answered ? quotes.length : 0,
    quotesWithFact: answered ? quotes.filter((q) => item.facts.some((f) => hasFact(factForm(q.text), f))).length : 0,
    quotesInAskerLang: answered ? quotes.filter((q) => q.lang === item.lang).length : 0,
    length: reply.text.length,
    leadHasFact: answered && item.facts.some((f) => hasFact(lead, f)),
    missing: item.facts.filter((f) => !hasFact(whole, f)).map((f) => f[0] ?? ''),
  };
}

/**
 * The part of a reply to a letter that answers one of its questions, found by the label the reply gives it
 * ("**ثانياً.** …" up to the next part), with the quotes shown in it: a quote that answers another question of
 * the letter is not padding of this one, and this one's lead is its part's first paragraph. Undefined when
 * the reply has no part of that label (a letter of one question is answered whole).
 */
export function partOf(reply: ScoredReply, label: string): ScoredReply | undefined {
  // "(a)" in the letter may be "**(a).**" or "**a).**" in the reply: labels meet by their letters and digits.
  const core = (l: string) => l.replace(/[^\p{L}\p{N}]/gu, '');
  const markers = [...reply.text.matchAll(/(?:^|\n)\*\*([^*\n]{1,24})\.\*\* /g)];
  const at = markers.findIndex((m) => core(m[1]!) === core(label));
  if (at < 0) return undefined;
  const from = markers[at]!.index! + markers[at]![0].length;
  const text = reply.text.slice(from, markers[at + 1]?.index ?? reply.text.length);
  const citations = (reply.citations ?? [])
    .map((c) => ({ ...c, quotes: (c.quotes?.length ? c.quotes : [{ text: c.quote, passageId: c.passageId }]).filter((q) => text.includes(q.text)) }))
    .filter((c) => c.quotes.length > 0);
  return { ...reply, text, citations };
}

export interface Summary {
  n: number;
  answerable: number;
  correct: number;
  correctAnswerable: number;
  falseRefusals: number;
  unanswerable: number;
  falseAnswers: number;
  padding: number;
  medianLength: number;
  askerLangQuoteRate: number;
  leadRate: number;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

export function summarise(js: readonly Judgement[]): Summary {
  const answerable = js.filter((j) => j.answerable);
  const unanswerable = js.filter((j) => !j.answerable);
  const answeredWithFacts = js.filter((j) => j.answered && j.item.facts.length > 0);
  const quotes = answeredWithFacts.reduce((s, j) => s + j.quotes, 0);
  const padded = answeredWithFacts.reduce((s, j) => s + (j.quotes - j.quotesWithFact), 0);
  const allQuotes = js.reduce((s, j) => s + j.quotes, 0);
  return {
    n: js.length,
    answerable: answerable.length,
    correct: ratio(js.filter((j) => j.correct).length, js.length),
    correctAnswerable: ratio(answerable.filter((j) => j.correct).length, answerable.length),
    falseRefusals: ratio(answerable.filter((j) => j.falseRefusal).length, answerable.length),
    unanswerable: unanswerable.length,
    falseAnswers: ratio(unanswerable.filter((j) => j.falseAnswer).length, unanswerable.length),
    padding: ratio(padded, quotes),
    medianLength: median(js.filter((j) => j.answered).map((j) => j.length)),
    askerLangQuoteRate: ratio(js.reduce((s, j) => s + j.quotesInAskerLang, 0), allQuotes),
    leadRate: ratio(answeredWithFacts.filter((j) => j.leadHasFact).length, answeredWithFacts.length),
  };
}
