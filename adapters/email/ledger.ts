import { createHash } from 'node:crypto';
import type { ChannelStateScope } from '../../src/channel/channel-state.js';

export const INTAKE_STATES = ['received', 'processing', 'answered', 'ticketed', 'drafted', 'staff', 'ignored', 'failed'] as const;
export type IntakeState = (typeof INTAKE_STATES)[number];
export type FinalIntakeState = Exclude<IntakeState, 'received' | 'processing'>;

/** Where a message sits on the IMAP server; UIDs are only meaningful with their mailbox's UIDVALIDITY. */
export interface IntakeKey {
  mailbox: string;
  uidValidity: string;
  uid: number;
}

export interface StoredAttachment {
  n: number;
  filename: string;
  contentType: string;
  size: number;
  sha256?: string;
  storedAt?: string;
}

export interface IntakeOutcome {
  reason?: string;
  sender?: string;
  conversationId?: string;
  ticketId?: string;
  draftId?: string;
  deliveryId?: string;
  folder: string;
}

export interface IntakeRecord extends IntakeKey, Partial<Omit<IntakeOutcome, 'folder'>> {
  /** A short stable name of the record (the folder of its attachments). */
  id: string;
  messageId: string;
  state: IntakeState;
  attempts: number;
  folder?: string;
  movedAt?: string;
  attachments?: StoredAttachment[];
  updatedAt: string;
}

const FINAL: readonly IntakeState[] = ['answered', 'ticketed', 'drafted', 'staff', 'ignored', 'failed'];
export const isFinalState = (s: IntakeState): s is FinalIntakeState => FINAL.includes(s);

const now = () => new Date().toISOString();
const intakeKey = (k: IntakeKey) => `intake:${k.mailbox}\n${k.uidValidity}\n${k.uid}`;

/**
 * The email channel's own state, in its scope of the channel state store: the intake state machine of
 * each message seen (received → processing → a final state, moved once filed), which copy of a
 * Message-ID owns it, and the thread index (every Message-ID received or sent → its conversation).
 */
export class EmailLedger {
  constructor(private readonly scope: ChannelStateScope) {}

  /** The intake record of a message, created in `received` the first time it is seen. */
  async intake(key: IntakeKey, messageId: string): Promise<IntakeRecord> {
    const id = createHash('sha256').update(intakeKey(key)).digest('hex').slice(0, 16);
    const fresh: IntakeRecord = { ...key, id, messageId, state: 'received', attempts: 0, updatedAt: now() };
    await this.scope.putIfAbsent(intakeKey(key), fresh);
    return (await this.intakeByKey(key))!;
  }

  intakeByKey(key: IntakeKey): Promise<IntakeRecord | undefined> {
    return this.scope.get<IntakeRecord>(intakeKey(key));
  }

  /**
   * Another copy of the same Message-ID already taken past `received` (processed, or being processed).
   * A failed copy does not count: moving failed mail back to the inbox is how staff retry it.
   */
  async earlierCopy(record: IntakeRecord): Promise<IntakeRecord | undefined> {
    const owner = await this.scope.get<string>(`message:${record.messageId}`);
    if (!owner || owner === intakeKey(record)) return undefined;
    const other = await this.scope.get<IntakeRecord>(owner);
    return other && other.state !== 'received' && other.state !== 'failed' ? other : undefined;
  }

  async startProcessing(record: IntakeRecord): Promise<IntakeRecord> {
    await this.scope.put(`message:${record.messageId}`, intakeKey(record));
    return this.save({ ...record, state: 'processing', attempts: record.attempts + 1 });
  }

  /** Back to `received` after a transient failure: the next scan tries again. */
  retryLater(record: IntakeRecord, reason: string): Promise<IntakeRecord> {
    return this.save({ ...record, state: 'received', reason });
  }

  finish(record: IntakeRecord, state: FinalIntakeState, o: IntakeOutcome): Promise<IntakeRecord> {
    return this.save({ ...record, ...o, state, sender: o.sender ?? record.sender, conversationId: o.conversationId ?? record.conversationId });
  }

  markMoved(record: IntakeRecord): Promise<IntakeRecord> {
    return this.save({ ...record, movedAt: now() });
  }

  saveAttachments(record: IntakeRecord, attachments: StoredAttachment[]): Promise<IntakeRecord> {
    return this.save({ ...record, attachments });
  }

  /** The conversation of the first of these Message-IDs that is known. */
  async conversationOf(messageIds: readonly string[]): Promise<string | undefined> {
    for (const id of messageIds) {
      const found = await this.scope.get<string>(`thread:${id}`);
      if (found) return found;
    }
    return undefined;
  }

  async linkThread(messageIds: readonly string[], conversationId: string): Promise<void> {
    for (const id of messageIds) await this.scope.putIfAbsent(`thread:${id}`, conversationId);
  }

  private async save(record: IntakeRecord): Promise<IntakeRecord> {
    const saved = { ...record, updatedAt: now() };
    await this.scope.put(intakeKey(record), saved);
    return saved;
  }
}
