import { resolve } from 'node:path';
import { createApp, type AppOptions, type AppServices } from './app.js';
import { createHost } from './channel/host.js';
import type { RunningChannel, ServerPlugin } from './channel/plugin.js';
import type { Config } from './config.js';
import { runAsLeader } from './core/leader-duty.js';
import type { Logger } from './logger.js';
import { startHttpServer, type HttpServer } from './server/http.js';
import { lockDataFolder, type DataLock } from './store/data-lock.js';

export interface RunningAssistant {
  app: AppServices;
  http: HttpServer;
  url: string;
  stop(): Promise<void>;
}

const SLA_CHECK_MS = 15 * 60 * 1000;

/**
 * The composition root: config → logger → store → core → corpus ingest → HTTP server → enabled channels
 * → the delivery loop. Plugins come from the entry point so that `src/` never imports `adapters/`.
 */
export async function serve(config: Config, logger: Logger, plugins: ServerPlugin[], options: AppOptions = {}): Promise<RunningAssistant> {
  const lock = options.inMemory ? undefined : lockDataFolder(resolve(config.core.dataDir));
  try {
    return await start({ config, logger, plugins, options, lock });
  } catch (err) {
    lock?.release();
    throw err;
  }
}

interface StartInput {
  config: Config;
  logger: Logger;
  plugins: ServerPlugin[];
  options: AppOptions;
  lock: DataLock | undefined;
}

async function start({ config, logger, plugins, options, lock }: StartInput): Promise<RunningAssistant> {
  const app = await createApp(config, logger, options);
  const report = await app.ingestCorpus();
  logger.info({ documents: report.files.length, failed: report.failed, passages: app.engine.size(), ms: report.elapsedMs }, 'corpus ready');
  const http = await startHttpServer(app, config.core.port, config.core.host);
  const publicUrl = () => config.core.publicUrl ?? http.url;
  const running: { name: string; channel: RunningChannel }[] = [];
  for (const plugin of plugins) {
    const channel = await startPlugin(app, plugin, { router: http.router, publicUrl });
    if (channel) running.push({ name: plugin.name, channel });
  }
  // Answers and drafts approved before the outbound queue existed join it; then the queue runs.
  await app.staff.enqueueUndelivered();
  await app.drafts.enqueueApproved();
  app.deliveries.start();
  const sla = slaReminders(app);
  logger.info({ url: http.url }, 'ARCP Assistant is listening');
  let stopped = false;
  return {
    app,
    http,
    url: http.url,
    async stop() {
      if (stopped) return;
      stopped = true;
      // Graceful: no new connections and not ready (the load balancer moves on), then the turns under
      // way finish — each within its deadline — and reply, then the channels and the queue stop.
      http.beginDrain();
      const drained = await app.turns.drain(config.core.turnDeadlineMs + 5000);
      if (!drained) logger.warn({ inFlight: app.turns.inFlight() }, 'stopping with turns still running: their claims run out and another replica takes them');
      await sla.stop();
      await app.deliveries.stop();
      for (const { name, channel } of running.reverse()) {
        await channel.stop().catch((err) => logger.warn({ err, channel: name }, 'channel did not stop cleanly'));
      }
      await http.close();
      await app.close();
      lock?.release();
    },
  };
}

/** One replica sends the SLA reminders (the leader of the duty); another takes over if it dies. */
function slaReminders(app: AppServices) {
  const { logger, config } = app;
  return runAsLeader({
    leadership: app.stores.leadership, roles: app.roles, duty: 'sla-reminders', logger, retryMs: config.core.leaderRetryMs,
    start() {
      const timer = setInterval(() => void app.staff.remindOverdue().catch((err) => logger.warn({ err }, 'SLA check failed')), SLA_CHECK_MS);
      timer.unref();
      return { stop: async () => clearInterval(timer) };
    },
  });
}

async function startPlugin(app: AppServices, plugin: ServerPlugin, http: { router: HttpServer['router']; publicUrl: () => string }): Promise<RunningChannel | undefined> {
  if (plugin.kind === 'surface') return plugin.start({ app, router: http.router });
  const config = plugin.configOf(app.config);
  if (config === undefined) {
    app.logger.info({ channel: plugin.name }, 'channel off (no settings)');
    return undefined;
  }
  const channel = await plugin.start(createHost(app, plugin.name, config, http));
  app.logger.info({ channel: plugin.name }, 'channel on');
  return channel;
}
