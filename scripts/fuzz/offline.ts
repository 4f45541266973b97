import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loopGuard } from '../../adapters/email/loop-guard.js';
import { toInboundMessage } from '../../adapters/email/inbound.js';
import { parseMail } from '../../adapters/email/mime.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { silentLogger } from '../../src/logger.js';
import { MemoryRetriever } from '../../src/retrieval/memory-retriever.js';
import { openDatabase } from '../../src/store/db.js';
import { docxOf, zipOf } from '../../tests/support/zip.js';
import type { Random } from './random.js';

export interface OfflineResult {
  kinds: string[];
  cases: number;
  crashes: string[];
  lost: string[];
}

const within = <T>(ms: number, p: Promise<T>) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no result within ${ms} ms`)), ms).unref())]);

function mutateMime(raw: Buffer, r: Random): { kind: string; bytes: Buffer } {
  const text = raw.toString('latin1');
  return r.pick([
    () => ({ kind: 'mime: cut off', bytes: raw.subarray(0, r.int(raw.length)) }),
    () => ({ kind: 'mime: bytes flipped', bytes: Buffer.from(raw.map((b) => (r.int(50) === 0 ? r.int(256) : b))) }),
    () => ({ kind: 'mime: garbage header lines', bytes: Buffer.from(`X-${r.int(1e6)}: ${r.bytes(80).toString('latin1')}\r\nContent-Type: multipart/mixed; boundary=\r\n${text}`, 'latin1') }),
    () => ({ kind: 'mime: no blank line after headers', bytes: Buffer.from(text.replace(/\r?\n\r?\n/, '\r\n'), 'latin1') }),
    () => ({ kind: 'mime: random bytes', bytes: r.bytes(1 + r.int(3000)) }),
    () => ({ kind: 'mime: charset unknown', bytes: Buffer.from(text.replace(/charset="?[\w-]+"?/gi, 'charset=x-unknown'), 'latin1') }),
  ])();
}

/**
 * Mail as the email channel takes it in (parse, loop guard, message): an exception is a mail the intake
 * files as malformed, kept for staff; a crash is a parse that never ends.
 */
export async function fuzzMime(repoRoot: string, r: Random, count: number, out: OfflineResult): Promise<void> {
  const dir = join(repoRoot, 'tests', 'fixtures', 'email');
  const samples = readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(join(dir, f)));
  for (let i = 0; i < count; i++) {
    const { kind, bytes } = mutateMime(r.pick(samples), r);
    out.kinds.push(kind);
    out.cases++;
    try {
      await within(10_000, (async () => {
        const mail = await parseMail(bytes);
        if (!loopGuard(mail, { ownAddresses: ['secretariat@arcp.example'] })) toInboundMessage(mail, { conversationId: `fuzz-${i}`, attachments: [] });
      })());
    } catch (err) {
      if ((err as Error).message.startsWith('no result within')) out.crashes.push(`${kind}: ${(err as Error).message}`);
    }
  }
}

const DOCUMENTS: Array<[string, (r: Random) => Buffer | string]> = [
  ['document: random bytes as PDF', (r) => r.bytes(1 + r.int(4000))],
  ['document: PDF header then garbage', (r) => Buffer.concat([Buffer.from('%PDF-1.7\n'), r.bytes(2000)])],
  ['document: random bytes as DOCX', (r) => Buffer.concat([Buffer.from('PK\u0003\u0004'), r.bytes(1000)])],
  ['document: DOCX whose text unpacks to 40 MB', () => docxOf(Buffer.alloc(40 * 1024 * 1024, 'a'))],
  ['document: ZIP of 3000 entries as DOCX', () => zipOf(Array.from({ length: 3000 }, (_, i) => ({ name: `p${i}.xml`, data: Buffer.from('<a/>') })))],
  ['document: invalid UTF-8 text', (r) => r.bytes(500)],
  ['document: HTML garbage', (r) => `<html><body>${'<div>'.repeat(5000)}${r.bytes(200).toString('latin1')}`],
  ['document: Markdown, front matter never closed', () => '---\nid: open\ntitle: {ar: مذكرة}\n\nنص.\n'],
  ['document: Markdown, front matter not YAML', () => '---\nid: [unclosed\n---\nنص عن الهجرة.\n'],
  ['document: empty', () => ''],
];
const EXT: Record<string, string> = { PDF: 'pdf', DOCX: 'docx', ZIP: 'docx', text: 'txt', HTML: 'html', Markdown: 'md', empty: 'md' };

/** Documents written to a fresh corpus folder and ingested: each must come back with a result line. */
export async function fuzzDocuments(root: string, r: Random, count: number, out: OfflineResult): Promise<void> {
  const corpus = join(root, 'fuzz-corpus');
  await mkdir(corpus, { recursive: true });
  const written: string[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, make] = DOCUMENTS[i % DOCUMENTS.length]!;
    const ext = Object.entries(EXT).find(([word]) => kind.includes(word))![1];
    const name = `doc-${i}.${ext}`;
    await writeFile(join(corpus, name), make(r));
    out.kinds.push(kind);
    out.cases++;
    written.push(name);
  }
  try {
    const report = await within(90_000, ingestPaths({ paths: [corpus], corpusDir: corpus, db: openDatabase(':memory:'), index: new MemoryRetriever(), logger: silentLogger(), maxFileBytes: 25 << 20 }));
    const reported = new Set(report.files.map((f) => f.file));
    out.lost.push(...written.filter((n) => !reported.has(n)).map((n) => `document ${n}: no result`));
  } catch (err) {
    out.crashes.push(`documents: ingest threw ${(err as Error).message}`);
  }
}
