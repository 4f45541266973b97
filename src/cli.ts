import { createApp, type AppServices } from './app.js';
import type { ServerPlugin } from './channel/plugin.js';
import { COMMANDS } from './cli/commands.js';
import type { CliContext } from './cli/context.js';
import { loadConfig, type Env } from './config.js';
import { withDotEnv } from './config/dotenv.js';
import { prepareDataFolder } from './cli/data-folder.js';
import { AppError } from './errors.js';
import { createLogger } from './logger.js';

export interface CliIo {
  argv: string[];
  env: Env;
  /** The working directory whose `.env` is read under `env`; none read when absent. */
  cwd?: string;
  out: (line: string) => void;
  err: (line: string) => void;
  stdin: NodeJS.ReadableStream;
  interactive: boolean;
  loadPlugins: () => Promise<ServerPlugin[]>;
}

const GLOBAL_HELP = `arcp — ARCP Assistant, the secretariat assistant of the Arab Regional Consultative Process on Migration and Asylum

Usage: arcp [--corpus DIR] [--data DIR] [--verbose] <command> [options]

Commands:
${'{commands}'}

Global options:
  --corpus DIR   corpus folder to ingest and answer from (default ./corpus, or ARCP_CORPUS_DIR)
  --data DIR     data folder for the database and indexes (default ./data, or ARCP_DATA_DIR)
  --verbose      log at debug level on standard error
  -h, --help     this help; "arcp <command> --help" for one command
  -v, --version  print the version

Settings come from the environment and from .env in the working directory (the environment wins);
every variable is documented in .env.example.`;

function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return GLOBAL_HELP.replace('{commands}', COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n'));
}

/** Splits the global options off the command line; the rest belongs to the command. */
function parseGlobal(argv: string[]) {
  const overrides: Env = {};
  const rest: string[] = [];
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if ((a === '--corpus' || a === '--data') && i + 1 < argv.length) {
      overrides[a === '--corpus' ? 'ARCP_CORPUS_DIR' : 'ARCP_DATA_DIR'] = argv[++i];
    } else if (a.startsWith('--corpus=')) overrides.ARCP_CORPUS_DIR = a.slice(9);
    else if (a.startsWith('--data=')) overrides.ARCP_DATA_DIR = a.slice(7);
    else if (a === '--verbose') verbose = true;
    else rest.push(a);
  }
  return { overrides, rest, verbose };
}

/** Runs one `arcp` invocation and returns its exit code; errors become one clear line on stderr. */
export async function runCli(io: CliIo): Promise<number> {
  const { overrides, rest, verbose } = parseGlobal(io.argv);
  const [name, ...args] = rest;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(globalHelp());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.out('arcp 0.1.0');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`arcp: unknown command "${name}". Run "arcp --help" for the list.`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  let app: AppServices | undefined;
  try {
    const env = io.cwd === undefined ? io.env : withDotEnv(io.env, io.cwd);
    const config = loadConfig(env, verbose ? { ...overrides, LOG_LEVEL: 'debug' } : overrides);
    const quiet = command.name !== 'serve' && !verbose ? { ...config.core, logLevel: 'warn' as const } : config.core;
    const logger = createLogger(quiet.logLevel);
    const ctx: CliContext = {
      config, logger, out: io.out, err: io.err, stdin: io.stdin, interactive: io.interactive, loadPlugins: io.loadPlugins,
      openApp: async (options = {}) => {
        if (!app) {
          prepareDataFolder(config.core.dataDir, { create: options.create ?? false, say: io.err });
          app = await createApp(config, logger, { rebuildIndex: options.rebuildIndex });
          if (options.ingest) {
            const report = await app.ingestCorpus();
            if (report.failed > 0) io.err(`arcp: ${report.failed} corpus file(s) failed to ingest; run "arcp ingest" for details`);
          }
        }
        return app;
      },
    };
    return await command.run(args, ctx);
  } catch (err) {
    const e = AppError.from(err);
    io.err(`arcp ${name}: ${e.code === 'INTERNAL' ? `unexpected error: ${e.message}` : e.message}`);
    if (verbose && e.cause) io.err(String((e.cause as Error).stack ?? e.cause));
    return e.code === 'BAD_REQUEST' ? 2 : 1;
  } finally {
    await app?.close();
  }
}
