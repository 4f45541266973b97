import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../adapters/web/console/i18n.js';
import { consolePlugin } from '../../adapters/web/console/plugin.js';
import { webChatPlugin } from '../../adapters/web/web-plugin.js';
import type { OutboundReply } from '../../src/channel/types.js';
import { loadConfig } from '../../src/config.js';
import { addStaffAccount } from '../../src/console/staff-accounts.js';
import { silentLogger } from '../../src/logger.js';
import { serve, type RunningAssistant } from '../../src/main.js';
import { StaffStore } from '../../src/store/staff-store.js';
import { ConsoleClient as Client } from '../support/console-client.js';
import { pdfWithLines } from '../support/pdf.js';
import { docxOf } from '../support/zip.js';
import { ConversationScript, SAMPLE_CORPUS } from '../support/test-app.js';

const STAFF = { email: 'omar.saleh@example.org', password: 'secretariat-desk-7', name: 'Omar Saleh' };
const PDF = pdfWithLines([Buffer.from('Agenda of the 12th ARCP meeting')]);
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
// 50 KB: small enough to test both refusals (over the cap; over the cap and the form's room for text).
const MAX_MB = '0.05';

let running: RunningAssistant;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'arcp-reply-attachment-'));
  cpSync(SAMPLE_CORPUS, join(dir, 'corpus'), { recursive: true });
  const config = loadConfig({ PORT: '0', ARCP_CORPUS_DIR: join(dir, 'corpus'), LOG_LEVEL: 'silent', ARCP_REPLY_FILE_MAX_MB: MAX_MB });
  running = await serve(config, silentLogger(), [webChatPlugin, consolePlugin], { inMemory: true });
  await addStaffAccount(new StaffStore(running.app.db), { ...STAFF, role: 'staff' });
});

afterAll(async () => {
  await running?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A web chat asker whose request became a ticket. */
async function askerWithTicket(): Promise<{ conversationId: string; ticketId: string }> {
  const script = new ConversationScript(running.app);
  const reply = await script.say('Please register our delegation for the next ARCP meeting');
  if (reply.kind !== 'ticket') throw new Error(`expected a ticket, got ${reply.kind}`);
  return { conversationId: script.conversationId, ticketId: reply.ticketId };
}

/** Staff send the reply form with a file, as the browser does (multipart/form-data). */
async function replyWithFile(ticketId: string, file: { name: string; bytes: Buffer; type?: string }, text = 'Please find the agenda attached.') {
  const client = new Client(running.url);
  await client.signIn(STAFF);
  await client.page(`/console/tickets/${ticketId}`);
  const form = new FormData();
  form.set('_csrf', client.csrf);
  form.set('text', text);
  form.set('attachment', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
  const res = await client.fetch(`/console/tickets/${ticketId}/reply`, { method: 'POST', body: form });
  return { client, res };
}

async function staffAnswerIn(conversationId: string): Promise<Extract<OutboundReply, { kind: 'staff-answer' }> | undefined> {
  const { messages } = (await (await fetch(`${running.url}/api/chat/conversations/${conversationId}/messages?after=0`)).json()) as { messages: { reply?: OutboundReply }[] };
  const reply = messages.map((m) => m.reply).find((r) => r?.kind === 'staff-answer');
  return reply?.kind === 'staff-answer' ? reply : undefined;
}

const shows = (page: string, key: Parameters<typeof t>[1]) => page.includes(t('en', key)) || page.includes(t('ar', key));

describe('a document attached to a staff answer, from the console to the web chat', () => {
  it('offers a file field for PDF or DOCX with the size limit on the reply form', async () => {
    const { ticketId } = await askerWithTicket();
    const client = new Client(running.url);
    await client.signIn(STAFF);
    const { body } = await client.page(`/console/tickets/${ticketId}`);
    expect(body).toMatch(/<form method="post" action="[^"]*\/reply" enctype="multipart\/form-data"/);
    expect(body).toContain('<input id="reply-file" type="file" name="attachment"');
    expect(shows(body, 'attachFile') || body.includes('0.05')).toBe(true);
  });

  it('delivers the PDF with the answer: the asker downloads it from their conversation, byte for byte', async () => {
    const { conversationId, ticketId } = await askerWithTicket();
    const { client, res } = await replyWithFile(ticketId, { name: 'جدول الأعمال.pdf', bytes: PDF, type: 'application/pdf' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('flash=flash_delivered');
    // Staff see what was sent, the document named, in the conversation.
    const { body } = await client.page(`/console/conversations/${encodeURIComponent(`web:${conversationId}`)}`);
    expect(body).toMatch(/📎 (Attached document|الوثيقة المرفقة): <bdi>جدول الأعمال.pdf<\/bdi>/);
    const reply = await staffAnswerIn(conversationId);
    expect(reply?.text).toContain('Please find the agenda attached.');
    expect(reply?.attachment).toMatchObject({ filename: 'جدول الأعمال.pdf', mediaType: 'application/pdf', size: PDF.length });
    const download = await fetch(`${running.url}/api/chat/conversations/${conversationId}/files/${reply!.attachment!.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;.*filename\*=UTF-8''%D8%AC/);
    expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), PDF)).toBe(0);
  });

  it('serves the file to no other conversation', async () => {
    const { conversationId, ticketId } = await askerWithTicket();
    await replyWithFile(ticketId, { name: 'agenda.pdf', bytes: PDF });
    const id = (await staffAnswerIn(conversationId))!.attachment!.id;
    const other = await askerWithTicket();
    expect((await fetch(`${running.url}/api/chat/conversations/${other.conversationId}/files/${id}`)).status).toBe(404);
    expect((await fetch(`${running.url}/api/chat/conversations/${conversationId}/files/not-a-file`)).status).toBe(404);
  });

  it('takes a Word document by its content, whatever its name, and names it .docx', async () => {
    const { conversationId, ticketId } = await askerWithTicket();
    const docx = docxOf('<w:document><w:body><w:p><w:r><w:t>Registration form</w:t></w:r></w:p></w:body></w:document>');
    await replyWithFile(ticketId, { name: 'registration form', bytes: docx });
    expect((await staffAnswerIn(conversationId))?.attachment).toMatchObject({ filename: 'registration form.docx', mediaType: DOCX_TYPE, size: docx.length });
  });

  it('refuses a file that is not a PDF or DOCX, whatever its extension, and sends nothing', async () => {
    const { conversationId, ticketId } = await askerWithTicket();
    const { client, res } = await replyWithFile(ticketId, { name: 'agenda.pdf', bytes: Buffer.from('MZ\x90\x00 not a document') });
    expect(res.headers.get('location')).toContain('error=errAttachmentType');
    expect(shows((await client.page(res.headers.get('location')!)).body, 'errAttachmentType')).toBe(true);
    expect(await staffAnswerIn(conversationId)).toBeUndefined();
    expect((await running.app.tickets.get(ticketId))?.status).not.toBe('answered');
  });

  it('refuses a file over the size limit with a clear message, also one far over it, and sends nothing', async () => {
    const { conversationId, ticketId } = await askerWithTicket();
    const over = Buffer.concat([PDF, Buffer.alloc(60 * 1024, 0x20)]);
    const farOver = Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024, 0x20)]);
    for (const bytes of [over, farOver]) {
      const { client, res } = await replyWithFile(ticketId, { name: 'big.pdf', bytes });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toContain('error=errAttachmentTooLarge');
      expect(shows((await client.page(res.headers.get('location')!)).body, 'errAttachmentTooLarge')).toBe(true);
    }
    expect(await staffAnswerIn(conversationId)).toBeUndefined();
  });

  it('serves a signed link (Teams, Slack) while it is valid, and nothing for a forged or expired one', async () => {
    const { conversationId, ticketId } = await askerWithTicket();
    await replyWithFile(ticketId, { name: 'agenda.pdf', bytes: PDF });
    const id = (await staffAnswerIn(conversationId))!.attachment!.id;
    const good = await fetch(`${running.url}${running.app.fileLinks.path(id)}`);
    expect(good.status).toBe(200);
    expect(good.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.compare(Buffer.from(await good.arrayBuffer()), PDF)).toBe(0);
    const forged = running.app.fileLinks.path(id).replace(/s=[^&]+/, 's=AAAA');
    expect((await fetch(`${running.url}${forged}`)).status).toBe(403);
    const expired = running.app.fileLinks.path(id, Date.now() - 200 * 3600 * 1000);
    expect((await fetch(`${running.url}${expired}`)).status).toBe(403);
  });
});
