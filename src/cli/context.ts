import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { AppServices } from '../app.js';
import type { ServerPlugin } from '../channel/plugin.js';

/** What every `arcp` sub-command receives. */
export interface CliContext {
  config: Config;
  logger: Logger;
  out: (line: string) => void;
  err: (line: string) => void;
  stdin: NodeJS.ReadableStream;
  /** Whether stdout is a terminal (progress bars, colours). */
  interactive: boolean;
  /**
   * Opens the product's services (store, search engine, assistant) once; closed by the dispatcher. A
   * missing data folder is created (and said) only with `create`, for commands that write.
   */
  openApp: (options?: { ingest?: boolean; create?: boolean; rebuildIndex?: boolean }) => Promise<AppServices>;
  /** The channel plugins from `adapters/`, loaded only by the commands that serve them. */
  loadPlugins: () => Promise<ServerPlugin[]>;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], ctx: CliContext): Promise<number>;
}
