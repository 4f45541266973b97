import { describe, expect, it } from 'vitest';
import { MemoryReplyFiles } from '../../src/tickets/memory-reply-files.js';
import type { ReplyFiles } from '../../src/tickets/reply-files.js';
import { PgReplyFiles } from '../../src/store/pg/pg-reply-files.js';
import { SqliteReplyFiles } from '../../src/store/reply-file-store.js';
import { wherePostgres } from '../support/postgres.js';
import { freshDb } from './sqlite.js';

const implementations: [string, () => ReplyFiles | Promise<ReplyFiles>][] = [
  ['memory', () => new MemoryReplyFiles()],
  ['sqlite', () => new SqliteReplyFiles(freshDb())],
  ...wherePostgres('postgres', (pool) => new PgReplyFiles(pool)),
];

const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 255, 128, 10]), Buffer.from('تقرير')]);

describe.each(implementations)('ReplyFiles contract: %s', (_name, make) => {
  it('gives back the bytes and description it kept, byte for byte', async () => {
    const files = await make();
    await files.put({ id: 'f1', filename: 'تقرير الاجتماع.pdf', mediaType: 'application/pdf', size: bytes.length, bytes });
    const got = await files.get('f1');
    expect(got).toMatchObject({ id: 'f1', filename: 'تقرير الاجتماع.pdf', mediaType: 'application/pdf', size: bytes.length });
    expect(Buffer.compare(got!.bytes, bytes)).toBe(0);
    expect(await files.get('missing')).toBeUndefined();
  });

  it('keeps the first file put under an id', async () => {
    const files = await make();
    await files.put({ id: 'f2', filename: 'a.pdf', mediaType: 'application/pdf', size: 3, bytes: Buffer.from('one') });
    await files.put({ id: 'f2', filename: 'b.pdf', mediaType: 'application/pdf', size: 3, bytes: Buffer.from('two') });
    const got = await files.get('f2');
    expect(got?.filename).toBe('a.pdf');
    expect(got?.bytes.toString()).toBe('one');
  });
});
