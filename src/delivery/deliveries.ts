import type { Logger } from '../logger.js';
import { attemptDelivery } from './attempt.js';
import type { DeliveryHooks, DeliverySender, DeliverySettings } from './sender.js';
import type { Delivery, DeliveryInput, DeliveryQueue, DeliveryStatus } from './types.js';

export interface DeliveriesDeps {
  queue: DeliveryQueue;
  settings: DeliverySettings;
  logger: Logger;
  hooks?: DeliveryHooks;
}

const BATCH = 16;

/**
 * The outbound queue at work: senders registered by the channels running in this process, deliveries
 * queued by anyone (this process, `arcp tickets reply`, another server), sent once each with retries and
 * back-off while the server runs. `sendNow` also tries at once, so that staff learn whether their answer
 * reached the asker; whatever it leaves pending the loop sends when the channel is back.
 */
export class Deliveries {
  private readonly senders = new Map<string, DeliverySender>();
  private readonly followUps: ((d: Delivery) => Promise<void>)[] = [];
  /** Deliveries this process is sending: never taken twice here, even if a slow send outlives its lease. */
  private readonly inFlight = new Set<string>();
  private running: Promise<void> | undefined;
  private again = false;
  private started = false;
  private stopped = false;
  private poll: NodeJS.Timeout | undefined;
  private wake: NodeJS.Timeout | undefined;

  constructor(private readonly deps: DeliveriesDeps) {}

  register(sender: DeliverySender): void {
    this.senders.set(sender.name, sender);
    this.kick();
  }

  has(name: string): boolean {
    return this.senders.has(name);
  }

  /** What follows every delivery once sent (idempotent: it may run again after a crash). */
  afterSent(handler: (d: Delivery) => Promise<void>): void {
    this.followUps.push(handler);
  }

  /** Queues a delivery (a second one with the same key is the first) and wakes the loop. */
  async enqueue(input: DeliveryInput): Promise<Delivery> {
    const { delivery } = await this.deps.queue.enqueue(input);
    this.kick();
    return delivery;
  }

  /** Queues and tries at once; the delivery as it stands after that attempt. */
  async sendNow(input: DeliveryInput): Promise<Delivery> {
    const { delivery, created } = await this.deps.queue.enqueue(input);
    if (!created && (delivery.status === 'pending' || delivery.status === 'dead')) await this.deps.queue.revive(delivery.id);
    const after = await this.attemptNow(delivery.id);
    this.kick();
    return after;
  }

  async revive(id: string): Promise<Delivery> {
    const d = await this.deps.queue.revive(id);
    this.kick();
    return d;
  }

  /** How many deliveries are in each state, across every process sharing the store. */
  counts(): Promise<Record<DeliveryStatus, number>> {
    return this.deps.queue.countByStatus();
  }

  list(filter?: { status?: DeliveryStatus[]; limit?: number }): Promise<Delivery[]> {
    return this.deps.queue.list(filter);
  }

  start(): void {
    this.started = true;
    this.poll = setInterval(() => this.kick(), this.deps.settings.pollMs);
    this.poll.unref();
    this.kick();
  }

  /** Resolves once nothing more is due now (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    clearTimeout(this.wake);
    await this.running;
  }

  /** Runs what is due now, then sleeps until the next retry is due. */
  kick(): void {
    if (!this.started || this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.wake);
    this.running = this.drain()
      .catch((err: unknown) => this.deps.logger.error({ err }, 'delivery loop failed'))
      .then(() => this.sleepUntilDue())
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  private async attemptNow(id: string): Promise<Delivery> {
    const [leased] = await this.deps.queue.lease({ channels: [...this.senders.keys()], ids: [id], limit: 1, leaseMs: this.deps.settings.leaseMs });
    if (!leased) return (await this.deps.queue.get(id))!;
    return this.attempt(leased);
  }

  private async drain(): Promise<void> {
    const channels = [...this.senders.keys()];
    for (;;) {
      if (this.stopped) return;
      const batch = await this.deps.queue.lease({ channels, limit: BATCH, leaseMs: this.deps.settings.leaseMs });
      if (batch.length === 0) return;
      await Promise.all(batch.map((d) => this.attempt(d)));
    }
  }

  private async attempt(d: Delivery): Promise<Delivery> {
    if (this.inFlight.has(d.id)) return d;
    this.inFlight.add(d.id);
    const ctx = {
      queue: this.deps.queue, sender: this.senders.get(d.channel)!, settings: this.deps.settings, hooks: this.deps.hooks ?? {},
      logger: this.deps.logger, onSent: (sent: Delivery) => this.followUp(sent),
    };
    try {
      return await attemptDelivery(ctx, d);
    } catch (err) {
      this.deps.logger.error({ err, deliveryId: d.id }, 'delivery attempt failed; its lease runs out and it is tried again');
      return d;
    } finally {
      this.inFlight.delete(d.id);
    }
  }

  private async followUp(d: Delivery): Promise<void> {
    for (const handler of this.followUps) await handler(d);
  }

  private async sleepUntilDue(): Promise<void> {
    if (this.stopped) return;
    const next = await this.deps.queue.nextDueAt([...this.senders.keys()]);
    if (!next) return;
    clearTimeout(this.wake);
    this.wake = setTimeout(() => this.kick(), Math.max(0, Date.parse(next) - Date.now()) + 5);
    this.wake.unref();
  }
}
