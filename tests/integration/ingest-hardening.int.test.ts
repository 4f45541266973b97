import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
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

describe('entries of a corpus folder that are not plain files', () => {
  beforeEach(async () => {
    await writeFile(join(dir, 'good.md'), GOOD_MD);
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    await mkdir(join(dir, '.outside'));
    await writeFile(join(dir, '.outside', 'statement.md'), GOOD_MD.replace('id: good', 'id: linked-statement'));
    await symlink(join(dir, '.outside'), join(dir, 'folder-link'));
    await symlink(join(dir, '.outside', 'statement.md'), join(dir, 'linked.md'));
    await symlink('loop.md', join(dir, 'loop.md'));
    await symlink(join(dir, 'gone.md'), join(dir, 'dangling.md'));
  });

  it('names each one with what it is, follows a link to a file, and ingests the rest', async () => {
    const report = await run();
    const failed = Object.fromEntries(report.files.filter((f) => f.status === 'failed').map((f) => [f.file, f.error]));
    expect(failed).toEqual({
      'pipe.md': 'pipe.md: not a regular file (a named pipe)',
      'loop.md': 'loop.md: a symbolic link that loops back on itself',
      'dangling.md': `dangling.md: a symbolic link to ${join(dir, 'gone.md')}, which does not exist`,
      'folder-link': 'folder-link: a symbolic link to a folder (not followed; give the folder itself)',
    });
    expect(byFile(report, 'linked.md')).toMatchObject({ status: 'added', documentId: 'linked-statement' });
    expect(byFile(report, 'good.md')).toMatchObject({ status: 'added' });
  });

  it('does not wait on a named pipe given by name, and says a looping link is not missing', async () => {
    const report = await run({ paths: [join(dir, 'pipe.md'), join(dir, 'loop.md')] });
    expect(report.files.map((f) => f.error).sort()).toEqual(['loop.md: a symbolic link that loops back on itself', 'pipe.md: not a regular file (a named pipe)']);
  });
});

describe('Markdown front matter', () => {
  it('fails a file whose front matter is never closed instead of indexing the metadata as text', async () => {
    await writeFile(join(dir, 'open.md'), '---\nid: open-memo\ntitle: {ar: مذكرة}\ntype: reference\n\nنص المذكرة عن تعزيز الحوار.\n');
    const report = await run();
    expect(byFile(report, 'open.md')).toMatchObject({
      status: 'failed', code: 'METADATA_INVALID', error: 'open.md: front matter is not closed: add a line "---" after the metadata',
    });
  });
});
