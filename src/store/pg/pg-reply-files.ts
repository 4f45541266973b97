import type { ReplyFile, ReplyFiles } from '../../tickets/reply-files.js';
import { toReplyFile, type ReplyFileRow } from '../reply-file-store.js';
import { one, type PgPool } from './pool.js';

/** Documents attached to staff answers, on PostgreSQL (migration 005). */
export class PgReplyFiles implements ReplyFiles {
  constructor(private readonly pool: PgPool) {}

  async put(file: ReplyFile): Promise<void> {
    await this.pool.query(
      'INSERT INTO reply_files (id, filename, media_type, size, bytes, created_at) VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT (id) DO NOTHING',
      [file.id, file.filename, file.mediaType, file.size, file.bytes],
    );
  }

  async get(id: string): Promise<ReplyFile | undefined> {
    const row = await one<ReplyFileRow>(this.pool, 'SELECT id, filename, media_type, size, bytes FROM reply_files WHERE id = $1', [id]);
    return row && toReplyFile(row);
  }
}
