import { Document } from '@langchain/core/documents';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import MiniSearch from 'minisearch';
import { loadConfig } from '../../src/config.js';
import type { Passage } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';
import { HashedNgramEmbeddings } from '../../src/retrieval/embeddings/hashed-ngrams.js';
import type { EngineSettings } from '../../src/retrieval/engine.js';
import { createSearchEngine } from '../../src/retrieval/index.js';
import type { LexicalOptions } from '../../src/retrieval/lexical-index.js';
import { LexicalIndex } from '../../src/retrieval/lexical-index.js';
import { analyzeText } from '../../src/text/analyze.js';
import type { EvalQuestion } from './retrieval-sets.js';

export interface RunResult {
  ranked: string[];
  abstain: boolean;
  /** Best confidence among the top three (engine configurations only), for the threshold sweep. */
  confidence?: number;
}

export interface Runner {
  run(q: EvalQuestion): Promise<RunResult>;
}

export interface BuildContext {
  glossaryPath: string;
  /** Whether to read filters from the question (off for benchmarks whose dates are placeholders). */
  questionFilters: boolean;
}

export interface ConfigSpec {
  name: string;
  build(passages: Passage[], ctx: BuildContext): Promise<Runner>;
}

const LIMIT = 10;

/**
 * Cross-lingual questions are asked against the other language's passages only: every document here is
 * bilingual, and without the filter the same-language parallel passage would answer instead.
 */
function otherLang(lang: 'ar' | 'en'): 'ar' | 'en' {
  return lang === 'ar' ? 'en' : 'ar';
}

/** Baselines cannot filter: take more and drop passages of the wrong language afterwards. */
function keep(passages: Passage[], q: EvalQuestion, ids: string[]): string[] {
  if (!q.crossLingual) return ids.slice(0, LIMIT);
  const lang = new Map(passages.map((p) => [p.id, p.lang]));
  return ids.filter((id) => lang.get(id) === otherLang(q.lang)).slice(0, LIMIT);
}

function engineConfig(
  name: string,
  settings: Partial<EngineSettings>,
  options: { analysis?: LexicalOptions; embedder?: 'hashed-ngrams' | 'none' } = {},
): ConfigSpec {
  return {
    name,
    async build(passages, ctx) {
      const config = loadConfig({});
      const engine = await createSearchEngine({
        dataDir: null,
        retrieval: { ...config.retrieval, embedder: options.embedder ?? 'none' },
        llm: config.llm,
        glossaryPath: ctx.glossaryPath,
        logger: silentLogger(),
        settings: { ...settings, questionFilters: ctx.questionFilters },
        analysis: options.analysis,
      });
      await engine.upsert(passages);
      return {
        async run(q) {
          const filters = q.crossLingual ? { lang: otherLang(q.lang) } : undefined;
          const r = await engine.search({ text: q.q, lang: q.lang, filters }, { limit: LIMIT });
          const confidence = Math.max(0, ...r.results.slice(0, 3).map((x) => x.confidence ?? 0));
          return { ranked: r.results.map((x) => x.passage.id), abstain: r.abstain, confidence };
        },
      };
    },
  };
}

const noUnderstanding = { understand: false, rootWeight: 0 };
const noTranslation = { glossary: false, dictionary: false, transliterate: false, vectorWeight: 0, ...noUnderstanding };
const words = { fieldWeights: { words: 1, grams: 0, pairs: 0 } };
const grams = { fieldWeights: { words: 0, grams: 1, pairs: 0 } };

function toDocs(passages: Passage[]): Document[] {
  return passages.map((p) => new Document({ pageContent: LexicalIndex.indexedText(p), metadata: { id: p.id } }));
}

const langchainBm25: ConfigSpec = {
  name: 'LangChain BM25Retriever',
  async build(passages) {
    const retriever = BM25Retriever.fromDocuments(toDocs(passages), { k: 5 * LIMIT });
    return {
      async run(q) {
        const docs = await retriever.invoke(q.q);
        return { ranked: keep(passages, q, docs.map((d) => d.metadata.id as string)), abstain: false };
      },
    };
  },
};

const langchainMemory: ConfigSpec = {
  name: 'LangChain MemoryVectorStore (hashed n-gram embedder)',
  async build(passages) {
    const store = await MemoryVectorStore.fromDocuments(toDocs(passages), new HashedNgramEmbeddings());
    return {
      async run(q) {
        const docs = await store.similaritySearch(q.q, 5 * LIMIT);
        return { ranked: keep(passages, q, docs.map((d) => d.metadata.id as string)), abstain: false };
      },
    };
  },
};

/** MiniSearch with our analysers as two fields: the maintained engine we measured against our own index. */
const minisearch: ConfigSpec = {
  name: 'MiniSearch 7.2 (our analysers, words + 4-gram fields)',
  async build(passages) {
    const ms = new MiniSearch<{ id: string; words: string; grams: string }>({
      fields: ['words', 'grams'],
      tokenize: (text) => text.split(' '),
      processTerm: (t) => t,
    });
    const analysed = (text: string) => analyzeText(text);
    ms.addAll(passages.map((p) => {
      const a = analysed(LexicalIndex.indexedText(p));
      return { id: p.id, words: a.words.join(' '), grams: a.grams.join(' ') };
    }));
    return {
      async run(q) {
        const a = analysed(q.q);
        const hits = ms.search({ queries: [{ queries: a.words, fields: ['words'] }, { queries: a.grams, fields: ['grams'] }], combineWith: 'OR' } as never);
        return { ranked: keep(passages, q, hits.slice(0, 5 * LIMIT).map((h) => String(h.id))), abstain: false };
      },
    };
  },
};

export const DEFAULT_CONFIG_NAME = 'hybrid (default)';

/** The default before question understanding (dialect table, spelling correction, root family, framing words). */
export const NO_UNDERSTANDING = 'hybrid, no question understanding (before issue 12)';

/** The configurations the robust probe set compares: the default with and without each part of understanding. */
export const ROBUST_CONFIGS = [NO_UNDERSTANDING, 'hybrid, no root family', 'hybrid, no dialect, spelling or framing words', DEFAULT_CONFIG_NAME];

export const CONFIGS: ConfigSpec[] = [
  engineConfig('BM25 words (Light10 / Porter)', { ...noTranslation }, { analysis: words }),
  engineConfig('BM25 words, no stemming', { ...noTranslation }, { analysis: { ...words, stem: false } }),
  engineConfig('BM25 4-grams', { ...noTranslation }, { analysis: grams }),
  engineConfig('BM25 words + 4-grams', { ...noTranslation }),
  engineConfig('BM25 words + 4-grams + glossary', { ...noTranslation, glossary: true }),
  engineConfig('BM25 words + 4-grams + glossary + dictionary', { ...noTranslation, glossary: true, dictionary: true }),
  engineConfig('BM25 + glossary + dictionary + name transliteration', { vectorWeight: 0, ...noUnderstanding }),
  engineConfig('BM25 + … + dialect, spelling, root family', { vectorWeight: 0 }),
  engineConfig('vectors only (hashed n-grams, HNSW)', { lexicalWeight: 0, vectorWeight: 1 }, { embedder: 'hashed-ngrams' }),
  engineConfig('hybrid, RRF', { fusion: 'rrf' }, { embedder: 'hashed-ngrams' }),
  engineConfig('hybrid, no stemming', {}, { embedder: 'hashed-ngrams', analysis: { stem: false } }),
  engineConfig('hybrid, no glossary, dictionary or transliteration', { glossary: false, dictionary: false, transliterate: false }, { embedder: 'hashed-ngrams' }),
  engineConfig(NO_UNDERSTANDING, noUnderstanding, { embedder: 'hashed-ngrams' }),
  engineConfig('hybrid, no root family', { rootWeight: 0 }, { embedder: 'hashed-ngrams' }),
  engineConfig('hybrid, no dialect, spelling or framing words', { understand: false }, { embedder: 'hashed-ngrams' }),
  engineConfig('hybrid (default)', {}, { embedder: 'hashed-ngrams' }),
  minisearch,
  langchainBm25,
  langchainMemory,
];

