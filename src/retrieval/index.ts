import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Passage } from '../ingest/types.js';
import { createEmbedder } from './embeddings/factory.js';
import { HybridSearchEngine, type EngineSettings } from './engine.js';
import { forumAliases } from './forum-aliases.js';
import { loadFreedict, type BilingualDictionary } from './freedict.js';
import { installHint, missingLanguageResources } from './language-resources.js';
import { loadGlossary } from './glossary.js';
import { LexicalIndex, type LexicalOptions } from './lexical-index.js';
import { loadLexical, saveLexical } from './persist.js';
import { phraseWords, type ForumAlias } from './question-filters.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { QueryTranslator } from './translate.js';
import { englishStem } from '../text/english-stem.js';
import { light10 } from '../text/light10.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { UnderstoodQuestion } from './understand.js';
import type { PassageIndex, Query, RetrieveOptions, ScoredPassage, SearchFilters } from './types.js';
import { VectorIndex } from './vector-index.js';

export type { Correction, UnderstoodQuestion } from './understand.js';
export type { PassageIndex, Query, RetrieveOptions, ScoredPassage, SearchFilters, EngineSettings };

export interface QuestionConcept {
  source: string;
  targets: string[];
  origin: 'glossary' | 'dictionary' | 'none';
  /** Of the question's frame, not its subject ("which agencies…", «ماذا قال»): see answer-kind.ts. */
  kind?: boolean;
  /** A person the glossary names. */
  person?: boolean;
}

export interface SearchResult {
  /** Best first. Present even when abstaining, so that staff can see what was close. */
  results: ScoredPassage[];
  /** True when the best passages are too weak to answer from: reply "no established position". */
  abstain: boolean;
  /** The filters applied: those of the query merged with those read from the question. */
  filters: SearchFilters;
  /**
   * The question as the engine understood it (dialect words in MSA, misspelt words and names corrected,
   * in the question's own script): the composer picks answer sentences that share these words.
   */
  understood?: UnderstoodQuestion;
}

export interface SearchEngine extends PassageIndex {
  search(query: Query, options?: RetrieveOptions): Promise<SearchResult>;
  /** Flush to disk (no-op in memory). */
  save(): Promise<void>;
  /**
   * The question's concepts in the collection's terms (glossary and dictionary translations, both
   * languages), one list of target texts per translated concept: lets the composer find the sentences
   * that answer an English question in an Arabic passage, and the reverse.
   */
  translateQuery(text: string): string[][];
  /**
   * The question's content words, each with the other forms the collection may use for it: glossary
   * forms (both languages, variants, abbreviations) or dictionary senses, and where they came from.
   */
  questionConcepts(text: string): QuestionConcept[];
  /** Every passage of a document, in reading order (both languages). */
  passagesOf(documentId: string): Passage[];
}

export interface SearchEngineOptions {
  /** null = in memory only. */
  dataDir: string | null;
  retrieval: Config['retrieval'];
  llm: Config['llm'];
  /** corpus/glossary.tsv */
  glossaryPath?: string;
  logger: Logger;
  /**
   * Start from an empty index instead of the stored one (`arcp ingest --rebuild`): it is refilled from
   * the store, every passage re-embedded, also when the stored vectors were built by another embedder.
   */
  rebuild?: boolean;
  /** For evaluation and ablation only. */
  settings?: Partial<EngineSettings>;
  analysis?: LexicalOptions;
}

/** The dictionary keyed the way queries are analysed: Porter stems for English, Light10 for Arabic. */
export function loadSystemDictionary(dir: string): Promise<BilingualDictionary | undefined> {
  return loadFreedict(dir, {
    en: (w) => englishStem(w.toLowerCase()),
    ar: (w) => light10(normalizeForMatch(w)),
  });
}

export async function createSearchEngine(options: SearchEngineOptions): Promise<SearchEngine & HybridSearchEngine> {
  const { logger, retrieval } = options;
  // The dictionary takes about a second to parse: read it while the index loads.
  const pending = Promise.all([
    loadGlossary(options.glossaryPath),
    retrieval.dictionary === 'off' ? undefined : loadSystemDictionary(retrieval.freedictPath),
  ]);
  const dir = options.dataDir ? join(options.dataDir, 'index') : null;
  // A damaged file is named and set aside; the index is then refilled from the store (src/ingest/index-sync.ts).
  const onDamaged = (file: string, reason: string) => logger.warn({ file, reason }, `${file} is damaged (${reason}): rebuilding the search index from the store`);
  const loaded = dir && !options.rebuild ? await loadLexical(dir, options.analysis ?? {}, onDamaged) : undefined;
  const lexical = loaded?.index ?? new LexicalIndex(options.analysis);
  const [glossary, dictionary] = await pending;
  logger.debug({ glossary: glossary.length, dictionary: dictionary !== undefined }, 'query translation ready');
  const missing = missingLanguageResources({ freedictDir: retrieval.freedictPath, dictionary: retrieval.dictionary });
  if (missing.length > 0) {
    logger.warn({ missing: missing.map((r) => r.path) }, `system language data missing, answers will be weaker: ${missing.map((r) => `${r.pkg} (${r.lost})`).join('; ')}. Fix: ${installHint(missing)}`);
  }
  const passages = lexical.passages.filter((p): p is Passage => p !== undefined);
  const vectors = await openVectors(options, dir, passages, onDamaged);
  const settings: EngineSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  if (retrieval.abstainThreshold !== undefined) settings.abstainThreshold = retrieval.abstainThreshold;
  if (dir) logger.info({ passages: lexical.size(), vectors: vectors?.size() ?? 0, dir }, 'search index loaded');
  const engine = new HybridSearchEngine(lexical, {
    logger,
    settings,
    translator: new QueryTranslator(glossary, dictionary, options.analysis),
    vectors,
    forumAliases: aliasCache(lexical, glossary),
    persist: dir
      ? async (engine) => {
          await saveLexical(dir, engine.lexical, engine.generation);
          await engine.vectors?.save(join(dir, 'vectors'));
        }
      : undefined,
  });
  engine.generation = loaded?.generation;
  return engine;
}

async function openVectors(
  options: SearchEngineOptions,
  dir: string | null,
  passages: readonly Passage[],
  onDamaged: (file: string, reason: string) => void,
): Promise<VectorIndex | undefined> {
  const embedder = await createEmbedder(options.retrieval, options.llm);
  if (!embedder) return undefined;
  const loaded = dir && !options.rebuild ? await VectorIndex.load(join(dir, 'vectors'), embedder, onDamaged) : undefined;
  const vectors = loaded ?? VectorIndex.create(embedder);
  // A crash between the two files, or a first run after ingest without vectors: embed what is missing.
  const live = new Set(passages.map((p) => p.id));
  const missing = passages.filter((p) => !vectors.has(p.id));
  if (missing.length > 0) {
    options.logger.info({ passages: missing.length, embedder: embedder.id }, 'embedding passages that have no vector yet');
    await vectors.add(missing, LexicalIndex.indexedText);
  }
  vectors.remove(vectors.ids().filter((id) => !live.has(id)));
  return vectors;
}

function aliasCache(lexical: LexicalIndex, glossary: Parameters<typeof forumAliases>[1]): () => ForumAlias[] {
  let cache: { version: number; list: ForumAlias[] } | undefined;
  return () => {
    if (cache?.version !== lexical.version) {
      const forums = new Map<string, string[]>();
      for (const p of lexical.passages) if (p) forums.set(p.documentId, p.meta.forum);
      const words = lexical.words;
      // A phrase is in at most as many passages as its rarest word.
      const share = (phrase: string) =>
        Math.min(...phraseWords(phrase).map((readings) => readings.reduce((s, r) => s + words.df(r), 0))) / Math.max(1, words.docCount);
      cache = { version: lexical.version, list: forumAliases(forums, glossary, share) };
    }
    return cache.list;
  };
}
