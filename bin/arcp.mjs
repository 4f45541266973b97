#!/usr/bin/env node
// Entry point of the `arcp` command. TypeScript sources run through tsx, so there is no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
const code = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stdin: process.stdin,
  interactive: Boolean(process.stdout.isTTY),
  loadPlugins: async () => (await import('../adapters/index.ts')).channelPlugins,
});
process.exitCode = code;
