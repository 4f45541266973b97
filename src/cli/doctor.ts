import { parseArgs } from 'node:util';
import { AppError } from '../errors.js';
import type { CliCommand, CliContext } from './context.js';
import { channelFindings } from './doctor-channels.js';
import { corpusFindings, databaseFindings, languageFindings, type Finding } from './doctor-checks.js';

/** Seconds each call to a channel's service may take, unless --timeout says otherwise. */
const DEFAULT_TIMEOUT_S = 10;

export const doctorCommand: CliCommand = {
  name: 'doctor',
  summary: "check a deployment: configuration, database, index, corpus and channels; say what is wrong and how to fix it",
  usage: `arcp doctor [--offline] [--timeout <seconds>]

Reads the configuration as "arcp serve" would, then checks the database (SQLite data folder, or the
PostgreSQL of DATABASE_URL and its migrations), the corpus folder, the search index, the system's Arabic
word list and English–Arabic dictionary, and each channel that is on: its credentials are tried live
(Slack: auth.test with the bot token, and the app-level token for Socket Mode; Teams: a Bot Framework
token from the Microsoft login endpoint; email: an IMAP login and an SMTP check), each call given
${DEFAULT_TIMEOUT_S} seconds unless --timeout says otherwise. --offline skips those calls. Prints one line
per check, with the fix under each problem (WARN: usable, with something lost); exits 1 when something is
wrong. A configuration that cannot be read is reported before any check, every problem at once.`,
  async run(argv, ctx) {
    const options = doctorOptions(argv);
    const findings = [
      { area: 'config', ok: true, say: 'configuration read (environment and .env)' } as Finding,
      ...(await databaseFindings(ctx.config)),
      ...corpusFindings(ctx.config),
    ];
    if (findings.every((f) => f.ok)) findings.push(...(await indexFindings(ctx)));
    else findings.push({ area: 'index', ok: false, skipped: true, say: 'not checked: the database or corpus above must be usable first' });
    findings.push(...languageFindings(ctx.config));
    findings.push(...(await channelFindings(ctx.config, await ctx.loadPlugins(), options)));
    for (const f of findings) {
      ctx.out(`${f.skipped ? '--  ' : f.warn ? 'WARN' : f.ok ? 'ok  ' : 'FAIL'} ${f.area.padEnd(8)} ${f.say}`);
      if ((!f.ok || f.warn) && f.fix) ctx.out(`     ${' '.repeat(8)} fix: ${f.fix}`);
    }
    const failed = findings.filter((f) => !f.ok && !f.skipped).length;
    ctx.out(failed ? `${failed} problem(s) found.` : 'No problems found.');
    return failed ? 1 : 0;
  },
};

function doctorOptions(argv: string[]): { live: boolean; timeoutMs: number } {
  const { values } = parseArgs({ args: argv, options: { offline: { type: 'boolean', default: false }, timeout: { type: 'string' } } });
  const seconds = values.timeout === undefined ? DEFAULT_TIMEOUT_S : Number(values.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new AppError('BAD_REQUEST', `--timeout takes a number of seconds, not "${values.timeout}"`);
  return { live: !values.offline, timeoutMs: Math.round(seconds * 1000) };
}

async function indexFindings(ctx: CliContext): Promise<Finding[]> {
  const app = await ctx.openApp().catch((err: unknown) => err as Error);
  if (app instanceof Error) return [{ area: 'index', ok: false, say: `the index cannot be opened: ${app.message}`, fix: 'run "arcp ingest" once' }];
  const passages = app.engine.size();
  if (passages === 0) return [{ area: 'index', ok: false, say: 'the search index is empty', fix: 'run "arcp ingest" (the server also ingests the corpus folder at start-up)' }];
  return [{ area: 'index', ok: true, say: `${passages} passages in the search index` }];
}
