import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CHANNEL_SDKS = ['@slack/bolt', '@slack/web-api', 'botbuilder', 'botframework-connector', 'imapflow', 'nodemailer', 'mailparser', 'smtp-server'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|js|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return found;
}

/**
 * The layers, top to bottom: a module imports from its own layer or the ones below, never above
 * (channel → core → answer/retrieval → store). `src/console` is the back office, a surface like the
 * channels; `src/app.ts`, `src/main.ts`, the CLI and the HTTP server compose everything.
 */
const LAYERS: [string, RegExp][] = [
  ['channel', /^(adapters\/|src\/channel\/(host|plugin)\.ts$|src\/(app|main|cli)\.ts$|src\/(cli|server|console)\/)/],
  ['core', /^src\/(core|delivery|tickets|drafts)\//],
  ['answer/retrieval', /^src\/(answer|retrieval|intents|question|replies|text|ingest)\//],
  ['store', /^src\/store\//],
];

/**
 * What every layer may use: the channel-neutral types and helpers, errors, logging, configuration, and
 * the ports — each defined where it is used and implemented in the store, with the state machine its
 * implementations share.
 */
const SHARED = /^src\/(channel\/(?!host\.ts|plugin\.ts)[^/]+|errors\.ts|logger\.ts|config\.ts|config\/.+)$/;
const PORTS = new Set([
  'src/core/conversation-log.ts', 'src/core/audit-log.ts', 'src/delivery/types.ts', 'src/delivery/transitions.ts', 'src/tickets/types.ts',
  'src/tickets/transitions.ts', 'src/drafts/types.ts', 'src/drafts/transitions.ts', 'src/console/accounts.ts', 'src/console/login-failures.ts', 'src/core/leadership.ts', 'src/core/memory-leadership.ts', 'src/ingest/ledger.ts', 'src/ingest/ingest-signal.ts', 'src/ingest/types.ts',
  'src/tickets/reply-files.ts', 'src/console/insights-source.ts',
]);

function layerOf(path: string): number {
  return LAYERS.findIndex(([, pattern]) => pattern.test(path));
}

/** Relative imports of a file, as paths from the repository root (`.js` specifiers name `.ts` files). */
function localImports(file: string): string[] {
  return importsOf(file)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(ROOT, resolve(dirname(file), spec)).replace(/\.js$/, '.ts').split('\\').join('/'));
}

describe('adapters translate, the core decides', () => {
  it('src/ never imports adapters/ or a channel SDK', () => {
    const offences: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      for (const spec of importsOf(file)) {
        const sdk = CHANNEL_SDKS.some((p) => spec === p || spec.startsWith(`${p}/`));
        if (sdk || /(^|\/)adapters(\/|$)/.test(spec)) offences.push(`${relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('each layer imports only its own layer and the ones below: channel → core → answer/retrieval → store', () => {
    const offences: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'adapters'))]) {
      const from = relative(ROOT, file).split('\\').join('/');
      const layer = layerOf(from);
      for (const target of localImports(file)) {
        if (SHARED.test(target) || PORTS.has(target)) continue;
        const to = layerOf(target);
        if (to < layer) offences.push(`${from} (${LAYERS[layer]?.[0] ?? 'shared'}) imports ${target} (${LAYERS[to]?.[0] ?? 'unknown'})`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('places every source file in a layer or among the shared modules', () => {
    const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'adapters'))].map((f) => relative(ROOT, f).split('\\').join('/'));
    expect(files.filter((f) => layerOf(f) < 0 && !SHARED.test(f))).toEqual([]);
  });

  it('adapters/ hold no SQL and no retrieval code', () => {
    const offences: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'adapters'))) {
      const text = readFileSync(file, 'utf8');
      if (/\b(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b/.test(text)) offences.push(`${relative(ROOT, file)} contains SQL`);
      for (const spec of importsOf(file)) {
        if (/better-sqlite3|src\/store\/|src\/retrieval\/(?!types)/.test(spec)) offences.push(`${relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('only src/config.ts reads the environment', () => {
    const readers = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'adapters'))]
      .filter((f) => /process\.env/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(readers.filter((f) => f !== join('src', 'config.ts'))).toEqual([]);
  });
});
