import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AttachmentMeta } from '../../src/channel/types.js';
import type { MailPart } from './mime.js';

export interface KeptAttachment extends AttachmentMeta {
  n: number;
  sha256: string;
}

export interface KeepOptions {
  /** Folder of this message's files (one per intake record, so a retried message overwrites its own). */
  dir: string;
  maxBytes: number;
}

/**
 * Documents sent in by mail are kept under the data folder so a ticket can point at them; a file over
 * the cap is listed without bytes (the message itself stays, whole, in its IMAP folder). Inline images
 * (signature logos) are not documents and are skipped.
 */
export async function keepAttachments(parts: readonly MailPart[], opts: KeepOptions): Promise<KeptAttachment[]> {
  const kept: KeptAttachment[] = [];
  const documents = parts.filter((p) => !p.inline);
  for (const [i, part] of documents.entries()) {
    const n = i + 1;
    const meta: KeptAttachment = {
      n,
      filename: part.filename,
      contentType: part.contentType,
      size: part.content.length,
      sha256: createHash('sha256').update(part.content).digest('hex'),
    };
    if (part.content.length <= opts.maxBytes) {
      await mkdir(opts.dir, { recursive: true });
      const path = join(opts.dir, `${n}-${safeFileName(part.filename)}`);
      await writeFile(path, part.content);
      meta.storedAt = path;
    }
    kept.push(meta);
  }
  return kept;
}

/** A name that cannot leave its folder or upset a file system: letters (any script), digits, . _ - and spaces. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/]/g, '_')
    .replace(/[^\p{L}\p{M}\p{N}._ -]/gu, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(-120);
  return cleaned || 'attachment';
}
