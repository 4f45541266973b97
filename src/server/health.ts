import type { Router } from 'express';
import type { AppServices } from '../app.js';
import { createMetrics } from './metrics.js';

export interface Readiness {
  ready: boolean;
  database: 'ok' | string;
  index: 'ok' | 'empty';
  store: 'sqlite' | 'postgres';
  roles: Record<string, string>;
  draining: boolean;
}

/** Whether this replica should be sent traffic: its database answers, its index has passages, its roles are known, it is not stopping. */
export async function readiness(app: AppServices, draining: boolean): Promise<Readiness> {
  const database = await app.stores.ping().then(() => 'ok', (err: unknown) => (err instanceof Error ? err.message : String(err)));
  const index = app.engine.size() > 0 ? 'ok' : 'empty';
  const ready = database === 'ok' && index === 'ok' && app.roles.known() && !draining;
  return { ready, database, index, store: app.stores.kind, roles: app.roles.snapshot(), draining };
}

/**
 * /healthz (the process is up), /readyz (send it traffic: 503 while not ready or draining) and /metrics
 * (Prometheus text format).
 */
export function mountHealth(router: Router, app: AppServices, isDraining: () => boolean): void {
  router.get('/healthz', (_req, res) => {
    const storage = app.storage.status();
    const status = storage.ok ? 'ok' : 'degraded';
    res.json({ status, ...(storage.ok ? {} : { storage }), passages: app.engine.size(), channels: app.channels.names() });
  });
  router.get('/readyz', async (_req, res) => {
    const r = await readiness(app, isDraining());
    res.status(r.ready ? 200 : 503).json(r);
  });
  const registry = createMetrics(app);
  router.get('/metrics', async (_req, res, next) => {
    try {
      const text = await registry.metrics();
      res.type(registry.contentType).send(text);
    } catch (err) {
      next(err);
    }
  });
}
