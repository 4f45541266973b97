import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { serve, type RunningAssistant } from '../../src/main.js';
import { openDatabase } from '../../src/store/db.js';
import { REPO_ROOT } from '../support/test-app.js';

const run = promisify(execFile);
let root: string;
let corpus: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'arcp-share-'));
  corpus = join(root, 'corpus');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(corpus);
  await writeFile(join(corpus, 'note.md'), '---\nid: note\ntitle: {ar: مذكرة}\ntype: reference\ndate: 2020\nlanguage: ar\nstatus: unreviewed\n---\nتعزيز الحوار بين الدول الأعضاء.\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('two processes writing tickets into one data folder', () => {
  it('loses none of 3 × 150 ticket requests to "database is locked"', async () => {
    const data = join(root, 'data');
    openDatabase(data).close();
    const writer = (prefix: string) =>
      run(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'tests', 'support', 'ticket-writer.ts'), data, prefix, '150'], { cwd: REPO_ROOT });
    const results = await Promise.all(['a', 'b', 'c'].map(writer));
    const reports = results.map((r) => JSON.parse(r.stdout) as { failed: number; errors: string[] });
    expect(reports.flatMap((r) => r.errors)).toEqual([]);
    const db = openDatabase(data);
    expect(db.prepare('SELECT COUNT(*) FROM tickets').pluck().get()).toBe(450);
    db.close();
  }, 120_000);
});

describe('a second server on the same data folder', () => {
  const config = () => loadConfig({ PORT: '0', ARCP_CORPUS_DIR: corpus, ARCP_DATA_DIR: join(root, 'data'), LOG_LEVEL: 'silent' });

  it('refuses to start, saying which process holds the folder; starts once that one stopped', async () => {
    const first: RunningAssistant = await serve(config(), silentLogger(), []);
    try {
      const refused = await serve(config(), silentLogger(), []).then(
        (second) => second.stop().then(() => undefined),
        (err: unknown) => err as Error,
      );
      expect(refused?.message).toBe(
        `another ARCP server (pid ${process.pid} on ${(await import('node:os')).hostname()}) is using the data folder ${join(root, 'data')}; stop it first, or give this one its own folder with ARCP_DATA_DIR`,
      );
    } finally {
      await first.stop();
    }
    const third = await serve(config(), silentLogger(), []);
    await third.stop();
  }, 60_000);

  it('takes over the lock of a server that was killed', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(root, 'data'), { recursive: true });
    const { hostname } = await import('node:os');
    await writeFile(join(root, 'data', 'server.lock'), JSON.stringify({ pid: 2 ** 22 + 17, host: hostname() }));
    const running = await serve(config(), silentLogger(), []);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    await running.stop();
  }, 60_000);
});
