import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepAttachments, safeFileName } from '../../adapters/email/attachments.js';

const part = (filename: string, bytes: number, inline = false) => ({ filename, contentType: 'application/pdf', size: bytes, content: Buffer.alloc(bytes, 7), inline });

describe('email attachments: documents kept under the data folder, with a size cap', () => {
  it('keeps documents, lists an oversize one without bytes, skips inline images', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'arcp-att-')), '12');
    const kept = await keepAttachments([part('المساهمة الوطنية.pdf', 1000), part('logo.png', 50, true), part('big.pdf', 5000)], { dir, maxBytes: 4096 });
    expect(kept.map((k) => [k.n, k.filename, k.size, Boolean(k.storedAt)])).toEqual([[1, 'المساهمة الوطنية.pdf', 1000, true], [2, 'big.pdf', 5000, false]]);
    expect((await readFile(kept[0].storedAt!)).length).toBe(1000);
    expect(await readdir(dir)).toEqual(['1-المساهمة الوطنية.pdf']);
  });

  it('file names cannot leave their folder', () => {
    expect(safeFileName('../../etc/passwd')).not.toMatch(/[/\\]/);
    expect(safeFileName('..')).toBe('attachment');
    expect(safeFileName('a\u0000b|c.pdf')).toBe('a_b_c.pdf');
  });
});
