import { mkdtemp } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EmailChannel } from '../../adapters/email/email-channel.js';
import { toInboundMessage } from '../../adapters/email/inbound.js';
import { Intake } from '../../adapters/email/intake.js';
import { parseMail } from '../../adapters/email/mime.js';
import { emailSettings } from '../../adapters/email/settings.js';
import { StaffMail } from '../../adapters/email/staff-mail.js';
import type { AppServices } from '../../src/app.js';
import { renderTemplate } from '../../src/answer/templates.js';
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
    EMAIL_ATTACHMENTS_DIR: await mkdtemp(join(tmpdir(), 'arcp-intake-')), EMAIL_RETRY_BASE_MS: '30', EMAIL_RETRY_MAX_MS: '60',
  });
});

let uidValidity = 0;
function harness(overrides: Partial<Pick<AppServices, 'assistant'>> = {}) {
  const settings = emailSettings(app.config);
  const logger = silentLogger();
  const store = app.emailStore;
  const channel = new EmailChannel({ store, outbox: { kick: () => {} }, from: settings.from, logger });
  const staffMail = new StaffMail({ app, store, channel, settings, logger });
  const intake = new Intake({ app: { ...app, ...overrides }, store, channel, staffMail, settings, logger });
  const key = (uid: number) => ({ mailbox: 'INBOX', uidValidity: String(uidValidity), uid });
  uidValidity++;
  const outboxFor = (id: string) => store.dueOutbox(10_000).filter((o) => o.raw.toString().includes(`In-Reply-To: <${id}>`));
  return { intake, key, store, outboxFor };
}

describe('email intake: each message once, whatever happens', () => {
  it('answers, files in ARCP/Answered, and does nothing more when the same message is seen again', async () => {
    const { intake, key, outboxFor } = harness();
    const first = await intake.handle(key(1), raw('arabic-question.eml'));
    expect(first).toMatchObject({ folder: 'ARCP/Answered', flags: ['\\Seen', '$ARCP-answered'] });
    // The move failed or the process stopped before it: the next scan sees the message again.
    const again = await intake.handle(key(1), raw('arabic-question.eml'));
    expect(again?.folder).toBe('ARCP/Answered');
    expect(outboxFor('ar-question-1@mofa.example.test')).toHaveLength(1);
  });

  it('a second copy of a Message-ID (another UID) is ignored', async () => {
    const { intake, key, outboxFor } = harness();
    const copy = Buffer.from(simpleMail({ from: 'desk@mofa.example.test', subject: 'GCM', messageId: 'twice-1@mofa.example.test', body: 'What is the Arab position on the Global Compact for Migration?' }));
    expect((await intake.handle(key(6), copy))?.folder).toBe('ARCP/Answered');
    expect((await intake.handle(key(7), copy))?.folder).toBe('ARCP/Ignored');
    expect(outboxFor('twice-1@mofa.example.test')).toHaveLength(1);
  });

  it('after a crash between the core turn and the outbox, the recorded reply is queued once', async () => {
    const { intake, key, store, outboxFor } = harness();
    const mail = await parseMail(raw('windows-1256-body.eml'));
    const record = store.intake(key(3), mail.messageId);
    store.startProcessing(record.id);
    const recorded = await app.assistant.handle(toInboundMessage(mail, { conversationId: mail.messageId, attachments: [] }));
    expect(recorded?.kind).toBe('answer');
    const resumed = await intake.handle(key(3), raw('windows-1256-body.eml'));
    expect(resumed?.folder).toBe('ARCP/Answered');
    const queued = outboxFor('cp1256-1@mofa.example.test');
    expect(queued).toHaveLength(1);
    expect(queued[0].idempotencyKey).toBe(`reply:${recorded!.replyId}`);
  });

  it('loop guard: an auto-reply is filed as ignored and nothing is queued', async () => {
    const { intake, key, outboxFor } = harness();
    expect(await intake.handle(key(4), raw('auto-reply.eml'))).toMatchObject({ folder: 'ARCP/Ignored', flags: ['\\Seen', '$ARCP-ignored'] });
    expect(outboxFor('ooo-1@mofa.example.test')).toEqual([]);
  });

  it('a failing turn is retried with back-off, then filed unread in ARCP/Failed with a notice to the sender', async () => {
    const failing = { handle: async () => { throw new Error('the language model is unreachable'); } } as unknown as AppServices['assistant'];
    const { intake, key, store, outboxFor } = harness({ assistant: failing });
    const eml = raw('english-registration.eml');
    expect(await intake.handle(key(5), eml)).toBeNull();
    expect(await intake.handle(key(5), eml)).toBeNull();
    expect(store.intakeByKey(key(5))).toMatchObject({ state: 'received', attempts: 1, reason: 'INTERNAL' });
    await new Promise((r) => setTimeout(r, 40));
    expect(await intake.handle(key(5), eml)).toBeNull();
    await new Promise((r) => setTimeout(r, 70));
    const failed = await intake.handle(key(5), eml);
    expect(failed).toMatchObject({ folder: 'ARCP/Failed', flags: ['$ARCP-failed'] });
    expect(store.intakeByKey(key(5))).toMatchObject({ state: 'failed', attempts: 3 });
    const notice = outboxFor('en-registration-1@mission.example.test');
    expect(notice).toHaveLength(1);
    const body = (await parseMail(notice[0].raw)).text;
    expect(body.trim()).toBe(renderTemplate('error', 'en'));
  });
});
