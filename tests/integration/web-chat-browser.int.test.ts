import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webChatPlugin } from '../../adapters/web/web-plugin.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { serve, type RunningAssistant } from '../../src/main.js';
import { pdfWithLines } from '../support/pdf.js';
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
    const replies = page.locator('#log > li.msg:not(.me)');
    const shown = await replies.count();
    await firstReply.locator('.actions button').last().click();
    await expect.poll(async () => (await running.app.tickets.list()).length, { timeout: 20_000 }).toBe(before + 1);
    const [ticket] = await running.app.tickets.list({ limit: 1 });
    expect(ticket!.question).toBe(first);
    // The asker is told the question was passed on (and the next test counts replies after it).
    await expect.poll(() => replies.count(), { timeout: 20_000 }).toBe(shown + 1);
    expect(await replies.last().textContent()).toContain(ticket!.id);
  });

  it('shows a staff answer\'s document as a link under it, which downloads the file', async () => {
    const reply = await ask('Please register our delegation for the next ARCP meeting');
    const ticketId = /ARCP-\d{5}/.exec((await reply.textContent()) ?? '')![0];
    const pdf = pdfWithLines([Buffer.from('Provisional agenda')]);
    await running.app.staff.reply(ticketId, 'Omar Saleh', 'The agenda is attached.', { attachment: { filename: 'agenda.pdf', bytes: pdf } });
    const link = page.locator('#log li.kind-staff-answer .attachment a');
    await expect.poll(() => link.count(), { timeout: 20_000 }).toBe(1);
    expect(await link.textContent()).toBe('agenda.pdf');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('agenda.pdf');
    const saved = join(workDir, 'downloaded.pdf');
    await download.saveAs(saved);
    expect(Buffer.compare(readFileSync(saved), pdf)).toBe(0);
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

describe.skipIf(!CHROMIUM)('the web chat reads in the asker\'s language, on a desktop and on a phone', () => {
  let running: RunningAssistant;
  let browser: Browser;

  beforeAll(async () => {
    running = await serve(loadConfig({ PORT: '0', ARCP_CORPUS_DIR: SAMPLE_CORPUS, LOG_LEVEL: 'silent' }), silentLogger(), [webChatPlugin], { inMemory: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  async function chatPage(options: { locale: string; width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ locale: options.locale, viewport: { width: options.width, height: options.height } });
    const page = await context.newPage();
    await page.goto(`${running.url}/`);
    return page;
  }

  async function askOn(page: Page, text: string) {
    const replies = page.locator('#log > li.msg:not(.me)');
    const before = await replies.count();
    await page.locator('#question').fill(text);
    await page.locator('#send').click();
    await expect.poll(() => replies.count(), { timeout: 20_000 }).toBe(before + 1);
    return replies.nth(before);
  }

  it('labels each reply in the reply\'s language, and the page in the browser\'s, with a switch', async () => {
    const english = await chatPage({ locale: 'en-US', width: 1280, height: 860 });
    expect(await english.locator('html').getAttribute('lang')).toBe('en');
    expect(await english.locator('#send').textContent()).toBe('Send');
    const arabicReply = await askOn(english, 'ما هي أهداف عملية التشاور العربية الإقليمية؟');
    expect(await arabicReply.locator('.meta').textContent()).toBe('المساعد');
    expect(await arabicReply.locator('.sources > strong').textContent()).toBe('المصادر');
    // Every sample document is a summary of public reporting, and each source says so.
    expect(await arabicReply.locator('.sources .provenance').first().textContent()).toBe('ملخص لما نشرته المصادر العامة، وليس نصاً رسمياً');
    expect(await arabicReply.locator('.actions').textContent()).toContain('اسأل الأمانة الفنية');

    const arabic = await chatPage({ locale: 'ar-EG', width: 1280, height: 860 });
    expect(await arabic.locator('html').getAttribute('lang')).toBe('ar');
    const englishReply = await askOn(arabic, "What are the ARCP's objectives?");
    expect(await englishReply.locator('.meta').textContent()).toBe('Assistant');
    expect(await englishReply.locator('.sources > strong').textContent()).toBe('Sources');
    expect(await englishReply.locator('.sources .provenance').first().textContent()).toMatch(/^summary of public reporting, not an official text/);
    expect(await englishReply.locator('.actions').textContent()).toBe('👍 Helpful👎 Not helpfulAsk the secretariat');
    await arabic.locator('#lang-toggle').click();
    expect(await arabic.locator('html').getAttribute('lang')).toBe('en');
    await english.context().close();
    await arabic.context().close();
  });

  it('lists each source document once, its quotes collapsed under it, every [n] leading to its quote', async () => {
    const page = await chatPage({ locale: 'ar-EG', width: 1280, height: 860 });
    const reply = await askOn(page, 'ما هي أهداف عملية التشاور العربية الإقليمية؟');
    const titles = await reply.locator('.sources li.source').evaluateAll((lis) => lis.map((li) => li.firstChild?.textContent ?? ''));
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles).size).toBe(titles.length);
    expect(await reply.locator('.sources details.quotes[open]').count()).toBe(0);
    const markers = await reply.locator('p sup a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(markers.length).toBeGreaterThan(0);
    for (const href of markers) expect(await reply.locator(`.sources ${href.replace(/^#/, '#')}`).count(), href).toBe(1);
    expect(await reply.locator('.sources .date').first().evaluate((d) => getComputedStyle(d).whiteSpace)).toBe('nowrap');
    await page.context().close();
  });

  for (const device of [{ name: 'desktop', width: 1280, height: 720 }, { name: '390 px phone', width: 390, height: 844 }]) {
    it(`scrolls the newest reply into view above the input box on a ${device.name}`, async () => {
      const page = await chatPage({ locale: 'en-US', ...device });
      await askOn(page, "What are the ARCP's objectives?");
      await askOn(page, 'What is the Arab position on the Global Compact for Migration?');
      const reply = await askOn(page, 'What did the 2023 World Refugee Day statement say?');
      // Its start is on screen, and either all of it is above the input box or it starts at the top to be read down.
      await expect.poll(async () => {
        const box = (await reply.boundingBox())!;
        const composer = (await page.locator('#composer').boundingBox())!.y;
        return box.y >= 0 && (box.y + box.height <= composer || box.y <= 40);
      }).toBe(true);
      await page.context().close();
    });
  }

  it('has a favicon', async () => {
    const res = await fetch(`${running.url}/favicon.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    expect(await (await fetch(`${running.url}/`)).text()).toContain('<link rel="icon" href="favicon.svg"');
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
