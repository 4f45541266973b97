import type { Delivery } from './types.js';

/**
 * What a channel registers to deliver on its own initiative. Each channel has one for replies to askers
 * (its name is the channel's), staff surfaces have theirs for ticket notices, email one for Sent copies.
 */
export interface DeliverySender {
  readonly name: string;
  send(delivery: Delivery): Promise<{ externalId: string }>;
  /**
   * Before an attempt that may repeat an earlier one (a retry, or the first attempt after a crash during a
   * send), whether the remote has the message already: its id there, `false` when it has not, undefined
   * when the remote cannot be asked. Throws when asking failed (the remote is down): the attempt is
   * retried later. Slack can be asked (the message carries the delivery id in its metadata).
   */
  confirm?(delivery: Delivery): Promise<{ externalId: string } | false | undefined>;
  /**
   * A delivery in doubt that `confirm` cannot settle: `resend` where a second copy is harmless (the web
   * transcript), `hold` where it is not — the delivery becomes a dead letter for staff to check and retry.
   */
  readonly inDoubt: 'resend' | 'hold';
  /** A refusal no retry will change (an address the mail server refuses). */
  isPermanent?(err: unknown): boolean;
}

/** Test seams around the remote call: the crash tests kill the process before it and after it. */
export interface DeliveryHooks {
  beforeSend?(delivery: Delivery): void | Promise<void>;
  afterSend?(delivery: Delivery): void | Promise<void>;
}

export interface DeliverySettings {
  /** How long a process holds a delivery it is sending; a dead process's deliveries are taken again after it. */
  leaseMs: number;
  /** How often the queue is read for deliveries queued by other processes (`arcp tickets reply`). */
  pollMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Failed attempts before a delivery becomes a dead letter. */
  maxAttempts: number;
}
