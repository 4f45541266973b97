import { createApp, type AppServices } from './app.js';
import type { ChannelPlugin, RunningChannel } from './channel/plugin.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { startHttpServer, type HttpServer } from './server/http.js';

export interface RunningAssistant {
  app: AppServices;
  http: HttpServer;
  url: string;
  stop(): Promise<void>;
}

const SLA_CHECK_MS = 15 * 60 * 1000;

/**
 * The composition root: config → logger → store → core → corpus ingest → HTTP server → enabled channels.
 * Channel plugins come from the entry point so that `src/` never imports `adapters/`.
 */
export async function serve(config: Config, logger: Logger, plugins: ChannelPlugin[], options: { inMemory?: boolean } = {}): Promise<RunningAssistant> {
  const app = await createApp(config, logger, options);
  const report = await app.ingestCorpus();
  logger.info({ documents: report.files.length, failed: report.failed, passages: app.engine.size(), ms: report.elapsedMs }, 'corpus ready');
  const http = await startHttpServer(app, config.core.port, config.core.host);
  const publicUrl = () => config.core.publicUrl ?? http.url;
  const running: { name: string; channel: RunningChannel }[] = [];
  for (const plugin of plugins) {
    if (!plugin.enabled(config)) {
      logger.info({ channel: plugin.name }, 'channel off (no settings)');
      continue;
    }
    running.push({ name: plugin.name, channel: await plugin.start({ app, router: http.router, publicUrl }) });
    logger.info({ channel: plugin.name }, 'channel on');
  }
  await app.staff.redeliverPending();
  const sla = setInterval(() => void app.staff.remindOverdue().catch((err) => logger.warn({ err }, 'SLA check failed')), SLA_CHECK_MS);
  sla.unref();
  logger.info({ url: http.url }, 'ARCP Assistant is listening');
  let stopped = false;
  return {
    app,
    http,
    url: http.url,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(sla);
      for (const { name, channel } of running.reverse()) {
        await channel.stop().catch((err) => logger.warn({ err, channel: name }, 'channel did not stop cleanly'));
      }
      await http.close();
      await app.close();
    },
  };
}
