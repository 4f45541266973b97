import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webChatPlugin } from '../../adapters/web/web-plugin.js';
import { runCli } from '../../src/cli.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { serve, type RunningAssistant } from '../../src/main.js';
import { requireTool } from '../support/system-tools.js';
import { SAMPLE_CORPUS } from '../support/test-app.js';

const CHROMIUM = requireTool('chromium');

/** A document printed by Chromium, one <section> a page, as an office suite or a browser exports a report. */
function printable(lang: 'ar' | 'en', title: string, pages: string[]): string {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const sections = pages.map((body) => `<section>${body}</section>`).join('');
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:'Noto Naskh Arabic','DejaVu Sans',sans-serif;font-size:13pt} section{break-after:page}</style></head><body>${sections}</body></html>`;
}

const ENGLISH = printable('en', 'Cairo meeting report', [
  '<p>The member states met in Cairo to review the regional consultative process on migration and asylum.</p>',
  '<p>The meeting recommended a regional working group on labour mobility and the portability of social security benefits.</p>'
    + '<p>Delegates also discussed the situation of stranded migrants.</p><ol><li>Sharing data on missing migrants between member states.</li></ol>',
  '<ol start="2"><li>Training border officials on the rights of refugees and asylum seekers.</li></ol><p>The next meeting will be held in Rabat.</p>',
]);

const ARABIC = printable('ar', 'تقرير اجتماع القاهرة', [
  '<p>اجتمعت الدول الأعضاء في القاهرة لمراجعة العملية التشاورية الإقليمية حول الهجرة واللجوء.</p>',
  '<p>أوصى الاجتماع بإنشاء فريق عمل إقليمي معني بتنقل العمالة وقابلية نقل مستحقات الضمان الاجتماعي.</p>',
  '<p>تختتم الوثيقة بالشكر للدول المشاركة على حسن التنظيم.</p>',
]);

const launch = () => chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

/** The two reports as PDFs in a corpus folder, with metadata files naming them. */
async function printPdfs(dir: string): Promise<void> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    for (const [name, html] of [['cairo-report-en.pdf', ENGLISH], ['cairo-report-ar.pdf', ARABIC]] as const) {
      await page.setContent(html);
      writeFileSync(join(dir, name), await page.pdf({ format: 'A4' }));
    }
  } finally {
    await browser.close();
  }
  writeFileSync(join(dir, 'cairo-report-en.pdf.meta.yaml'), 'id: cairo-report-en\ntype: meeting-report\ndate: 2023-05-10\nstatus: final\n');
  writeFileSync(join(dir, 'cairo-report-ar.pdf.meta.yaml'), 'id: cairo-report-ar\ntype: meeting-report\ndate: 2023-05-10\nstatus: final\n');
}

/** One `arcp` run in this process, as a user runs it. */
async function arcp(argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await runCli({
    argv, env: { LOG_LEVEL: 'silent' }, out: (l) => out.push(l), err: () => {},
    stdin: Readable.from(['']), interactive: false, loadPlugins: async () => [],
  });
  return { code, out: out.join('\n') };
}

interface Hit {
  documentId: string;
  text: string;
  page?: number;
  lastPage?: number;
}

describe.skipIf(!CHROMIUM)('page numbers of PDF passages, from ingest to `arcp search`', () => {
  let work: string;
  let args: string[];
  const search = async (question: string, extra: string[] = []) => {
    const run = await arcp([...args, 'search', '--json', '--limit', '3', ...extra, question]);
    expect(run.code).toBe(0);
    return (JSON.parse(run.out) as { results: Hit[] }).results;
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'arcp-pages-'));
    const docs = join(work, 'corpus', 'documents');
    mkdirSync(docs, { recursive: true });
    cpSync(join(SAMPLE_CORPUS, 'documents', 'arcp-objectives.md'), join(docs, 'arcp-objectives.md'));
    await printPdfs(docs);
    args = ['--data', join(work, 'data'), '--corpus', join(work, 'corpus')];
    expect((await arcp([...args, 'ingest'])).code).toBe(0);
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gives the page of an English phrase printed on page 2, in the JSON and in the listing', async () => {
    const [hit] = await search('regional working group on labour mobility');
    expect(hit).toMatchObject({ documentId: 'cairo-report-en', page: 2, text: expect.stringContaining('labour mobility') });
    expect(hit).not.toHaveProperty('lastPage');
    const listing = await arcp([...args, 'search', '--limit', '1', 'regional working group on labour mobility']);
    expect(listing.out).toContain('(2023-05-10, p. 2)');
  }, 120_000);

  it('gives the page of an Arabic phrase printed on page 2', async () => {
    const [hit] = await search('فريق عمل إقليمي معني بتنقل العمالة');
    expect(hit).toMatchObject({ documentId: 'cairo-report-ar', page: 2, text: expect.stringContaining('بتنقل العمالة') });
    const [last] = await search('تختتم الوثيقة بالشكر للدول المشاركة');
    expect(last).toMatchObject({ documentId: 'cairo-report-ar', page: 3 });
  }, 120_000);

  it('says where a list that runs onto the next page begins and ends', async () => {
    const [hit] = await search('training border officials on the rights of refugees');
    expect(hit).toMatchObject({ documentId: 'cairo-report-en', page: 2, lastPage: 3, text: expect.stringContaining('Sharing data on missing migrants') });
  }, 120_000);

  it('gives no page to a passage of a Markdown document', async () => {
    const results = await search('ما هي أهداف عملية التشاور العربية الإقليمية؟', ['--passage-lang', 'ar']);
    expect(results[0]!.documentId).toBe('arcp-objectives');
    for (const r of results.filter((h) => h.documentId === 'arcp-objectives')) expect(r).not.toHaveProperty('page');
  }, 120_000);

  it('keeps the pages in the saved index, and puts them back into an index saved before pages existed', async () => {
    const file = join(work, 'data', 'index', 'passages.json');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { format: number; slots: (Hit | null)[] };
    expect(saved.slots.find((p) => p?.text.includes('labour mobility'))).toMatchObject({ page: 2 });
    // What an earlier version wrote: the same passages, without pages, under the previous format number.
    const old = { ...saved, format: 3, slots: saved.slots.map((p) => (p ? { ...p, page: undefined, lastPage: undefined } : p)) };
    writeFileSync(file, JSON.stringify(old));
    const [hit] = await search('regional working group on labour mobility');
    expect(hit).toMatchObject({ documentId: 'cairo-report-en', page: 2 });
  }, 120_000);
});

describe.skipIf(!CHROMIUM)('the web chat gives the page of a quoted PDF', () => {
  let work: string;
  let running: RunningAssistant;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'arcp-pages-chat-'));
    mkdirSync(join(work, 'documents'));
    await printPdfs(join(work, 'documents'));
    running = await serve(loadConfig({ PORT: '0', ARCP_CORPUS_DIR: work, LOG_LEVEL: 'silent' }), silentLogger(), [webChatPlugin], { inMemory: true });
    browser = await launch();
    page = await browser.newPage();
    await page.goto(`${running.url}/`);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  async function sourcesOf(question: string) {
    const replies = page.locator('#log > li.msg:not(.me)');
    const before = await replies.count();
    await page.locator('#question').fill(question);
    await page.locator('#send').click();
    await expect.poll(() => replies.count(), { timeout: 20_000 }).toBe(before + 1);
    return replies.nth(before).locator('.sources li');
  }

  it('in English: the source line says p. 2', async () => {
    const source = (await sourcesOf('What did the Cairo meeting recommend on labour mobility?')).filter({ hasText: 'Cairo meeting report' });
    expect(await source.locator('.pages').textContent()).toBe('p. 2');
  }, 60_000);

  it('in Arabic: the source line says ص 2, right to left', async () => {
    const source = (await sourcesOf('بماذا أوصى اجتماع القاهرة بشأن تنقل العمالة؟')).filter({ hasText: 'تقرير اجتماع القاهرة' });
    const pages = source.locator('.pages');
    expect(await pages.textContent()).toBe('ص 2');
    expect(await pages.getAttribute('dir')).toBe('rtl');
  }, 60_000);
});
