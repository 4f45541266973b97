import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document } from '@langchain/core/documents';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { loadConfig } from '../../src/config.js';
import { loadCorpusPassages } from '../../src/ingest/load-corpus.js';
import type { Passage } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';
import { createSearchEngine } from '../../src/retrieval/index.js';
import { LexicalIndex } from '../../src/retrieval/lexical-index.js';
import { loadQuestions } from '../eval/retrieval-sets.js';
import { percentile } from '../eval/retrieval-metrics.js';
import { seededRandom } from '../seeded-random.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * A scaled corpus: each passage splices sentences and words of two real passages of the same language,
 * so term statistics look like ours (Arabic and English), ten passages per generated document.
 */
export function scaledPassages(seed: readonly Passage[], n: number): Passage[] {
  const rand = seededRandom(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const out: Passage[] = [];
  for (let i = 0; i < n; i++) {
    const a = pick(seed);
    const b = pick(seed.filter((p) => p.lang === a.lang).slice(0, 400));
    const words = b.text.split(/\s+/);
    const start = Math.floor(rand() * Math.max(1, words.length - 12));
    const text = `${a.text} ${words.slice(start, start + 12).join(' ')}`;
    const docId = `bench-${Math.floor(i / 10)}`;
    const year = 2014 + Math.floor(rand() * 12);
    const meta = { ...a.meta, id: docId, date: String(year) };
    out.push({ ...a, id: `${docId}#${(i % 10) + 1}`, documentId: docId, n: (i % 10) + 1, text, meta });
  }
  return out;
}

function heapNow(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.external; // external already includes array buffers
}

interface Timing {
  buildMs: number;
  p50: number;
  p95: number;
  memMb?: number;
}

async function timeQueries(queries: string[], run: (q: string) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (const q of queries.slice(0, 20)) await run(q); // warm-up: JIT and caches
  const times: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    await run(q);
    times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function benchEngine(passages: Passage[], queries: string[], embedder: 'none' | 'hashed-ngrams'): Promise<Timing> {
  const config = loadConfig({});
  const t0 = performance.now();
  const engine = await createSearchEngine({
    dataDir: null,
    retrieval: { ...config.retrieval, embedder },
    llm: config.llm,
    glossaryPath: join(repoRoot, 'corpus', 'glossary.tsv'),
    logger: silentLogger(),
  });
  // Measured from here: the index itself, not the glossary and the dictionary (about 25 MB, loaded once).
  const before = heapNow();
  await engine.upsert(passages);
  const buildMs = performance.now() - t0;
  const memMb = (heapNow() - before) / 1e6;
  const t = await timeQueries(queries, (q) => engine.search({ text: q, lang: 'en' }));
  return { buildMs, memMb, ...t };
}

async function benchLangchain(passages: Passage[], queries: string[]): Promise<Timing> {
  const t0 = performance.now();
  const docs = passages.map((p) => new Document({ pageContent: LexicalIndex.indexedText(p), metadata: { id: p.id } }));
  const retriever = BM25Retriever.fromDocuments(docs, { k: 10 });
  const buildMs = performance.now() - t0;
  const t = await timeQueries(queries, (q) => retriever.invoke(q));
  return { buildMs, ...t };
}

const f = (x: number | undefined, d = 2) => (x === undefined ? '–' : x.toFixed(d));

/** Prints latency, memory and build time at 1k, 10k and 100k passages, with LangChain's BM25Retriever alongside. */
export async function runRetrievalBench(log: (line: string) => void): Promise<void> {
  const seed = await loadCorpusPassages(join(repoRoot, 'corpus'));
  const questions = (await loadQuestions(join(repoRoot, 'tests', 'eval', 'questions.jsonl'))).map((q) => q.q);
  log('### Retrieval benchmark (scaled corpus generated from the sample corpus; queries from tests/eval)');
  log('| passages | engine | build s | index memory MB | p50 ms | p95 ms | LangChain BM25 p50 / p95 ms | speed-up (p50 / p95) |');
  log('|---|---|---|---|---|---|---|---|');
  for (const n of [1_000, 10_000, 100_000]) {
    const passages = scaledPassages(seed, n);
    // LangChain rescans every document per query: keep its query count small at 100k.
    const lcQueries = n >= 100_000 ? questions.slice(0, 25) : questions;
    const lc = await benchLangchain(passages, lcQueries);
    for (const embedder of ['none', 'hashed-ngrams'] as const) {
      if (embedder === 'hashed-ngrams' && n >= 100_000 && !process.env.BENCH_VECTORS_100K) continue;
      const ours = await benchEngine(passages, questions, embedder);
      const name = embedder === 'none' ? 'lexical (BM25 fields + glossary)' : 'hybrid (+ HNSW hashed vectors)';
      log(`| ${n} | ${name} | ${f(ours.buildMs / 1000, 1)} | ${f(ours.memMb, 0)} | ${f(ours.p50)} | ${f(ours.p95)} | ${f(lc.p50)} / ${f(lc.p95)} | ${f(lc.p50 / ours.p50, 1)}× / ${f(lc.p95 / ours.p95, 1)}× |`);
    }
  }
  log(`Load average during the run: ${loadavg().map((x) => x.toFixed(1)).join(' / ')} (latencies are wall-clock; other processes inflate them).`);
  log('Hybrid at 100k is skipped by default (about 100 MB of vectors and a long HNSW build); set BENCH_VECTORS_100K=1 to include it.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runRetrievalBench((l) => console.log(l));
}
