import { randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolePlugin } from '../../adapters/web/console/plugin.js';
import { webChatPlugin } from '../../adapters/web/web-plugin.js';
import { addStaffAccount } from '../../src/console/staff-accounts.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { serve, type RunningAssistant } from '../../src/main.js';
import { StaffStore } from '../../src/store/staff-store.js';
import { pdfWithLines } from '../support/pdf.js';
import { requireTool } from '../support/system-tools.js';
import { REPO_ROOT, SAMPLE_CORPUS } from '../support/test-app.js';

// Debian's Chromium, driven by playwright-core: a browser is never downloaded. CI installs the package.
const CHROMIUM = requireTool('chromium');
const hasChromium = CHROMIUM !== undefined;
const SHOTS = join(REPO_ROOT, 'test-artifacts', 'screenshots');
const ADMIN = { email: 'amina.haddad@example.org', password: 'قهوة-عربية-2025-x', name: 'أمينة حداد' };
const REGISTER = 'Please register our delegation for the next ARCP meeting';
const HOSTILE = 'Please register <script>alert(1)</script> for the next ARCP meeting';

describe.skipIf(!hasChromium)('the staff console in a real Chromium', () => {
  let running: RunningAssistant;
  let context: BrowserContext;
  let page: Page;
  let chat: Page;
  let workDir: string;
  const dialogs: string[] = [];
  let ticketId = '';

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'arcp-console-'));
    // Uploads are written into the corpus folder: work on a copy, never on the repository's corpus.
    cpSync(SAMPLE_CORPUS, join(workDir, 'corpus'), { recursive: true });
    mkdirSync(SHOTS, { recursive: true });
    const config = loadConfig({ PORT: '0', ARCP_CORPUS_DIR: join(workDir, 'corpus'), LOG_LEVEL: 'silent' });
    running = await serve(config, silentLogger(), [webChatPlugin, consolePlugin], { inMemory: true });
    await addStaffAccount(new StaffStore(running.app.db), { ...ADMIN, role: 'admin' });
    context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
      viewport: { width: 1280, height: 860 },
    });
    context.on('page', (p) => p.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); }));
    page = await context.newPage();
    chat = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await running?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  const url = (path: string) => `${running.url}${path}`;

  /** Screenshots of the current page in both languages, switching with the page's own toggle. */
  async function shoot(name: string): Promise<void> {
    for (let i = 0; i < 2; i++) {
      const lang = await page.locator('html').getAttribute('lang');
      await page.screenshot({ path: join(SHOTS, `console-${name}-${lang}.png`), fullPage: true });
      if (i === 0) {
        await page.locator('form[action="/console/lang"] button').click();
        await expect.poll(() => page.locator('html').getAttribute('lang')).not.toBe(lang);
        await page.waitForLoadState('load');
      }
    }
  }

  async function ask(text: string): Promise<void> {
    const before = await chat.locator('#log > li').count();
    await chat.locator('#question').fill(text);
    await chat.locator('#send').click();
    await expect.poll(() => chat.locator('#log > li').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(before + 2);
  }

  it('redirects every console page to sign-in and refuses the API without a session', async () => {
    const res = await page.goto(url('/console/tickets?status=all'));
    expect(res?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/console/signin');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/console/tickets?status=all');
    await expect.poll(() => page.locator('input#password').isVisible()).toBe(true);
    const api = await page.evaluate(async () => (await fetch('/console/api/tickets')).status);
    expect(api).toBe(401);
    expect(await page.locator('main').textContent()).not.toContain('ARCP-');
  });

  it('is keyboard usable: the first Tab reaches the skip link, which moves focus to the content', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('signs in: a wrong password is refused with a message, the right one opens the page asked for', async () => {
    await page.locator('#email').fill(ADMIN.email);
    await page.locator('#password').fill('not the password');
    await page.locator('form[action="/console/signin"] button').click();
    await expect.poll(() => page.locator('#signin-error').isVisible()).toBe(true);
    await shoot('signin');
    await page.locator('#email').fill(ADMIN.email);
    await page.locator('#password').fill(ADMIN.password);
    await Promise.all([page.waitForURL(/\/console\/tickets/), page.locator('form[action="/console/signin"] button').click()]);
    expect(new URL(page.url()).searchParams.get('status')).toBe('all');
    expect(await page.locator('.who bdi').textContent()).toBe(ADMIN.name);
  });

  it('shows a ticket opened by a question in the web chat in the queue', async () => {
    await chat.goto(url('/'));
    await ask(REGISTER);
    const reply = chat.locator('#log li.kind-ticket').last();
    ticketId = /ARCP-\d+/.exec((await reply.textContent()) ?? '')?.[0] ?? '';
    expect(ticketId).toMatch(/^ARCP-\d{5}$/);
    await page.goto(url('/console/tickets'));
    const row = page.locator(`tr[data-ticket="${ticketId}"]`);
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.locator('td.question').textContent()).toContain(REGISTER);
    expect(await row.locator('td.asker').textContent()).toBe('زائر الدردشة على الموقع (دون اسم)');
    const wrap = page.locator('.table-wrap').first();
    expect(await wrap.evaluate((w) => w.scrollWidth - w.clientWidth)).toBeLessThanOrEqual(1);
    await shoot('tickets');
  });

  it('delivers a staff reply from the console to the web chat page', async () => {
    await page.goto(url(`/console/tickets/${ticketId}`));
    await Promise.all([page.waitForURL(/flash=flash_claimed/), page.locator(`form[action$="/claim"] button`).click()]);
    const answer = `Your delegation is registered for the meeting in Cairo. ${randomUUID().slice(0, 8)}`;
    await page.locator('#reply-text').fill(answer);
    await Promise.all([page.waitForURL(/flash=flash_delivered/), page.locator('form[action$="/reply"] button').click()]);
    expect(await page.locator('.notice.ok').isVisible()).toBe(true);
    await shoot('ticket');
    const staffReply = chat.locator('#log li.kind-staff-answer');
    await expect.poll(() => staffReply.count(), { timeout: 10_000 }).toBe(1);
    expect(await staffReply.textContent()).toContain(answer);
    expect(await staffReply.textContent()).toContain(ADMIN.name);
  });

  it('empties the reply box after sending, and sends the same answer again only when asked to', async () => {
    await page.goto(url(`/console/tickets/${ticketId}`));
    expect(await page.locator('#reply-text').inputValue()).toBe('');
    const answer = `Your badge is ready at the desk. ${randomUUID().slice(0, 8)}`;
    const send = () => page.locator('form[action$="/reply"] button').click();
    await page.locator('#reply-text').fill(answer);
    await Promise.all([page.waitForURL(/flash=flash_delivered/), send()]);
    expect(await page.locator('#reply-text').inputValue()).toBe('');
    await page.locator('#reply-text').fill(answer);
    await Promise.all([page.waitForURL(/error=errDuplicateReply/), send()]);
    expect(await page.locator('.notice').first().textContent()).toContain('أُرسل هذا الرد نفسه إلى السائل قبل دقائق');
    await page.locator('#reply-text').fill(answer);
    await page.locator('input[name="confirm"]').check();
    await Promise.all([page.waitForURL(/flash=flash_delivered/), send()]);
    const copies = chat.locator('#log li.kind-staff-answer', { hasText: answer });
    await expect.poll(() => copies.count(), { timeout: 10_000 }).toBe(2);
  });

  it('attaches a PDF to a reply (a file over the limit is stopped in the browser), and the asker downloads it from the chat', async () => {
    await page.goto(url(`/console/tickets/${ticketId}`));
    const answer = `The provisional agenda is attached. ${randomUUID().slice(0, 8)}`;
    await page.locator('#reply-text').fill(answer);
    await page.locator('#reply-file').setInputFiles({ name: 'huge.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(11 * 1024 * 1024, 0x25) });
    expect(await page.locator('#reply-file').evaluate((i: HTMLInputElement) => i.validationMessage)).toContain('الملف المرفق أكبر من الحد');
    const pdf = pdfWithLines([Buffer.from('Provisional agenda')]);
    await page.locator('#reply-file').setInputFiles({ name: 'agenda.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.locator('input[name="confirm"]').check();
    await Promise.all([page.waitForURL(/flash=flash_delivered/), page.locator('form[action$="/reply"] button').click()]);
    const link = chat.locator('#log li.kind-staff-answer', { hasText: answer }).locator('.attachment a');
    await expect.poll(() => link.count(), { timeout: 10_000 }).toBe(1);
    const [download] = await Promise.all([chat.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('agenda.pdf');
    expect(Buffer.compare(readFileSync((await download.path())!), pdf)).toBe(0);
  });

  it('shows a question containing <script> as text in the chat and in the console, running nothing', async () => {
    // A new conversation: in the previous one this request would join the answered ticket, not open one.
    await chat.locator('#new-chat').click();
    await ask(HOSTILE);
    expect(await chat.locator('#log li.me').last().textContent()).toContain(HOSTILE);
    await chat.screenshot({ path: join(SHOTS, 'chat-script-question.png'), fullPage: true });
    await page.goto(url('/console/tickets'));
    const cell = page.locator('td.question', { hasText: '<script>alert(1)</script>' });
    await expect.poll(() => cell.isVisible()).toBe(true);
    await cell.locator('xpath=..').locator('td a').first().click();
    await page.waitForURL(/\/console\/tickets\/ARCP-/);
    expect(await page.locator('blockquote.user-question').textContent()).toContain(HOSTILE);
    await page.locator('a[href^="/console/conversations/"]').first().click();
    await page.waitForURL(/\/console\/conversations\/web/);
    expect(await page.locator('.transcript').textContent()).toContain(HOSTILE);
    expect(await page.locator('details.audit').count()).toBeGreaterThan(0);
    await page.locator('details.audit summary').first().click();
    expect(await page.locator('details.audit[open] dl').textContent()).toContain('registration');
    await shoot('conversation');
    for (const p of [page, chat]) expect(await p.locator('script', { hasText: 'alert(1)' }).count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('shows an answer in its conversation with its citations and the passages of its audit record', async () => {
    await ask('ما هي أهداف عملية التشاور العربية الإقليمية؟');
    expect(await chat.locator('#log li.kind-answer').count()).toBe(1);
    await page.goto(url('/console/conversations'));
    expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(1);
    await shoot('conversations');
    await page.locator('table tbody tr a').first().click();
    await page.waitForURL(/\/console\/conversations\/web/);
    const answer = page.locator('.turn.out', { has: page.locator('.kind-answer') }).last();
    expect(await answer.locator('.citations li').count()).toBeGreaterThan(0);
    await answer.locator('details.audit summary').click();
    expect(await answer.locator('details.audit table tbody tr').count()).toBeGreaterThan(0);
    await answer.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `console-conversation-answer-${await page.locator('html').getAttribute('lang')}.png`), fullPage: true });
  });

  it('approves a draft, edited, and rejects another, from the drafts page', async () => {
    const { drafts } = running.app;
    const conversationId = randomUUID().replace(/-/g, '');
    const create = (question: string) => drafts.create({
      sourceMessageId: `web:${randomUUID()}`,
      ref: { channel: 'web', conversationId, replyHandle: {} },
      sender: { id: 'focal-1', name: 'نقطة الاتصال الوطنية', email: 'focal@example.test' },
      question,
      reply: { kind: 'answer', lang: 'ar', text: '**أهداف العملية**\n«تعزيز الحوار والتعاون بين الدول الأعضاء» [1]', confidence: 0.8, replyId: randomUUID(),
        citations: [{ n: 1, documentId: 'arcp-objectives', passageId: 'arcp-objectives#3', title: 'أهداف العملية', date: '2019', quote: 'تعزيز الحوار والتعاون بين الدول الأعضاء', lang: 'ar' }] },
    });
    const approved = await create('ما هي أهداف عملية التشاور العربية الإقليمية؟');
    const rejected = await create('هل يمكن إرسال جدول أعمال الاجتماع القادم؟');
    await page.goto(url('/console/drafts'));
    expect(await page.locator('tr[data-draft]').count()).toBe(2);
    await shoot('drafts');
    await page.locator(`tr[data-draft="${approved.id}"] a`).click();
    await page.waitForURL(/\/console\/drafts\/D-/);
    expect(await page.locator('.citations').textContent()).toContain('تعزيز الحوار والتعاون');
    await shoot('draft');
    const edited = 'تهدف العملية إلى تعزيز الحوار والتعاون بين الدول الأعضاء [1]';
    await page.locator('#draft-text').fill(edited);
    await Promise.all([page.waitForURL(/flash=flash_approved/), page.locator('form[action$="/approve"] button').click()]);
    const sent = await drafts.get(approved.id);
    expect(sent).toMatchObject({ status: 'sent', editedText: edited, decidedBy: ADMIN.name });
    expect((await running.app.conversations.transcript(`web:${conversationId}`)).map((m) => m.text)).toContain(edited);
    await page.goto(url(`/console/drafts/${rejected.id}`));
    await page.locator('#reject-reason').fill('يحتاج إلى مراجعة الجدول المحدّث');
    await Promise.all([page.waitForURL(/flash=flash_rejected/), page.locator('form[action$="/reject"] button').click()]);
    expect(await drafts.get(rejected.id)).toMatchObject({ status: 'rejected', reason: 'يحتاج إلى مراجعة الجدول المحدّث' });
  });

  it('browses the corpus by forum, year and type, and opens a document with its passages', async () => {
    await page.goto(url('/console/corpus?forum=ARCP'));
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    await shoot('corpus');
    await page.goto(url('/console/corpus/arcp-objectives'));
    expect(await page.locator('ol.passages > li').count()).toBeGreaterThan(3);
    await shoot('document');
  });

  it('uploads a Markdown document as an administrator and shows the ingest progress to the end', async () => {
    await page.goto(url('/console/corpus'));
    const doc = `---\nid: console-upload-test\ntitle:\n  ar: "مذكرة اختبار الرفع من لوحة الأمانة"\n  en: "Console upload test note"\ntype: reference\nforum: [ARCP]\ndate: 2025-02-10\nlanguage: [ar, en]\nstatus: summary-of-public-reporting\n---\n## النص العربي\n\nتؤكد هذه المذكرة أن الأمانة الفنية تستقبل طلبات تسجيل الوفود قبل شهر من الاجتماع.\n\n## English text\n\nThis note says the technical secretariat takes delegation registrations a month before the meeting.\n`;
    await page.locator('#up-file').setInputFiles({ name: 'console-upload-test.md', mimeType: 'text/markdown', buffer: Buffer.from(doc) });
    await page.locator('#upload-form button[type="submit"]').click();
    const status = page.locator('#ingest-status');
    await expect.poll(() => status.locator('a').count(), { timeout: 20_000 }).toBe(1);
    expect(await status.locator('a').textContent()).toBe('console-upload-test');
    expect(await page.locator('#ingest-bar').evaluate((b: HTMLProgressElement) => b.value === b.max)).toBe(true);
    await page.screenshot({ path: join(SHOTS, `console-upload-${await page.locator('html').getAttribute('lang')}.png`), fullPage: true });
    await page.goto(url('/console/corpus'));
    expect(await page.locator('a[href="/console/corpus/console-upload-test"]').count()).toBe(1);
  });

  it('uploads an Arabic PDF with the title typed in the form, and shows its repair report', async () => {
    await page.goto(url('/console/corpus'));
    await page.locator('#up-file').setInputFiles(join(REPO_ROOT, 'tests', 'fixtures', 'ingest', 'rtl-paragraphs.pdf'));
    await page.locator('#up-title-ar').fill('ورقة اختبار بالعربية من ملف PDF');
    await page.locator('#up-date').fill('2024-06-20');
    await page.locator('#upload-form button[type="submit"]').click();
    const link = page.locator('#ingest-status a');
    await expect.poll(() => link.count(), { timeout: 25_000 }).toBe(1);
    await link.click();
    await page.waitForURL(/\/console\/corpus\/[a-z0-9-]+$/);
    expect(await page.locator('h1').textContent()).toBe('ورقة اختبار بالعربية من ملف PDF');
    expect(await page.locator('#repair-h + dl dt').count()).toBeGreaterThan(5);
    await shoot('document-pdf');
  });

  it('shows ranked passages with scores and the filters applied in the search playground', async () => {
    await page.goto(url(`/console/search?q=${encodeURIComponent('بيان اليوم العالمي للاجئين')}&yearFrom=2024`));
    expect(await page.locator('ol.results > li').count()).toBeGreaterThan(0);
    expect(await page.locator('#applied-h + dl').textContent()).toContain('2024');
    await shoot('search');
  });

  it('draws the insights charts with Chart.js and lists knowledge gaps by topic, questions outside the subject apart', async () => {
    await ask('What is the weather forecast for Cairo tomorrow?');
    await ask('Will the weather in Cairo be hot next week?');
    await page.goto(url('/console/insights'));
    await expect.poll(() => page.evaluate(() => {
      const chart = (window as unknown as { Chart?: { getChart(c: Element | null): unknown } }).Chart;
      return Boolean(chart?.getChart(document.getElementById('chart-per-day')) && chart.getChart(document.getElementById('chart-outcomes')));
    })).toBe(true);
    expect(await page.locator('table.gaps tbody tr', { hasText: 'weather' }).count()).toBe(0);
    const weather = page.locator('table.out-of-scope tbody tr', { hasText: 'weather' });
    expect(await weather.locator('td').first().textContent()).toBe('2');
    await shoot('insights');
  });
});
