import type { ReplyFile, ReplyFiles } from './reply-files.js';

/** In-memory twin of the reply-file store; bytes are copied in and out as the database would. */
export class MemoryReplyFiles implements ReplyFiles {
  private readonly files = new Map<string, ReplyFile>();

  async put(file: ReplyFile): Promise<void> {
    if (!this.files.has(file.id)) this.files.set(file.id, { ...file, bytes: Buffer.from(file.bytes) });
  }

  async get(id: string): Promise<ReplyFile | undefined> {
    const file = this.files.get(id);
    return file && { ...file, bytes: Buffer.from(file.bytes) };
  }
}
