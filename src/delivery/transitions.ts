import { AppError } from '../errors.js';
import type { Delivery, DeliveryStatus } from './types.js';

export type DeliveryAction = 'lease' | 'attempt' | 'send' | 'retry' | 'kill' | 'revive';

/** The delivery state machine, shared by every queue so that they agree on it. */
const ALLOWED_FROM: Record<DeliveryAction, readonly DeliveryStatus[]> = {
  lease: ['pending', 'sending'],
  attempt: ['sending'],
  send: ['sending'],
  retry: ['sending'],
  kill: ['pending', 'sending'],
  // Staff retry a dead letter, or send at once one that waits for its next attempt.
  revive: ['dead', 'pending'],
};

export const NEXT_DELIVERY_STATUS: Record<DeliveryAction, DeliveryStatus> = {
  lease: 'sending',
  attempt: 'sending',
  send: 'sent',
  retry: 'pending',
  kill: 'dead',
  revive: 'pending',
};

export function assertDeliveryTransition(delivery: Delivery, action: DeliveryAction): void {
  if (!ALLOWED_FROM[action].includes(delivery.status)) {
    throw new AppError('DELIVERY_STATE', `delivery ${delivery.id} is ${delivery.status}: cannot ${action} it`, {
      details: { deliveryId: delivery.id, status: delivery.status, action },
    });
  }
}

export function deliveryNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', `no delivery ${id}`, { details: { deliveryId: id } });
}

/** Whether a delivery may be leased now: due and pending, or sending with its lease run out. */
export function isLeasable(d: Delivery, now: string): boolean {
  if (d.status === 'pending') return d.nextAttemptAt <= now;
  return d.status === 'sending' && (d.leaseUntil ?? '') <= now;
}

/** Unsent: still to go out, and so holding back the later deliveries of its channel and subject. */
export function isUnsent(d: Delivery): boolean {
  return d.status === 'pending' || d.status === 'sending';
}
