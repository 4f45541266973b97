import { serve } from '../main.js';
import type { CliCommand } from './context.js';
import { prepareDataFolder } from './data-folder.js';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'run the assistant: web chat at /, health at /healthz, and every configured channel',
  usage: `arcp serve

Starts the HTTP server on HOST:PORT (default 127.0.0.1:3978) after ingesting the corpus folder.
Channels with settings in the environment (Teams, Slack, email) are switched on; see .env.example.`,
  async run(_argv, ctx) {
    prepareDataFolder(ctx.config.core.dataDir, { create: true, say: ctx.err });
    const running = await serve(ctx.config, ctx.logger, await ctx.loadPlugins());
    ctx.err(`ARCP Assistant: web chat at ${running.url}/  (health: ${running.url}/healthz). Ctrl+C stops it.`);
    await new Promise<void>((resolve) => {
      const stop = () => void running.stop().then(resolve, resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
