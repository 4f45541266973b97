import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { DocumentMeta, Passage } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';
import { createSearchEngine } from '../../src/retrieval/index.js';
import { MemoryRetriever } from '../../src/retrieval/memory-retriever.js';
import type { PassageIndex } from '../../src/retrieval/types.js';

function meta(id: string, over: Partial<DocumentMeta>): DocumentMeta {
  return {
    id,
    title: { ar: 'وثيقة', en: 'Document' },
    type: 'meeting-report',
    forum: ['ARCP'],
    date: '2019',
    language: ['ar', 'en'],
    sources: [],
    status: 'summary-of-public-reporting',
    ...over,
  };
}

function doc(m: DocumentMeta, texts: Array<[Passage['lang'], string]>): Passage[] {
  return texts.map(([lang, text], i) => ({
    id: `${m.id}#${i + 1}`,
    documentId: m.id,
    n: i + 1,
    lang,
    text,
    meta: m,
    contentHash: `hash-${m.id}`,
  }));
}

const WRD = meta('wrd-2018', { type: 'annual-statement', forum: ['WRD'], date: '2018-06-19' });
const GCM = meta('gcm-review-2024', { type: 'meeting-report', forum: ['GCM'], date: '2024-07-03' });
const GFMD = meta('gfmd-2017', { type: 'position-paper', forum: ['GFMD'], date: '2017-05', status: 'draft' });

const CORPUS: Passage[] = [
  ...doc(WRD, [
    ['ar', 'أكد البيان حق اللاجئين الفلسطينيين في العودة إلى ديارهم وفق القرار 194 لعام 1948.'],
    ['ar', 'طالب البيان بدعم وكالة الأونروا وتقاسم الأعباء مع الدول المضيفة.'],
    ['en', 'The statement affirmed the right of Palestine refugees to return under resolution 194.'],
  ]),
  ...doc(GCM, [
    ['ar', 'عُقد مؤتمر الاستعراض الإقليمي الثاني للاتفاق العالمي للهجرة في القاهرة يومي 3 و4 يوليو.'],
    ['en', 'The second regional review conference of the Global Compact for Migration met in Cairo on 3–4 July.'],
    ['en', 'Remittances and climate-driven mobility were discussed by the ministers.'],
  ]),
  ...doc(GFMD, [
    ['en', 'The tenth summit of the Global Forum on Migration and Development took place in Berlin.'],
    ['ar', 'انعقدت القمة العاشرة للمنتدى العالمي للهجرة والتنمية في برلين.'],
  ]),
];

interface Implementation {
  name: string;
  create(): Promise<PassageIndex>;
}

const IMPLEMENTATIONS: Implementation[] = [
  { name: 'MemoryRetriever', create: async () => new MemoryRetriever() },
  {
    name: 'search engine (BM25 fields + hashed vectors, in memory)',
    async create() {
      const config = loadConfig({});
      return createSearchEngine({
        dataDir: null,
        retrieval: { ...config.retrieval, embedder: 'hashed-ngrams', dictionary: 'off' },
        llm: config.llm,
        logger: silentLogger(),
      });
    },
  },
];

async function filled(impl: Implementation): Promise<PassageIndex> {
  const index = await impl.create();
  await index.upsert(CORPUS);
  return index;
}

const ids = (results: Array<{ passage: Passage }>) => results.map((r) => r.passage.id);

describe.each(IMPLEMENTATIONS)('retriever contract: $name', (impl) => {
  it('is empty at first and finds nothing', async () => {
    const index = await impl.create();
    expect(index.size()).toBe(0);
    expect(await index.retrieve({ text: 'اللاجئين', lang: 'ar' })).toEqual([]);
  });

  it('says what it holds of each document: content hash, metadata, passage count, whether it has pages, the pipeline that cut it', async () => {
    const index = await filled(impl);
    await index.remove(['wrd-2018']);
    const held = index.documents();
    expect([...held.keys()].sort()).toEqual(['gcm-review-2024', 'gfmd-2017']);
    expect(held.get('gfmd-2017')).toEqual({ contentHash: 'hash-gfmd-2017', meta: GFMD, passages: 2, paged: false, pipeline: 0 });
    await index.upsert(doc(GFMD, [['en', 'A position paper read from a PDF.']]).map((p) => ({ ...p, page: 4, pipeline: 5 })));
    expect(index.documents().get('gfmd-2017')).toMatchObject({ passages: 1, paged: true, pipeline: 5 });
  });

  it('counts the passages it holds', async () => {
    expect((await filled(impl)).size()).toBe(CORPUS.length);
  });

  it('ranks the passage that holds an Arabic question’s words first', async () => {
    const index = await filled(impl);
    const results = await index.retrieve({ text: 'وكالة الأونروا وتقاسم الأعباء', lang: 'ar' });
    expect(results[0]?.passage.id).toBe('wrd-2018#2');
  });

  it('ranks the passage that holds an English question’s words first', async () => {
    const index = await filled(impl);
    const results = await index.retrieve({ text: 'tenth summit Global Forum Berlin', lang: 'en' });
    expect(results[0]?.passage.id).toBe('gfmd-2017#1');
  });

  it('returns scores best first and at most `limit` results', async () => {
    const index = await filled(impl);
    const results = await index.retrieve({ text: 'migration global regional', lang: 'en' }, { limit: 2 });
    expect(results.length).toBeLessThanOrEqual(2);
    expect(results.length).toBeGreaterThan(0);
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
  });

  it('applies language, year, type, forum, status and as-of filters', async () => {
    const index = await filled(impl);
    const q = (filters: object) => index.retrieve({ text: 'Global Forum Migration Berlin summit', lang: 'en', filters });
    expect(ids(await q({ lang: 'en' })).every((id) => CORPUS.find((p) => p.id === id)!.lang === 'en')).toBe(true);
    expect(ids(await q({ yearFrom: 2018 }))).not.toContain('gfmd-2017#1');
    expect(ids(await q({ yearTo: 2017 }))).toContain('gfmd-2017#1');
    expect(ids(await q({ types: ['meeting-report'] }))).not.toContain('gfmd-2017#1');
    expect(ids(await q({ forums: ['GFMD'] }))).toContain('gfmd-2017#1');
    expect(ids(await q({ forums: ['WRD'] }))).not.toContain('gfmd-2017#1');
    expect(ids(await q({ status: ['draft'] }))).toContain('gfmd-2017#1');
    expect(ids(await q({ asOf: '2017-04-30' }))).not.toContain('gfmd-2017#1');
    expect(ids(await q({ asOf: '2017-05-31' }))).toContain('gfmd-2017#1');
  });

  it('replaces every passage of a document on upsert', async () => {
    const index = await filled(impl);
    await index.upsert(doc(GFMD, [['en', 'The Berlin summit paper was withdrawn and replaced by a memorandum.']]));
    expect(index.size()).toBe(CORPUS.length - 1);
    expect(ids(await index.retrieve({ text: 'انعقدت القمة العاشرة في برلين', lang: 'ar' }))).not.toContain('gfmd-2017#2');
    expect(ids(await index.retrieve({ text: 'withdrawn memorandum', lang: 'en' }))[0]).toBe('gfmd-2017#1');
  });

  it('removes every passage of the given documents', async () => {
    const index = await filled(impl);
    await index.remove(['wrd-2018']);
    expect(index.size()).toBe(CORPUS.length - 3);
    expect(ids(await index.retrieve({ text: 'وكالة الأونروا وتقاسم الأعباء', lang: 'ar' }))).not.toContain('wrd-2018#2');
  });

  it('gives up when the caller aborts', async () => {
    const index = await filled(impl);
    const controller = new AbortController();
    controller.abort();
    await expect(index.retrieve({ text: 'اللاجئين', lang: 'ar' }, { signal: controller.signal })).rejects.toThrow();
  });
});
