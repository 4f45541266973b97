import type { ReplyFile, ReplyFiles } from '../tickets/reply-files.js';
import type { Db } from './db.js';

/** A reply_files row as both stores read it (PostgreSQL may give the size as a string). */
export interface ReplyFileRow {
  id: string;
  filename: string;
  media_type: string;
  size: number | string;
  bytes: Buffer | Uint8Array;
}

export function toReplyFile(row: ReplyFileRow): ReplyFile {
  return { id: row.id, filename: row.filename, mediaType: row.media_type, size: Number(row.size), bytes: Buffer.from(row.bytes) };
}

/** Documents attached to staff answers, on SQLite (migration 087). */
export class SqliteReplyFiles implements ReplyFiles {
  constructor(private readonly db: Db) {}

  async put(file: ReplyFile): Promise<void> {
    this.db
      .prepare('INSERT INTO reply_files (id, filename, media_type, size, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING')
      .run(file.id, file.filename, file.mediaType, file.size, file.bytes, new Date().toISOString());
  }

  async get(id: string): Promise<ReplyFile | undefined> {
    const row = this.db.prepare('SELECT id, filename, media_type, size, bytes FROM reply_files WHERE id = ?').get(id) as ReplyFileRow | undefined;
    return row && toReplyFile(row);
  }
}
