import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webChatPlugin } from '../../adapters/web/web-plugin.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { serve, type RunningAssistant } from '../../src/main.js';

let root: string;
let running: RunningAssistant;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'arcp-worker-'));
  await mkdir(join(root, 'corpus'));
  await writeFile(join(root, 'corpus', 'note.md'), '---\nid: note\ntitle: {ar: مذكرة}\ntype: reference\ndate: 2020\nlanguage: ar\nstatus: unreviewed\n---\nتعزيز الحوار بين الدول الأعضاء.\n');
  const config = loadConfig({ PORT: '0', ARCP_CORPUS_DIR: join(root, 'corpus'), ARCP_DATA_DIR: join(root, 'data'), LOG_LEVEL: 'silent' });
  running = await serve(config, silentLogger(), [webChatPlugin]);
}, 60_000);
afterAll(async () => {
  await running?.stop();
  await rm(root, { recursive: true, force: true });
});

describe('a large upload being ingested', () => {
  it('leaves the server answering health checks while it runs, then is searchable', async () => {
    const line = 'ناقشت الدول الأعضاء سبل تعزيز التعاون في مجال الهجرة واللجوء وتبادل الخبرات والممارسات الجيدة.\n';
    await writeFile(join(root, 'corpus', 'large.txt'), line.repeat(Math.floor((1.5 * 1024 * 1024) / Buffer.byteLength(line))));
    let finished = false;
    const started = performance.now();
    const ingest = running.app.ingestCorpus().finally(() => (finished = true));
    // Health checks one after the other for as long as the ingest runs: the longest wait for an answer
    // is measured against the ingest's own length, not a fixed time (the work stays, the machine varies).
    const answers = [started];
    while (!finished) {
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
      answers.push(performance.now());
    }
    const span = answers.at(-1)! - started;
    const longestWait = Math.max(...answers.slice(1).map((t, i) => t - answers[i]!));
    expect(answers.length).toBeGreaterThan(10);
    expect(longestWait / span, `longest wait ${longestWait.toFixed(0)} ms of ${span.toFixed(0)} ms`).toBeLessThan(0.2);
    const report = await ingest;
    expect(report.files.find((f) => f.file === 'large.txt')).toMatchObject({ status: 'added' });
    const hits = await running.app.engine.search({ text: 'تبادل الخبرات والممارسات الجيدة', lang: 'ar' });
    expect(hits.results[0]?.passage.documentId).toBe('large');
  }, 120_000);
});
