import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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
