import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths, type IngestOptions, type IngestReport } from '../../src/ingest/ingest.js';
import { silentLogger } from '../../src/logger.js';
import { MemoryRetriever } from '../../src/retrieval/memory-retriever.js';
import { openDatabase } from '../../src/store/db.js';
import { docxOf } from '../support/zip.js';

const GOOD_MD = '---\nid: good\ntitle: {ar: وثيقة سليمة}\ntype: reference\ndate: 2020\nlanguage: ar\nstatus: unreviewed\n---\nتعزيز الحوار بين الدول الأعضاء.\n';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'arcp-hard-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function run(more: Partial<IngestOptions> = {}): Promise<IngestReport> {
  return ingestPaths({ paths: [dir], corpusDir: dir, db: openDatabase(':memory:'), index: new MemoryRetriever(), logger: silentLogger(), maxFileBytes: 25 << 20, ...more });
}
const byFile = (report: IngestReport, name: string) => report.files.find((f) => f.file === name);

describe('Word files that unpack to far more than they weigh', () => {
  const bomb = Buffer.alloc(124 * 1024 * 1024, 'A');

  it('fails a 124 MB-unpacking DOCX alone, naming it, and ingests the other files', async () => {
    const packed = docxOf(bomb);
    expect(packed.length).toBeLessThan(300 * 1024);
    await writeFile(join(dir, 'bomb.docx'), packed);
    await writeFile(join(dir, 'good.md'), GOOD_MD);
    const report = await run();
    expect(byFile(report, 'bomb.docx')).toMatchObject({ status: 'failed', code: 'FILE_TOO_LARGE' });
    expect(byFile(report, 'bomb.docx')!.error).toMatch(/^bomb\.docx: its text unpacks to 124 MB, over the limit of 20 MB/);
    expect(byFile(report, 'good.md')).toMatchObject({ status: 'added' });
  }, 60_000);

  it('stops inflating a DOCX whose headers claim it is small', async () => {
    await writeFile(join(dir, 'liar.docx'), docxOf(bomb, 2000));
    const report = await run();
    expect(byFile(report, 'liar.docx')).toMatchObject({ status: 'failed', code: 'FILE_TOO_LARGE' });
    expect(byFile(report, 'liar.docx')!.error).toMatch(/^liar\.docx: its text unpacks to more than 20 MB/);
  }, 60_000);

  it('still reads an ordinary Word file', async () => {
    await writeFile(join(dir, 'minutes.docx'), docxOf('ناقش المشاركون سبل تعزيز التعاون بين الدول الأعضاء'));
    const report = await run();
    expect(byFile(report, 'minutes.docx')).toMatchObject({ status: 'added', passages: 1 });
  });
});
