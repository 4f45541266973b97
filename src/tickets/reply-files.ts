import type { ReplyAttachment } from '../channel/types.js';

/** A document staff attached to an answer, with its bytes. */
export interface ReplyFile extends ReplyAttachment {
  bytes: Buffer;
}

/**
 * Where attached documents are kept until (and after) their answer is delivered: in the same store as the
 * delivery queue, written before the answer is queued, so that a process dying in between loses nothing
 * and any replica can send or serve it.
 */
export interface ReplyFiles {
  /** Keeps a file; a second put of the same id leaves the first. */
  put(file: ReplyFile): Promise<void>;
  get(id: string): Promise<ReplyFile | undefined>;
}
