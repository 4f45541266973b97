import { questionText, subjectOf } from '../../adapters/email/inbound.js';
import type { ParsedMail } from '../../adapters/email/mime.js';
import { createApp, type AppServices } from '../../src/app.js';
import { verifyQuote } from '../../src/answer/verify-quote.js';
import type { InboundMessage, OutboundReply } from '../../src/channel/types.js';
import { loadConfig } from '../../src/config.js';
import { loadCorpusPassages } from '../../src/ingest/load-corpus.js';
import { silentLogger } from '../../src/logger.js';
import { loadLetters, loadQuestions, type AnswerItem, type LetterItem } from './answer-set.js';
import { judge, partOf, summarise, type Judgement, type ScoredReply, type Summary } from './answer-score.js';

export interface AnswerQualityOptions {
  corpusDir: string;
  log: (line: string) => void;
  /** Print the dev items answered wrongly (never the held-out ones: they are not read while tuning), or every miss of `answerSetDir`. */
  showMisses?: boolean;
  /** Only items whose id contains this. */
  filter?: string;
  /**
   * A directory holding another answer set in the same files (a fresh set written by someone who never saw the
   * replies): scored instead of tests/eval/answers, and its misses shown whatever their split, as it is not
   * the team's set aside.
   */
  answerSetDir?: string;
  /** Configuration variables for this run (`--set=NAME=value`). */
  settings?: Record<string, string>;
}

let counter = 0;
function message(text: string, lang: 'ar' | 'en', channel: 'web' | 'email', subject?: string): InboundMessage {
  counter++;
  return {
    id: `eval:${counter}`,
    ref: { channel, conversationId: `eval-${counter}`, replyHandle: {} },
    origin: 'user',
    sender: { id: `eval-asker-${counter}`, email: 'focal@example.test' },
    text,
    ...(subject ? { subject } : {}),
    lang,
    receivedAt: new Date(),
  };
}

/** One message through the core as the channel's adapter hands it in, each from an asker of its own. */
export async function ask(app: AppServices, text: string, lang: 'ar' | 'en', channel: 'web' | 'email', subject?: string): Promise<OutboundReply> {
  const { reply } = await app.turns.handle(message(text, lang, channel, subject));
  if (!reply) throw new Error(`no reply to ${text}`);
  return reply;
}

/** Quotes that do not verify against the passage they cite (faithfulness must stay 1.000). */
function unverified(reply: ScoredReply, passages: Map<string, string>): string[] {
  return (reply.citations ?? []).flatMap((c) =>
    (c.quotes?.length ? c.quotes : [{ text: c.quote, passageId: c.passageId }]).filter((q) => !verifyQuote(q.text, passages.get(q.passageId) ?? '')).map((q) => q.text),
  );
}

const f3 = (x: number) => x.toFixed(3);

function row(label: string, s: Summary): string {
  return [
    label.padEnd(22),
    String(s.n).padStart(4),
    `${f3(s.correctAnswerable)} (${s.answerable})`.padStart(12),
    f3(s.falseRefusals).padStart(8),
    `${f3(s.falseAnswers)} (${s.unanswerable})`.padStart(11),
    f3(s.padding).padStart(8),
    String(Math.round(s.medianLength)).padStart(7),
    f3(s.askerLangQuoteRate).padStart(8),
    f3(s.leadRate).padStart(7),
    f3(s.correct).padStart(8),
  ].join(' ');
}

const HEADER = [
  'part'.padEnd(22),
  'n'.padStart(4),
  'correct (n)'.padStart(12),
  'refused'.padStart(8),
  'false ans'.padStart(11),
  'padding'.padStart(8),
  'median'.padStart(7),
  'ownlang'.padStart(8),
  'lead'.padStart(7),
  'overall'.padStart(8),
].join(' ');

function table(log: (l: string) => void, title: string, judged: Judgement[]): void {
  log(title);
  log(HEADER);
  for (const split of ['dev', 'heldout'] as const) {
    for (const lang of ['ar', 'en'] as const) {
      const part = judged.filter((j) => j.item.split === split && j.item.lang === lang);
      if (part.length) log(row(`${split} ${lang}`, summarise(part)));
    }
    const both = judged.filter((j) => j.item.split === split);
    if (both.length) log(row(`${split} both`, summarise(both)));
  }
  log('');
}

function describeMiss(j: Judgement, item: AnswerItem, reply: OutboundReply): string {
  const why = j.falseRefusal ? 'REFUSED' : j.falseAnswer ? 'FALSE ANSWER' : j.answered ? `missing ${JSON.stringify(j.missing)}` : `kind ${reply.kind}`;
  const cited = reply.kind === 'answer' ? reply.citations.map((c) => c.documentId) : [];
  const docs = item.docs?.length ? (cited.some((d) => item.docs!.includes(d)) ? 'doc ok' : `want ${item.docs.join(',')} got ${cited.join(',')}`) : '';
  return `  ${j.item.id} [${j.item.type}/${j.item.expect}] ${why} ${docs}\n    Q: ${item.q}\n    A: ${reply.text.replace(/\n+/g, ' ⏎ ').slice(0, 400)}`;
}

/**
 * `npm run eval -- answers`: the answer set asked through the core as members ask (tests/eval/answers),
 * scored per split and language: correct, false refusals, false answers, padding, median length, the share
 * of quotes in the asker's language, how often the first paragraph holds a required fact, faithfulness.
 */
export async function runAnswerQualityEval(opts: AnswerQualityOptions): Promise<void> {
  const questions = (await loadQuestions(opts.answerSetDir)).filter((q) => !opts.filter || q.id.includes(opts.filter));
  const letters = (await loadLetters(opts.answerSetDir)).filter((l) => !opts.filter || l.id.includes(opts.filter));
  if (questions.length === 0 && letters.length === 0) {
    opts.log(`answer set: no questions found under ${opts.answerSetDir ?? 'tests/eval/answers'}`);
    return;
  }
  const app = await createApp(loadConfig({ ...opts.settings, ARCP_CORPUS_DIR: opts.corpusDir, LOG_LEVEL: 'silent' }), silentLogger(), { inMemory: true });
  await app.ingestCorpus();
  const passages = new Map((await loadCorpusPassages(opts.corpusDir)).map((p) => [p.id, p.text]));
  const misses: string[] = [];
  let quotes = 0;
  const bad: string[] = [];
  const judgeReply = (item: AnswerItem, reply: OutboundReply): Judgement => {
    const scored = reply as ScoredReply;
    const j = judge(item, scored);
    quotes += (scored.citations ?? []).reduce((s, c) => s + (c.quotes?.length || 1), 0);
    bad.push(...unverified(scored, passages));
    if (!j.correct && (item.split === 'dev' || opts.answerSetDir) && opts.showMisses) misses.push(describeMiss(j, item, reply));
    return j;
  };
  const judged: Judgement[] = [];
  for (const item of questions) judged.push(judgeReply(item, await ask(app, item.q, item.lang, 'web')));
  table(opts.log, `Chat questions (${questions.length}): correct = every required fact in the reply; refused/false ans over answerable/unanswerable`, judged);
  const letterJudged = await judgeLetters(app, letters, judgeReply);
  if (letterJudged.length) table(opts.log, `Letters (${letters.length} letters, ${letterJudged.length} questions)`, letterJudged);
  opts.log(`Faithfulness (quotes verified against the passage they cite): ${f3(quotes === 0 ? 1 : (quotes - bad.length) / quotes)} (${quotes - bad.length}/${quotes})`);
  for (const b of bad.slice(0, 10)) opts.log(`  UNVERIFIED: ${b}`);
  if (misses.length) opts.log(['', opts.answerSetDir ? 'Misses:' : 'Dev misses:', ...misses].join('\n'));
  await app.close();
}

const pick = <T, K extends keyof T>(o: T, ...keys: K[]): Pick<T, K> => Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;

/**
 * Each letter is one email: every question in it is judged on the one reply it gets. The core is handed
 * what the email adapter hands it (quoted history cut, forwards kept whole), so the figures are the mail's.
 */
async function judgeLetters(app: AppServices, letters: LetterItem[], judgeReply: (item: AnswerItem, reply: OutboundReply) => Judgement): Promise<Judgement[]> {
  const out: Judgement[] = [];
  for (const letter of letters) {
    const mail = { subject: letter.subject, text: letter.body } as ParsedMail;
    const reply = await ask(app, questionText(mail), letter.lang, 'email', subjectOf(mail));
    for (const q of letter.questions) {
      const item: AnswerItem = { ...q, id: `${letter.id}#${q.n}`, split: letter.split, lang: letter.lang, q: `${letter.subject} (question ${q.n})` };
      const whole = judgeReply(item, reply);
      // Correct when the reply holds the facts anywhere; padding and lead are read in the question's own part.
      const part = partOf(reply as ScoredReply, q.n);
      out.push(part ? { ...whole, ...pick(judge(item, part), 'quotes', 'quotesWithFact', 'quotesInAskerLang', 'leadHasFact') } : whole);
    }
  }
  return out;
}
