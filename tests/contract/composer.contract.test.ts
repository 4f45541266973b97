import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractiveComposer } from '../../src/answer/extractive-composer.js';
import { LlmComposer } from '../../src/answer/llm-composer.js';
import { MemoryComposer } from '../../src/answer/memory-composer.js';
import { splitSentences } from '../../src/answer/sentences.js';
import type { AnswerComposer, ComposeInput } from '../../src/answer/types.js';
import { verifyQuote } from '../../src/answer/verify-quote.js';
import { createChatModel } from '../../src/answer/chat-model.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { FakeOpenAiServer, dataOf } from '../integration/llm-fake-server.js';
import { GCM_AR, HLM_AR, HLM_EN, WRD_AR, WRD_EN, scored } from '../unit/answer-fixtures.js';

// The fake model quotes the opening sentence of every passage and restates the first one.
const server = new FakeOpenAiServer();
server.reply = (req) => {
  const data = dataOf(req);
  const quotes = data.passages.map((p) => ({ passage: p.id, quote: splitSentences(p.text)[0]?.text ?? '' }));
  return JSON.stringify({ answer: quotes.length ? `${quotes[0].quote} [${quotes[0].passage}]` : '', quotes });
};

function llmComposer(): AnswerComposer {
  const llm = loadConfig({ ARCP_LLM_PROVIDER: 'openai', ARCP_LLM_MODEL: 'fake', OPENAI_BASE_URL: server.baseUrl }).llm;
  return new LlmComposer({ model: createChatModel(llm)!, fallback: new ExtractiveComposer(), logger: silentLogger() });
}

const implementations: [string, () => AnswerComposer][] = [
  ['extractive', () => new ExtractiveComposer()],
  ['llm (local OpenAI-compatible server)', llmComposer],
  ['memory', () => new MemoryComposer()],
];

beforeAll(() => server.start());
afterAll(() => server.stop());

const AR_QUESTION: ComposeInput = {
  question: 'ما موقف عملية التشاور من العودة الطوعية للاجئين؟',
  lang: 'ar',
  passages: [scored(HLM_AR, 9, 0.8), scored(WRD_AR, 8, 0.7), scored(GCM_AR, 3, 0.3)],
};

describe.each(implementations)('AnswerComposer contract: %s', (_name, make) => {
  it('cites only passages it was given, and every quote is in its passage', async () => {
    const out = await make().compose(AR_QUESTION);
    // Well-formed input: no implementation should need its fallback here.
    expect(out.fallbackReason).toBeUndefined();
    expect(out.citations.length).toBeGreaterThan(0);
    for (const c of out.citations) {
      const given = AR_QUESTION.passages.find((p) => p.passage.id === c.passageId);
      expect(given, c.passageId).toBeDefined();
      expect(c.documentId).toBe(given!.passage.documentId);
      expect(verifyQuote(c.quote, given!.passage.text)).toBe(true);
      expect(c.date).toBe(given!.passage.meta.date);
      expect(c.url).toBe(given!.passage.meta.sources[0]);
    }
  });

  it('numbers citations 1..n and every marker in the text refers to one', async () => {
    const out = await make().compose(AR_QUESTION);
    expect(out.citations.map((c) => c.n)).toEqual(out.citations.map((_, i) => i + 1));
    const markers = [...out.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(new Set(markers)).toEqual(new Set(out.citations.map((c) => c.n)));
    for (const c of out.citations) for (const q of c.quotes ?? [{ text: c.quote }]) expect(out.text).toContain(q.text);
  });

  it('leads with the answer, in the asker’s language, and titles documents in it', async () => {
    const out = await make().compose(AR_QUESTION);
    const lead = out.text.split('\n\n')[0]!;
    expect(lead).toMatch(/[\u0621-\u064A]/);
    expect(lead).toMatch(/\[\d+\]/);
    expect(out.citations.find((c) => c.documentId === 'hlm-2016-statement')?.title).toBe('البيان الختامي للاجتماع الاستثنائي');
    expect(out.confidence).toBeGreaterThan(0);
    expect(out.confidence).toBeLessThanOrEqual(1);
  });

  it('says so when it quotes the other language', async () => {
    const out = await make().compose({ question: 'What is the position on migrant smuggling?', lang: 'en', passages: [scored(GCM_AR, 5, 0.6)] });
    expect(out.fallbackReason).toBeUndefined();
    expect(out.citations.every((c) => c.lang === 'ar')).toBe(true);
    expect(out.text).toContain('Please note: some of the sources above exist only in Arabic');
  });

  it('lays a timeline out oldest first', async () => {
    const out = await make().compose({
      question: 'How has the position on the return of refugees evolved?',
      lang: 'en',
      timeline: true,
      passages: [scored(WRD_EN, 9, 0.8), scored(HLM_EN, 8, 0.8)],
    });
    expect(out.fallbackReason).toBeUndefined();
    const dates = out.citations.map((c) => c.date!);
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort());
  });

  it('says nothing, with zero confidence, when given no passages', async () => {
    const out = await make().compose({ question: 'ما موقف العملية من الهجرة المناخية؟', lang: 'ar', passages: [] });
    expect(out).toMatchObject({ text: '', citations: [], confidence: 0 });
  });

  it('stops when the turn is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(make().compose(AR_QUESTION, controller.signal)).rejects.toThrow();
  });
});
