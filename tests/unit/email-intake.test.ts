import { mkdtemp } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Router } from 'express';
import { EmailChannel } from '../../adapters/email/email-channel.js';
import { toInboundMessage } from '../../adapters/email/inbound.js';
import { Intake } from '../../adapters/email/intake.js';
import { EmailLedger } from '../../adapters/email/ledger.js';
import { parseMail } from '../../adapters/email/mime.js';
import { renderMail } from '../../adapters/email/render.js';
import { emailSettings } from '../../adapters/email/settings.js';
import { StaffMail } from '../../adapters/email/staff-mail.js';
import type { AppServices } from '../../src/app.js';
import { createHost } from '../../src/channel/host.js';
import type { OutboundReply } from '../../src/channel/types.js';
import { renderTemplate } from '../../src/replies/templates.js';
import { silentLogger } from '../../src/logger.js';
import { simpleMail } from '../fixtures/email/harness.js';
import { createTestApp } from '../support/test-app.js';

/**
 * The intake state machine without servers: the core over the sample corpus, an in-memory database, and
 * the outbox read back instead of sent. What a crash leaves behind is set up by hand.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'email');
const raw = (name: string) => readFileSync(join(FIXTURES, name));

let app: AppServices;
beforeAll(async () => {
  app = await createTestApp({
    IMAP_HOST: '127.0.0.1', IMAP_USER: 'arcp@example.test', IMAP_PASSWORD: 'x', SMTP_HOST: '127.0.0.1',
    MAIL_FROM: 'ARCP Secretariat <arcp@example.test>', EMAIL_ALLOWLIST: '@mofa.example.test',
    EMAIL_ATTACHMENTS_DIR: await mkdtemp(join(tmpdir(), 'arcp-intake-')), EMAIL_RETRY_BASE_MS: '300', EMAIL_RETRY_MAX_MS: '600',
  });
});

let uidValidity = 0;
/** The intake on the core's own host; no email sender runs, so queued replies stay queued to be read back. */
function harness(turns: Pick<AppServices['turns'], 'handle'> = app.turns) {
  const host = createHost(app, 'email', app.config.email, { router: Router(), publicUrl: () => '' });
  const settings = emailSettings(app.config.email, app.config.core.dataDir);
  const logger = silentLogger();
  const ledger = new EmailLedger(host.state);
  const channel = new EmailChannel({ ledger, smtp: { send: async () => {} }, from: settings.from, keepCopy: async () => {}, logger });
  const staffMail = new StaffMail({ staff: host.staff, ledger, channel, settings, logger });
  const intake = new Intake({ turns, delivery: host.delivery, ledger, staffMail, settings, logger });
  const key = (uid: number) => ({ mailbox: 'INBOX', uidValidity: String(uidValidity), uid });
  uidValidity++;
  const outboxFor = async (id: string) =>
    (await app.deliveries.list({ status: ['pending'] })).filter((d) => d.channel === 'email' && (d.ref?.replyHandle as { inReplyTo?: string }).inReplyTo === id);
  return { intake, key, ledger, outboxFor };
}

describe('email intake: each message once, whatever happens', () => {
  it('answers, files in ARCP/Answered, and does nothing more when the same message is seen again', async () => {
    const { intake, key, outboxFor } = harness();
    const first = await intake.handle(key(1), raw('arabic-question.eml'));
    expect(first).toMatchObject({ folder: 'ARCP/Answered', flags: ['\\Seen', '$ARCP-answered'] });
    // The move failed or the process stopped before it: the next scan sees the message again.
    const again = await intake.handle(key(1), raw('arabic-question.eml'));
    expect(again?.folder).toBe('ARCP/Answered');
    expect(await outboxFor('ar-question-1@mofa.example.test')).toHaveLength(1);
  });

  it('a second copy of a Message-ID (another UID) is ignored', async () => {
    const { intake, key, outboxFor } = harness();
    const copy = Buffer.from(simpleMail({ from: 'desk@mofa.example.test', subject: 'GCM', messageId: 'twice-1@mofa.example.test', body: 'What is the Arab position on the Global Compact for Migration?' }));
    expect((await intake.handle(key(6), copy))?.folder).toBe('ARCP/Answered');
    expect((await intake.handle(key(7), copy))?.folder).toBe('ARCP/Ignored');
    expect(await outboxFor('twice-1@mofa.example.test')).toHaveLength(1);
  });

  it('after a crash between the core turn and the outbox, the recorded reply is queued once', async () => {
    const { intake, key, ledger, outboxFor } = harness();
    const mail = await parseMail(raw('windows-1256-body.eml'));
    await ledger.startProcessing(await ledger.intake(key(3), mail.messageId));
    const recorded = (await app.turns.handle(toInboundMessage(mail, { conversationId: mail.messageId, attachments: [] }))).reply;
    expect(recorded?.kind).toBe('answer');
    const resumed = await intake.handle(key(3), raw('windows-1256-body.eml'));
    expect(resumed?.folder).toBe('ARCP/Answered');
    const queued = await outboxFor('cp1256-1@mofa.example.test');
    expect(queued).toHaveLength(1);
    expect(queued[0].key).toBe(`reply:${recorded!.replyId}`);
  });

  it('loop guard: an auto-reply is filed as ignored and nothing is queued', async () => {
    const { intake, key, outboxFor } = harness();
    expect(await intake.handle(key(4), raw('auto-reply.eml'))).toMatchObject({ folder: 'ARCP/Ignored', flags: ['\\Seen', '$ARCP-ignored'] });
    expect(await outboxFor('ooo-1@mofa.example.test')).toEqual([]);
  });

  it('a message the core cannot take in is retried with back-off, then filed unread in ARCP/Failed with a notice to the sender', async () => {
    const failing = { handle: async () => { throw new Error('the database is unreachable'); } };
    const { intake, key, ledger, outboxFor } = harness(failing);
    const eml = raw('english-registration.eml');
    expect(await intake.handle(key(5), eml)).toBeNull();
    expect(await intake.handle(key(5), eml)).toBeNull();
    expect(await ledger.intakeByKey(key(5))).toMatchObject({ state: 'received', attempts: 1, reason: 'INTERNAL' });
    await new Promise((r) => setTimeout(r, 350));
    expect(await intake.handle(key(5), eml)).toBeNull();
    await new Promise((r) => setTimeout(r, 650));
    const failed = await intake.handle(key(5), eml);
    expect(failed).toMatchObject({ folder: 'ARCP/Failed', flags: ['$ARCP-failed'] });
    expect(await ledger.intakeByKey(key(5))).toMatchObject({ state: 'failed', attempts: 3 });
    const notice = await outboxFor('en-registration-1@mission.example.test');
    expect(notice).toHaveLength(1);
    const body = renderMail(notice[0].payload.reply as OutboundReply).text;
    expect(body.trim()).toBe(renderTemplate('error', 'en'));
  });
});
