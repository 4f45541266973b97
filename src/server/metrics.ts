import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AppServices } from '../app.js';
import type { ChannelGauge } from '../channel/channel-gauges.js';

type Observed = Pick<AppServices, 'deliveries' | 'tickets' | 'engine' | 'turns' | 'config' | 'ingestLedger' | 'gauges'>;

/**
 * The Prometheus metrics of one replica (prom-client, its own registry). Turn counters and latencies
 * are counted as turns end; queue depth, dead letters, SLA breaches and the index size are read from the
 * stores when scraped, so every replica reports the same shared figures.
 */
export function createMetrics(app: Observed): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'arcp_process_' });
  const turns = new Counter({ name: 'arcp_turns_total', help: 'Turns ended, by channel and reply kind (repeat: a repeat of a message).', labelNames: ['channel', 'kind'], registers: [registry] });
  const failed = new Counter({ name: 'arcp_turns_failed_total', help: 'Turns answered by the last-resort handler, by channel.', labelNames: ['channel'], registers: [registry] });
  const latency = new Histogram({
    name: 'arcp_turn_duration_seconds', help: 'Time from a message in to its reply, by channel.', labelNames: ['channel'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30], registers: [registry],
  });
  gauges(registry, app);
  indexGauges(registry, app);
  app.gauges.each((g) => channelGauge(registry, g));
  app.turns.onTurn((t) => {
    turns.inc({ channel: t.channel, kind: t.kind });
    if (t.failed) failed.inc({ channel: t.channel });
    if (t.kind !== 'repeat') latency.observe({ channel: t.channel }, t.ms / 1000);
  });
  return registry;
}

function gauges(registry: Registry, app: Observed): void {
  new Gauge({
    name: 'arcp_turns_in_flight', help: 'Turns running in this replica now.', registers: [registry],
    collect() { this.set(app.turns.inFlight()); },
  });
  new Gauge({
    name: 'arcp_delivery_queue_depth', help: 'Deliveries waiting or being sent (all replicas).', registers: [registry],
    async collect() {
      const c = await app.deliveries.counts();
      this.set(c.pending + c.sending);
    },
  });
  new Gauge({
    name: 'arcp_delivery_dead_letters', help: 'Deliveries given up on, waiting for staff (all replicas).', registers: [registry],
    async collect() { this.set((await app.deliveries.counts()).dead); },
  });
  new Gauge({
    name: 'arcp_tickets_sla_breached', help: 'Open or claimed tickets older than ARCP_SLA_HOURS.', registers: [registry],
    async collect() {
      this.set((await app.tickets.list({ status: ['open', 'claimed'], olderThanHours: app.config.core.slaHours })).length);
    },
  });
  new Gauge({
    name: 'arcp_index_passages', help: "Passages in this replica's search index.", registers: [registry],
    collect() { this.set(app.engine.size()); },
  });
}

/**
 * The index of this replica against the shared ledger: an index generation behind the ledger's for
 * longer than a notification takes is a replica that missed an ingest (src/ingest/index-follower.ts).
 */
function indexGauges(registry: Registry, app: Observed): void {
  new Gauge({
    name: 'arcp_index_documents', help: "Documents in this replica's search index.", registers: [registry],
    collect() { this.set(app.engine.documents().size); },
  });
  new Gauge({
    name: 'arcp_index_generation', help: "The ingest ledger's generation this replica's search index reflects.", registers: [registry],
    collect() { this.set(app.engine.generation ?? 0); },
  });
  new Gauge({
    name: 'arcp_ingest_generation', help: "The ingest ledger's generation (shared on PostgreSQL): moves at every document added, replaced or removed.",
    registers: [registry],
    async collect() { this.set(await app.ingestLedger.generation()); },
  });
}

/** A channel's figure (ChannelHost.gauge), one sample per label value known at the scrape. */
function channelGauge(registry: Registry, g: ChannelGauge): void {
  new Gauge({
    name: g.name, help: g.help, labelNames: [g.label], registers: [registry],
    async collect() {
      const samples = await g.collect();
      this.reset();
      for (const [value, n] of samples) this.set({ [g.label]: value }, n);
    },
  });
}
