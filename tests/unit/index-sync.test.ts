import { describe, expect, it } from 'vitest';
import { PIPELINE_VERSION } from '../../src/ingest/ingest-file.js';
import { reconcileIndex } from '../../src/ingest/index-sync.js';
import type { IngestedSource } from '../../src/ingest/ledger.js';
import { MemoryIngestLedger } from '../../src/ingest/memory-ledger.js';
import type { DocumentMeta, Passage } from '../../src/ingest/types.js';
import { MemoryRetriever } from '../../src/retrieval/memory-retriever.js';

const meta: DocumentMeta = { id: 'reports', title: { ar: 'تقارير' }, type: 'reference', forum: [], date: '2022', language: ['ar'], sources: [], status: 'unreviewed' };
const text = 'تقرير 2021 (Building forward better for migrants and refugees in the Arab region)، أطلق في 1 يوليو 2022.';
const passage = (lang: 'ar' | 'en', pipeline?: number): Passage => ({ id: 'reports#1', documentId: 'reports', n: 1, lang, text, meta, contentHash: 'h', ...(pipeline ? { pipeline } : {}) });
const source = (pipelineVersion: number): IngestedSource => ({
  sourceKey: 'reports.md', sourcePath: 'reports.md', documentId: 'reports', kind: 'md', contentHash: 'h', metaHash: '', size: 1, mtimeMs: 1,
  pipelineVersion, meta, inferred: [], repair: undefined, warnings: [], passages: 1, ingestedAt: '2026-12-05T00:00:00Z',
});

describe('an index saved before the pipeline changed how a document is cut', () => {
  it('is put in line with the store: the same text, read again as Arabic, replaces the passage read as English', async () => {
    const store = new MemoryIngestLedger();
    await store.save(source(PIPELINE_VERSION), [passage('ar', PIPELINE_VERSION)]);
    const index = new MemoryRetriever();
    await index.upsert([passage('en')]);
    expect(await reconcileIndex(store, index)).toEqual({ removed: 0, replaced: 1 });
    expect(index.documents().get('reports')?.pipeline).toBe(PIPELINE_VERSION);
    // Once in line, nothing is put in again.
    expect(await reconcileIndex(store, index)).toEqual({ removed: 0, replaced: 0 });
  });

  it('leaves a document the store itself holds from before passages said their pipeline, until it is read again', async () => {
    const store = new MemoryIngestLedger();
    await store.save(source(4), [passage('en')]);
    const index = new MemoryRetriever();
    await index.upsert([passage('en')]);
    expect(await reconcileIndex(store, index)).toEqual({ removed: 0, replaced: 0 });
  });
});
