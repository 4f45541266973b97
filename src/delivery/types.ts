import type { ConversationRef } from '../channel/types.js';

/**
 * The delivery queue: everything the product sends on its own initiative (staff answers, approved drafts,
 * replies sent after the turn, SLA reminders and other staff notices, copies to the Sent folder) waits
 * here, durably, until its channel's sender has delivered it. SQLite in the product
 * (src/store/delivery-store.ts), a memory twin in tests; tests/contract/delivery-queue.contract.test.ts.
 */
export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** What a delivery is, so that its effects can follow once it is sent (a ticket marked delivered…). */
export type DeliveryKind = 'reply' | 'staff-answer' | 'draft' | 'staff-notice' | 'copy';

export interface DeliveryInput {
  /** A second enqueue with the same key is a no-op: what makes a resumed turn or action send once. */
  key: string;
  /** The sender that delivers it: a channel name, or a staff surface / copy sender's name. */
  channel: string;
  kind: DeliveryKind;
  /** Deliveries of one channel and subject (a conversation, a ticket) go out in the order queued. */
  subject: string;
  ref?: ConversationRef;
  /** JSON: the reply, or what the sender needs to build the message. */
  payload: Record<string, unknown>;
}

export interface Delivery extends DeliveryInput {
  id: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  /** While sending: until when this process holds it; a lease that runs out means the holder died. */
  leaseUntil?: string;
  /** Set just before the remote call: a lease that runs out after it leaves the delivery in doubt. */
  attemptStartedAt?: string;
  lastError?: string;
  externalId?: string;
  createdAt: string;
  sentAt?: string;
}

export interface LeaseRequest {
  /** Only these senders' deliveries (the ones running in this process). */
  channels: readonly string[];
  limit: number;
  leaseMs: number;
  /** Only these deliveries (to try one at once after queuing it). */
  ids?: readonly string[];
  now?: Date;
}

export interface DeliveryQueue {
  enqueue(input: DeliveryInput): Promise<{ delivery: Delivery; created: boolean }>;
  get(id: string): Promise<Delivery | undefined>;
  /**
   * Leases the deliveries that are due, oldest first: pending ones whose time has come, and sending ones
   * whose lease ran out. A delivery behind an unsent one of the same channel and subject waits its turn.
   */
  lease(request: LeaseRequest): Promise<Delivery[]>;
  /** Marks the remote call as started; must be durable before the call. */
  markAttempt(id: string): Promise<void>;
  markSent(id: string, externalId: string): Promise<Delivery>;
  /** Back to pending, due again at `at`; the failed attempt is counted. */
  retry(id: string, error: string, at: Date): Promise<Delivery>;
  /** The dead letter state: nothing more is tried until staff revive it. */
  kill(id: string, reason: string): Promise<Delivery>;
  revive(id: string): Promise<Delivery>;
  list(filter?: { status?: DeliveryStatus[]; limit?: number }): Promise<Delivery[]>;
  /** When the next pending delivery of these senders is due, if any. */
  nextDueAt(channels: readonly string[]): Promise<string | undefined>;
  /** How many deliveries are in each state (the queue depth and dead letters of /metrics). */
  countByStatus(): Promise<Record<DeliveryStatus, number>>;
}
