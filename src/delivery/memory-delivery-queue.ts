import { randomUUID } from 'node:crypto';
import { assertDeliveryTransition, deliveryNotFound, isLeasable, isUnsent, NEXT_DELIVERY_STATUS, type DeliveryAction } from './transitions.js';
import type { Delivery, DeliveryInput, DeliveryQueue, DeliveryStatus, LeaseRequest } from './types.js';

/** In-memory twin of the delivery queue, for tests and the contract suite. */
export class MemoryDeliveryQueue implements DeliveryQueue {
  private readonly items: Delivery[] = [];

  async enqueue(input: DeliveryInput): Promise<{ delivery: Delivery; created: boolean }> {
    const existing = this.items.find((d) => d.key === input.key);
    if (existing) return { delivery: structuredClone(existing), created: false };
    const now = new Date().toISOString();
    const delivery: Delivery = { ...structuredClone(input), id: `dlv-${randomUUID()}`, status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now };
    this.items.push(delivery);
    return { delivery: structuredClone(delivery), created: true };
  }

  async get(id: string): Promise<Delivery | undefined> {
    const d = this.items.find((x) => x.id === id);
    return d && structuredClone(d);
  }

  async lease(r: LeaseRequest): Promise<Delivery[]> {
    const now = (r.now ?? new Date()).toISOString();
    const until = new Date(Date.parse(now) + r.leaseMs).toISOString();
    const taken: Delivery[] = [];
    for (const d of this.items) {
      if (taken.length >= r.limit) break;
      if (!r.channels.includes(d.channel) || (r.ids && !r.ids.includes(d.id)) || !isLeasable(d, now)) continue;
      if (this.items.some((e) => e !== d && e.channel === d.channel && e.subject === d.subject && isUnsent(e) && this.items.indexOf(e) < this.items.indexOf(d))) continue;
      Object.assign(d, { status: 'sending', leaseUntil: until });
      taken.push(structuredClone(d));
    }
    return taken;
  }

  async markAttempt(id: string): Promise<void> {
    this.change(id, 'attempt', { attemptStartedAt: new Date().toISOString() });
  }

  async markSent(id: string, externalId: string): Promise<Delivery> {
    const d = this.must(id);
    return this.change(id, 'send', { externalId, sentAt: new Date().toISOString(), attempts: d.attempts + 1, leaseUntil: undefined, lastError: undefined });
  }

  async retry(id: string, error: string, at: Date): Promise<Delivery> {
    const d = this.must(id);
    return this.change(id, 'retry', { attempts: d.attempts + 1, lastError: error, nextAttemptAt: at.toISOString(), leaseUntil: undefined, attemptStartedAt: undefined });
  }

  async kill(id: string, reason: string): Promise<Delivery> {
    const d = this.must(id);
    // A delivery killed while sending ends an attempt: it is counted.
    return this.change(id, 'kill', { lastError: reason, leaseUntil: undefined, attempts: d.attempts + (d.status === 'sending' ? 1 : 0) });
  }

  async revive(id: string): Promise<Delivery> {
    return this.change(id, 'revive', { nextAttemptAt: new Date().toISOString(), attemptStartedAt: undefined });
  }

  async list(filter: { status?: DeliveryStatus[]; limit?: number } = {}): Promise<Delivery[]> {
    const found = this.items.filter((d) => !filter.status?.length || filter.status.includes(d.status));
    return structuredClone(found.slice(0, filter.limit ?? Infinity));
  }

  async nextDueAt(channels: readonly string[]): Promise<string | undefined> {
    const due = this.items.filter((d) => d.status === 'pending' && channels.includes(d.channel)).map((d) => d.nextAttemptAt).sort();
    return due[0];
  }

  async countByStatus(): Promise<Record<DeliveryStatus, number>> {
    const counts = { pending: 0, sending: 0, sent: 0, dead: 0 };
    for (const d of this.items) counts[d.status]++;
    return counts;
  }

  private change(id: string, action: DeliveryAction, changes: Partial<Delivery>): Delivery {
    const d = this.must(id);
    assertDeliveryTransition(d, action);
    Object.assign(d, changes, { status: NEXT_DELIVERY_STATUS[action] });
    return structuredClone(d);
  }

  private must(id: string): Delivery {
    const d = this.items.find((x) => x.id === id);
    if (!d) throw deliveryNotFound(id);
    return d;
  }
}
