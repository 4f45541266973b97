import { describe, expect, it } from 'vitest';
import type { IngestedSource, IngestLedger } from '../../src/ingest/ledger.js';
import { MemoryIngestLedger } from '../../src/ingest/memory-ledger.js';
import type { Passage } from '../../src/ingest/types.js';
import { IngestStore } from '../../src/store/ingest-store.js';
import { freshDb } from './sqlite.js';
import { PgIngestLedger } from '../../src/store/pg/pg-ingest-ledger.js';
import { wherePostgres } from '../support/postgres.js';

const implementations: [string, () => IngestLedger | Promise<IngestLedger>][] = [
  ['memory', () => new MemoryIngestLedger()],
  ['sqlite', () => new IngestStore(freshDb())],
  ...wherePostgres('postgres', (pool) => new PgIngestLedger(pool)),
];

const source = (key: string, documentId: string, extra: Partial<IngestedSource> = {}): IngestedSource => ({
  sourceKey: key, sourcePath: key.slice(1), documentId, kind: 'markdown', contentHash: 'c'.repeat(64), metaHash: '', size: 120, mtimeMs: 1000,
  pipelineVersion: 3, meta: { title: { ar: 'البيان الختامي' } }, inferred: ['date'], repair: undefined, warnings: [], passages: 2,
  ingestedAt: '2025-01-01T00:00:00.000Z', ...extra,
});
const passage = (documentId: string, n: number) => ({ id: `${documentId}#${n}`, documentId, n, text: `نص ${n}` }) as unknown as Passage;
const failure = (key: string) => ({ sourceKey: key, sourcePath: key.slice(1), size: 9, mtimeMs: 5, metaHash: '', pipelineVersion: 3, code: 'PDF_CORRUPT', message: 'broken' });

describe.each(implementations)('IngestLedger contract: %s', (_name, make) => {
  it('records a file with its passages, and finds it by source and by document', async () => {
    const ledger = await make();
    await ledger.save(source('/c/a.md', 'doc-a'), [passage('doc-a', 2), passage('doc-a', 1)]);
    expect(await ledger.bySource('/c/a.md')).toEqual(source('/c/a.md', 'doc-a'));
    expect((await ledger.byDocument('doc-a'))?.sourceKey).toBe('/c/a.md');
    expect(await ledger.passageCount()).toBe(2);
    expect((await ledger.passages()).map((p) => p.id)).toEqual(['doc-a#1', 'doc-a#2']);
  });

  it('replaces a file and any other record of the same document, and lists by path', async () => {
    const ledger = await make();
    await ledger.save(source('/c/b.md', 'doc-b'), [passage('doc-b', 1)]);
    await ledger.save(source('/c/a.md', 'doc-a'), [passage('doc-a', 1)]);
    await ledger.save(source('/c/moved.md', 'doc-b'), [passage('doc-b', 1), passage('doc-b', 2)]);
    expect((await ledger.all()).map((s) => s.sourcePath)).toEqual(['c/a.md', 'c/moved.md']);
    expect(await ledger.bySource('/c/b.md')).toBeUndefined();
    expect(await ledger.passageCount()).toBe(3);
  });

  it('moves its generation on every save and removal, not on a touch, and gives one document’s passages', async () => {
    const ledger = await make();
    const start = await ledger.generation();
    await ledger.save(source('/c/a.md', 'doc-a'), [passage('doc-a', 2), passage('doc-a', 1)]);
    await ledger.save(source('/c/b.md', 'doc-b'), [passage('doc-b', 1)]);
    const saved = await ledger.generation();
    expect(saved).toBeGreaterThan(start);
    await ledger.touch('/c/a.md', 2000);
    expect(await ledger.generation()).toBe(saved);
    expect((await ledger.passagesOf(['doc-a'])).map((p) => p.id)).toEqual(['doc-a#1', 'doc-a#2']);
    await ledger.remove('/c/b.md');
    expect(await ledger.generation()).toBeGreaterThan(saved);
  });

  it('touches and removes', async () => {
    const ledger = await make();
    await ledger.save(source('/c/a.md', 'doc-a'), [passage('doc-a', 1)]);
    await ledger.touch('/c/a.md', 2000);
    expect((await ledger.bySource('/c/a.md'))?.mtimeMs).toBe(2000);
    await ledger.remove('/c/a.md');
    expect(await ledger.all()).toEqual([]);
    expect(await ledger.passageCount()).toBe(0);
  });

  it('remembers failures until cleared, and forgets those of files gone from the folders ingested', async () => {
    const ledger = await make();
    await ledger.recordFailure(failure('/c/bad.pdf'));
    await ledger.recordFailure(failure('/c/gone.pdf'));
    await ledger.recordFailure(failure('/elsewhere/x.pdf'));
    expect(await ledger.failure('/c/bad.pdf')).toEqual(failure('/c/bad.pdf'));
    await ledger.forgetFailuresExcept(new Set(['/c/bad.pdf']), (key) => key.startsWith('/c/'));
    expect(await ledger.failure('/c/gone.pdf')).toBeUndefined();
    expect(await ledger.failure('/elsewhere/x.pdf')).toBeDefined();
    await ledger.clearFailure('/c/bad.pdf');
    expect(await ledger.failure('/c/bad.pdf')).toBeUndefined();
  });
});
