import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
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
  root = await mkdtemp(join(tmpdir(), 'arcp-full-'));
  await mkdir(join(root, 'corpus'));
  await writeFile(join(root, 'corpus', 'note.md'), '---\nid: note\ntitle: {ar: مذكرة}\ntype: reference\ndate: 2020\nlanguage: ar\nstatus: unreviewed\n---\nتعزيز الحوار بين الدول الأعضاء في مجال الهجرة.\n');
  const config = loadConfig({ PORT: '0', ARCP_CORPUS_DIR: join(root, 'corpus'), ARCP_DATA_DIR: join(root, 'data'), LOG_LEVEL: 'silent' });
  running = await serve(config, silentLogger(), [webChatPlugin]);
}, 60_000);
afterAll(async () => {
  await running?.stop();
  await rm(root, { recursive: true, force: true });
});

const ask = (text: string) =>
  fetch(`${running.url}/api/chat/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messageId: randomUUID(), conversationId: randomUUID().replace(/-/g, ''), text }),
  });
const health = async () => (await fetch(`${running.url}/healthz`)).json();

describe('a data folder whose disk is full', () => {
  it('says so in /healthz with the reason, answers the asker 503 with what to do, and recovers', async () => {
    expect((await ask('ما هي أهداف عملية التشاور؟')).status).toBe(200);
    // The database may not grow past its present size: SQLite's own "database or disk is full".
    const db = running.app.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    const question = `${'ما موقف الدول الأعضاء من تعزيز الحوار في مجال الهجرة واللجوء؟ '.repeat(30)}`;
    let refused: Response | undefined;
    for (let i = 0; i < 40 && !refused; i++) {
      const res = await ask(question);
      if (res.status !== 200) refused = res;
    }
    expect(refused?.status).toBe(503);
    expect((await refused!.json()).message).toMatch(/storage problem\); your message was not kept, please send it again later/);
    const degraded = await health();
    expect(degraded).toMatchObject({ status: 'degraded', storage: { ok: false, reason: expect.stringMatching(/^SQLITE_FULL/) } });

    db.pragma('max_page_count = 1073741823');
    expect((await health()).status).toBe('ok');
    expect((await ask('ما هي أهداف عملية التشاور؟')).status).toBe(200);
  }, 120_000);

  it('leaves no temporary file behind when the index cannot be saved, and names the file', async () => {
    const index = join(root, 'data', 'index');
    await rm(join(index, 'passages.json'), { force: true });
    await mkdir(join(index, 'passages.json', 'blocked'), { recursive: true });
    const failed = await running.app.engine.save().catch((e: unknown) => e as Error);
    expect(failed?.message).toMatch(new RegExp(`^cannot write ${join(index, 'passages.json')}`));
    expect((await readdir(index)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await rm(join(index, 'passages.json'), { recursive: true });
  }, 60_000);
});
