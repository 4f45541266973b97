import { existsSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { freePort, serveArcp, workFolder } from '../support/arcp-process.js';

/** Starting the product as a new user does: `arcp serve` from a folder of their own, README in hand. */
describe('arcp serve from a working folder', () => {
  it('reads .env from the working folder, a variable of the real environment winning', async () => {
    const cwd = workFolder();
    const [filePort, envPort] = [await freePort(), await freePort()];
    writeFileSync(`${cwd}/.env`, `# copied from .env.example\nPORT=${filePort}\nARCP_DATA_DIR=./data-from-dotenv\n`);
    const running = await serveArcp({ cwd, env: { PORT: String(envPort) } });
    try {
      expect(running.url).toBe(`http://127.0.0.1:${envPort}`);
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    } finally {
      await running.stop();
    }
    expect(existsSync(`${cwd}/data-from-dotenv/arcp.sqlite`)).toBe(true);
  }, 120_000);
});

function writeDotEnv(cwd: string, text: string): string {
  writeFileSync(join(cwd, '.env'), text);
  return cwd;
}

/** One `arcp` run in this process, from a working folder, as a script would run it. */
async function arcp(argv: string[], opts: { cwd?: string; stdin?: string } = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli({
    argv, env: { LOG_LEVEL: 'silent' }, cwd: opts.cwd, out: (l) => out.push(l), err: (l) => err.push(l),
    stdin: Readable.from([opts.stdin ?? '']), interactive: false, loadPlugins: async () => [],
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('arcp serve when something is in the way', () => {
  it('names a port already in use and how to choose another', async () => {
    const cwd = workFolder();
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    const { port } = taken.address() as AddressInfo;
    try {
      const run = await arcp(['serve'], { cwd: writeDotEnv(cwd, `PORT=${port}\nARCP_CORPUS_DIR=${cwd}/corpus\nARCP_DATA_DIR=${cwd}/data\n`) });
      expect(run.code).toBe(1);
      expect(run.err.split('\n').at(-1)).toBe(`arcp serve: port ${port} on 127.0.0.1 is already in use (another ARCP Assistant?); choose another with PORT (for example PORT=3978 in .env or the environment)`);
    } finally {
      taken.close();
    }
  }, 120_000);

  it('names a data folder that cannot be written, and the option that moves it', async () => {
    const cwd = workFolder();
    writeFileSync(join(cwd, 'a-file'), 'not a folder');
    const run = await arcp(['--data', join(cwd, 'a-file', 'data'), '--corpus', join(cwd, 'corpus'), 'ingest']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(new RegExp(`^arcp ingest: cannot write the data folder ${join(cwd, 'a-file', 'data')} \\(.+\\); choose another with --data DIR or ARCP_DATA_DIR$`));
  }, 120_000);

  it('names a missing corpus folder and the option that points to one', async () => {
    const cwd = workFolder();
    const run = await arcp(['--data', join(cwd, 'data'), '--corpus', join(cwd, 'no-such-corpus'), 'ask', 'What are the ARCP objectives?']);
    expect(run.code).toBe(1);
    expect(run.err.split('\n').at(-1)).toBe(`arcp ask: no corpus folder at ${join(cwd, 'no-such-corpus')}; run arcp from the project folder, or give --corpus DIR or ARCP_CORPUS_DIR`);
  }, 120_000);
});

describe('arcp --data with a folder that does not exist', () => {
  it('is refused by commands that only read, creating nothing', async () => {
    const cwd = workFolder();
    const missing = join(cwd, 'no', 'such', 'dir');
    for (const argv of [['tickets', 'list'], ['audit', 'r-1'], ['staff', 'list']]) {
      const run = await arcp(['--data', missing, '--corpus', join(cwd, 'corpus'), ...argv]);
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.err).toBe(`arcp ${argv[0]}: no data folder at ${missing}; give the folder arcp serve or arcp ingest wrote (--data DIR or ARCP_DATA_DIR)`);
    }
    expect(existsSync(join(cwd, 'no'))).toBe(false);
  }, 120_000);

  it('is created, and said so, by a command that writes', async () => {
    const cwd = workFolder();
    const fresh = join(cwd, 'fresh', 'data');
    const run = await arcp(['--data', fresh, '--corpus', join(cwd, 'corpus'), 'ingest']);
    expect(run.code).toBe(0);
    expect(run.err.split('\n')[0]).toBe(`arcp: created the data folder ${fresh}`);
    expect(existsSync(join(fresh, 'arcp.sqlite'))).toBe(true);
  }, 120_000);
});

describe('arcp search --json', () => {
  it('gives each passage its text, to read without opening the document', async () => {
    const cwd = workFolder();
    const run = await arcp(['--data', join(cwd, 'data'), '--corpus', join(cwd, 'corpus'), 'search', '--json', 'ما هي أهداف عملية التشاور العربية الإقليمية؟']);
    expect(run.code).toBe(0);
    const { results } = JSON.parse(run.out) as { results: { documentId: string; text: string }[] };
    expect(results[0]).toMatchObject({ documentId: 'arcp-objectives', text: expect.stringMatching(/[\u0600-\u06FF]{3,}/) });
    expect(results.every((r) => r.text.length > 20)).toBe(true);
  }, 120_000);
});
