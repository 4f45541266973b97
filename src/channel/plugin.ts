import type { Router } from 'express';
import type { AppServices } from '../app.js';
import type { Config } from '../config.js';

export interface RunningChannel {
  stop(): Promise<void>;
}

/**
 * How a channel joins the server without `src/` importing it: the entry point hands the list of plugins
 * (from `adapters/`) to `serve`, which mounts each enabled one on the shared HTTP server.
 */
export interface ChannelPlugin {
  readonly name: string;
  /** Whether the configuration turns this channel on; a channel with no settings is simply off. */
  enabled(config: Config): boolean;
  start(context: { app: AppServices; router: Router; publicUrl: () => string }): Promise<RunningChannel>;
}
