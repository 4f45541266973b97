import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webChatPlugin } from '../../adapters/web/web-plugin.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { serve, type RunningAssistant } from '../../src/main.js';
import { requireTool } from '../support/system-tools.js';
import { SAMPLE_CORPUS } from '../support/test-app.js';

// Debian's Chromium, driven by playwright-core: a browser is never downloaded.
const CHROMIUM = requireTool('chromium');

/** A document whose front matter gives a `javascript:` source: it must never become a link. */
const HOSTILE_DOC = `---
id: hostile-link-note
title:
  en: Note on consular registration of Sudanese refugees in Kassala
type: reference
forum: [ARCP]
date: 2024-03
language: [en]
sources:
  - "javascript:alert(document.domain)"
---
The consular registration of Sudanese refugees in Kassala is handled by the mobile teams of the host authorities.
`;

describe.skipIf(!CHROMIUM)('the web chat in a real Chromium', () => {
  let running: RunningAssistant;
  let browser: Browser;
  let page: Page;
  let workDir: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'arcp-chat-'));
    cpSync(SAMPLE_CORPUS, join(workDir, 'corpus'), { recursive: true });
    writeFileSync(join(workDir, 'corpus', 'documents', 'hostile-link-note.md'), HOSTILE_DOC);
    const config = loadConfig({ PORT: '0', ARCP_CORPUS_DIR: join(workDir, 'corpus'), LOG_LEVEL: 'silent' });
    running = await serve(config, silentLogger(), [webChatPlugin], { inMemory: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`${running.url}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  async function ask(text: string): Promise<ReturnType<Page['locator']>> {
    const replies = page.locator('#log > li.msg:not(.me)');
    const before = await replies.count();
    await page.locator('#question').fill(text);
    await page.locator('#send').click();
    await expect.poll(() => replies.count(), { timeout: 20_000 }).toBe(before + 1);
    return replies.nth(before);
  }

  it('files the question a reply answered when its "Ask the secretariat" button is clicked, not the latest one', async () => {
    const first = 'ما هي أهداف عملية التشاور العربية الإقليمية؟';
    const firstReply = await ask(first);
    await ask('ماذا جاء في بيان اليوم العالمي للاجئين لعام 2023؟');
    const before = (await running.app.tickets.list()).length;
    await firstReply.locator('.actions button').last().click();
    await expect.poll(async () => (await running.app.tickets.list()).length, { timeout: 20_000 }).toBe(before + 1);
    const [ticket] = await running.app.tickets.list({ limit: 1 });
    expect(ticket!.question).toBe(first);
  });

  it('shows a source whose address is javascript: as its title, without a link, and runs nothing', async () => {
    const reply = await ask('How is the consular registration of Sudanese refugees in Kassala handled?');
    const source = reply.locator('.sources li', { hasText: 'Kassala' });
    await expect.poll(() => source.count()).toBeGreaterThan(0);
    expect(await reply.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await source.first().locator('a').count()).toBe(0);
    await source.first().click();
    expect(dialogs).toEqual([]);
  });
});

describe('the security headers of the web chat', () => {
  let running: RunningAssistant;
  beforeAll(async () => {
    running = await serve(loadConfig({ PORT: '0', ARCP_CORPUS_DIR: SAMPLE_CORPUS, LOG_LEVEL: 'silent' }), silentLogger(), [webChatPlugin], { inMemory: true });
  });
  afterAll(async () => running?.stop());

  it('keeps the page and its API out of frames, scripts to this server, and the referrer to this origin', async () => {
    for (const path of ['/', '/chat.js', '/api/chat/conversations/abcdefgh12/messages']) {
      const res = await fetch(`${running.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("object-src 'none'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
    }
  });
});
