import { tokenize } from '../text/tokenize.js';
import { stemsOf } from './question-terms.js';
import { isStopword } from '../text/stopwords.js';
import { plantedSentences } from './injection.js';
import type { LabelledPassage } from './llm-prompt.js';
import { citedLabels, type LlmOutput } from './llm-output.js';
import { verifyQuote } from './verify-quote.js';

export type RefusalReason =
  | 'unparseable-output'
  | 'cited-unknown-passage'
  | 'quote-unverified'
  | 'quote-too-short'
  | 'answer-without-quotes'
  | 'followed-planted-instructions'
  | 'unsupported-specifics'
  | 'answer-not-grounded';

export interface CheckOptions {
  question: string;
  /** Share of the answer's content words that must appear in the passages it cites (same language only). */
  minGrounding?: number;
}

const MIN_QUOTE_WORDS = 3;
// Links, e-mail addresses and numbers: the details a model invents, or copies from a planted sentence.
const SPECIFIC = /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|\d[\d,.]*/g;

/**
 * Decides whether an LLM answer may be shown. It must cite only passages it was given, each quote must be
 * an exact part of its passage, and the answer must draw on the passages' own text: not on sentences that
 * address the model, and not on details (links, numbers) found nowhere in the trusted text.
 */
export function checkLlmOutput(out: LlmOutput, given: readonly LabelledPassage[], opts: CheckOptions): RefusalReason | undefined {
  const byLabel = new Map(given.map((g) => [g.label, g]));
  const labels = [...citedLabels(out.answer), ...out.quotes.map((q) => q.passage.trim())];
  if (labels.some((l) => !byLabel.has(l))) return 'cited-unknown-passage';
  if (out.answer.trim() !== '' && out.quotes.length === 0) return 'answer-without-quotes';
  const planted = given.flatMap((g) => plantedSentences(g.passage.text).map((s) => s.text));
  for (const q of out.quotes) {
    const source = byLabel.get(q.passage.trim())!.passage.text;
    if (!verifyQuote(q.quote, source)) return 'quote-unverified';
    if (tokenize(q.quote).length < MIN_QUOTE_WORDS) return 'quote-too-short';
    if (planted.some((s) => verifyQuote(q.quote, s))) return 'followed-planted-instructions';
  }
  const trusted = [opts.question, ...given.map((g) => textWithout(g.passage.text, planted))].join('\n');
  return checkAnswerText(out.answer, { trusted, planted, cited: citedText(out, byLabel, planted), opts });
}

function checkAnswerText(
  answer: string,
  ctx: { trusted: string; planted: string[]; cited: { text: string; sameLanguage: boolean }; opts: CheckOptions },
): RefusalReason | undefined {
  const text = answer.replace(/\[[^\]]*\]/g, ' ');
  if (text.trim() === '') return undefined;
  const trustedForm = ctx.trusted.toLowerCase();
  const specifics = (text.match(SPECIFIC) ?? []).map((s) => s.replace(/[.,]+$/, '').toLowerCase());
  const plantedStems = new Set(ctx.planted.flatMap((s) => contentWords(s).flat()));
  const trustedStems = new Set(contentWords(ctx.trusted).flat());
  const answerWords = contentWords(text);
  const has = (set: Set<string>) => (word: string[]) => word.some((s) => set.has(s));
  const onlyPlanted = answerWords.filter((w) => has(plantedStems)(w) && !has(trustedStems)(w));
  if (onlyPlanted.length >= 2 || specifics.some((s) => ctx.planted.some((p) => p.toLowerCase().includes(s)) && !trustedForm.includes(s))) {
    return 'followed-planted-instructions';
  }
  if (specifics.some((s) => !trustedForm.includes(s))) return 'unsupported-specifics';
  if (!ctx.cited.sameLanguage || answerWords.length === 0) return undefined;
  const citedStems = new Set(contentWords(`${ctx.cited.text}\n${ctx.opts.question}`).flat());
  const grounded = answerWords.filter(has(citedStems)).length / answerWords.length;
  return grounded < (ctx.opts.minGrounding ?? 0.6) ? 'answer-not-grounded' : undefined;
}

function citedText(out: LlmOutput, byLabel: Map<string, LabelledPassage>, planted: string[]): { text: string; sameLanguage: boolean } {
  const cited = [...new Set([...citedLabels(out.answer), ...out.quotes.map((q) => q.passage.trim())])].map((l) => byLabel.get(l)!);
  const answerArabic = /[\u0621-\u064A]/.test(out.answer) && !/[A-Za-z]{4}/.test(out.answer.replace(/\[[^\]]*\]/g, ''));
  const lang = answerArabic ? 'ar' : 'en';
  return {
    text: cited.map((c) => textWithout(c.passage.text, planted)).join('\n'),
    sameLanguage: cited.length > 0 && cited.every((c) => c.passage.lang === lang),
  };
}

function textWithout(text: string, planted: readonly string[]): string {
  return planted.reduce((t, s) => t.split(s).join(' '), text);
}

/** Content words, each as its stem readings (an Arabic word may have two). */
function contentWords(text: string): string[][] {
  return tokenize(text)
    .filter((t) => !isStopword(t) && t.length > 1 && !/^\d+$/.test(t))
    .map((t) => stemsOf(t));
}
