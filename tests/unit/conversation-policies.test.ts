import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../src/app.js';
import { ConversationScript, createTestApp, SAMPLE_CORPUS } from '../support/test-app.js';

/** A corpus holding one document written only in Arabic, as many official texts are. */
function arabicOnlyCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'arcp-corpus-'));
  mkdirSync(join(dir, 'documents'));
  copyFileSync(join(SAMPLE_CORPUS, 'glossary.tsv'), join(dir, 'glossary.tsv'));
  writeFileSync(
    join(dir, 'documents', 'wrd-statement-ar.md'),
    `---
id: wrd-statement-ar
title:
  ar: بيان اليوم العالمي للاجئين (نص عربي فقط)
type: annual-statement
forum: [WRD]
date: 2024-06-20
language: [ar]
sources:
  - http://lasportal.org/en/news/Pages/NewsDetails.aspx?RID=2792
status: summary-of-public-reporting
---
دعا البيان إلى تقاسم الأعباء والمسؤوليات لمساعدة الدول المضيفة على توفير الحماية والخدمات الأساسية للاجئين.

أكد البيان دعم وكالة الأونروا واستمرار تمويلها.
`,
  );
  return dir;
}

describe('answers and escalation by policy', () => {
  let app: AppServices;
  let ticketing: AppServices;
  let corpus: string;

  beforeAll(async () => {
    corpus = arabicOnlyCorpus();
    app = await createTestApp({ ARCP_CORPUS_DIR: corpus });
    ticketing = await createTestApp({ ARCP_NO_POSITION_POLICY: 'ticket' });
  });
  afterAll(async () => {
    await app.close();
    await ticketing.close();
    rmSync(corpus, { recursive: true, force: true });
  });

  it('answers an English question from an Arabic-only document, quoting the Arabic and saying so', async () => {
    const reply = await new ConversationScript(app).say('What did the statement say about burden sharing with host countries?');
    expect(reply.kind).toBe('answer');
    expect(reply.lang).toBe('en');
    if (reply.kind !== 'answer') return;
    expect(reply.citations[0]).toMatchObject({ documentId: 'wrd-statement-ar', lang: 'ar' });
    expect(reply.citations[0].quote).toContain('تقاسم الأعباء والمسؤوليات');
    expect(reply.text).toMatch(/in Arabic/);
  });

  it('opens a ticket for a question with no established position when the policy says so', async () => {
    const reply = await new ConversationScript(ticketing).say('What is the ARCP position on cryptocurrency regulation?');
    expect(reply.kind).toBe('no-position');
    if (reply.kind !== 'no-position') return;
    expect(reply.ticketId).toMatch(/^ARCP-\d{5}$/);
    expect(reply.text).toContain(reply.ticketId!);
    expect((await ticketing.tickets.get(reply.ticketId!))?.category).toBe('no-position');
  });

  it('offers the secretariat after a thumbs-down, and opens a ticket for the question when asked', async () => {
    const script = new ConversationScript(ticketing);
    const answer = await script.say('ما هي أهداف عملية التشاور العربية الإقليمية؟');
    expect(answer.kind).toBe('answer');
    const offer = await script.say('', { action: { type: 'feedback', replyId: answer.replyId!, helpful: false } });
    expect(offer).toMatchObject({ kind: 'no-position', offerTicket: true, lang: 'ar' });
    const ticket = await script.say('', { action: { type: 'ask-secretariat', replyId: answer.replyId } });
    expect(ticket.kind).toBe('ticket');
    if (ticket.kind !== 'ticket') return;
    expect((await ticketing.tickets.get(ticket.ticketId))?.question).toBe('ما هي أهداف عملية التشاور العربية الإقليمية؟');
  });
});
