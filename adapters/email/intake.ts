import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { AppServices } from '../../src/app.js';
import { renderTemplate } from '../../src/answer/templates.js';
import type { InboundMessage, OutboundReply } from '../../src/channel/types.js';
import { decideApproval } from '../../src/drafts/approval-policy.js';
import { AppError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { detectLang } from '../../src/text/lang.js';
import { keepAttachments } from './attachments.js';
import type { EmailChannel } from './email-channel.js';
import type { Disposition, MessageKey } from './imap-source.js';
import { toInboundMessage } from './inbound.js';
import { loopGuard } from './loop-guard.js';
import { parseMail, type ParsedMail } from './mime.js';
import type { EmailSettings, FinalState } from './settings.js';
import type { StaffMail } from './staff-mail.js';
import { newConversationId, threadCandidates } from './threading.js';

type EmailStore = AppServices['emailStore'];
type IntakeRecord = ReturnType<EmailStore['intake']>;

export interface IntakeDeps {
  app: Pick<AppServices, 'assistant' | 'conversations' | 'drafts'>;
  store: EmailStore;
  channel: EmailChannel;
  staffMail: StaffMail;
  settings: EmailSettings;
  logger: Logger;
}

interface Outcome {
  state: FinalState;
  reason?: string;
  conversationId?: string;
  ticketId?: string;
  draftId?: string;
  outboxId?: string;
}

/** A message that keeps failing is moved to the Failed folder after this many attempts. */
const MAX_ATTEMPTS = 3;
const SEEN = '\\Seen';

/**
 * One received mail, exactly once: the intake record (mailbox + UIDVALIDITY + UID, plus Message-ID)
 * moves received → processing → a final state, and every step that has an effect is idempotent (the
 * core's processed-message ids, tickets and drafts keyed by source message, the outbox keyed by reply),
 * so a crash at any point resumes into the same single reply.
 */
export class Intake {
  constructor(private readonly deps: IntakeDeps) {}

  readonly handle = async (key: MessageKey, raw: Buffer): Promise<Disposition | null> => {
    const mail = await parseMail(raw).catch((err: unknown) => err as Error);
    if (mail instanceof Error) return this.unreadable(key, raw, mail);
    const { store } = this.deps;
    const record = store.intake(key, mail.messageId);
    if (record.state !== 'received' && record.state !== 'processing') return this.disposition(record);
    if (!this.retryDue(record)) return null;
    const log = this.deps.logger.child({ intakeId: record.id, uid: key.uid, messageId: mail.messageId });
    const earlier = store.earlierCopy(mail.messageId, record.id);
    if (earlier) return this.finish(record, { state: 'ignored', reason: 'duplicate' }, mail, log);
    const started = store.startProcessing(record.id);
    try {
      return this.finish(started, await this.process(mail, started, log), mail, log);
    } catch (err) {
      const error = AppError.from(err);
      if (started.attempts < MAX_ATTEMPTS) {
        store.retryLater(started.id, error.code);
        log.warn({ err: error, attempts: started.attempts }, 'mail not processed; will retry');
        return null;
      }
      log.error({ err: error, attempts: started.attempts }, 'mail failed; moved to the Failed folder');
      await this.noticeOfFailure(mail).catch((e: unknown) => log.warn({ err: e }, 'failure notice not sent'));
      return this.finish(started, { state: 'failed', reason: error.code }, mail, log);
    }
  };

  /** A message that failed waits before its next attempt (4× longer each time), however often the mailbox is scanned. */
  private retryDue(record: IntakeRecord): boolean {
    if (record.state !== 'received' || record.attempts === 0) return true;
    const wait = Math.min(this.deps.settings.retryBaseMs * 4 ** (record.attempts - 1), this.deps.settings.retryMaxMs);
    return Date.now() - Date.parse(record.updatedAt) >= wait;
  }

  /** mailparser gave up on it: kept as it is, in the Failed folder, after the usual retries. */
  private unreadable(key: MessageKey, raw: Buffer, err: Error): Disposition | null {
    const id = `sha256-${createHash('sha256').update(raw).digest('hex').slice(0, 32)}@arcp.invalid`;
    const record = this.deps.store.intake(key, id);
    if (record.state !== 'received' && record.state !== 'processing') return this.disposition(record);
    if (!this.retryDue(record)) return null;
    const started = this.deps.store.startProcessing(record.id);
    this.deps.logger.warn({ err, intakeId: record.id, uid: key.uid, attempts: started.attempts }, 'unreadable mail');
    if (started.attempts < MAX_ATTEMPTS) {
      this.deps.store.retryLater(record.id, 'MAIL_MALFORMED');
      return null;
    }
    return this.disposition(this.deps.store.finish(record.id, 'failed', { reason: 'MAIL_MALFORMED', folder: this.deps.settings.folders.failed }));
  }

  private async process(mail: ParsedMail, record: IntakeRecord, log: Logger): Promise<Outcome> {
    const loop = loopGuard(mail, { ownAddresses: this.deps.settings.ownAddresses });
    if (loop) return { state: 'ignored', reason: loop };
    const staff = await this.deps.staffMail.handleReply(mail);
    if (staff) return { state: staff.handled ? 'staff' : 'ignored', reason: staff.reason, ticketId: staff.ticketId };
    const conversationId = this.conversationOf(mail);
    const kept = await keepAttachments(mail.attachments, {
      dir: join(this.deps.settings.attachmentsDir, String(record.id)),
      maxBytes: this.deps.settings.maxAttachmentBytes,
    });
    this.deps.store.saveAttachments(record.id, kept);
    if (kept.some((a) => !a.storedAt)) log.warn({ over: kept.filter((a) => !a.storedAt).map((a) => a.size) }, 'attachment over the size cap; listed, not kept');
    const msg = toInboundMessage(mail, { conversationId, attachments: kept.map(({ n: _n, sha256: _s, ...meta }) => meta) });
    if (!msg.text && !msg.attachments) return { state: 'ignored', reason: 'empty', conversationId };
    const reply = (await this.deps.app.assistant.handle(msg)) ?? this.recordedReply(msg);
    if (!reply) return { state: 'ignored', reason: 'no-reply', conversationId };
    return this.deliver(msg, reply, conversationId);
  }

  /** Sends the reply, or holds it for staff approval when the sender is not on the allowlist. */
  private async deliver(msg: InboundMessage, reply: OutboundReply, conversationId: string): Promise<Outcome> {
    const ticketId = 'ticketId' in reply ? reply.ticketId : undefined;
    const decision = decideApproval(reply, msg.sender.email, this.deps.settings.allowlist);
    if (decision.action === 'draft') {
      const draft = await this.deps.app.drafts.create({ sourceMessageId: msg.id, ref: msg.ref, sender: msg.sender, question: msg.text, reply });
      return { state: 'drafted', reason: decision.reason, conversationId, draftId: draft.id, ticketId };
    }
    const { externalId } = await this.deps.channel.send(msg.ref, reply);
    return { state: ticketId ? 'ticketed' : 'answered', conversationId, ticketId, outboxId: externalId };
  }

  /** Threads by Message-ID / In-Reply-To / References; a mail that refers to nothing known starts a conversation. */
  private conversationOf(mail: ParsedMail): string {
    const known = this.deps.store.conversationOf(threadCandidates(mail));
    const conversationId = known ?? newConversationId(mail);
    this.deps.store.linkThread([mail.messageId, ...(known ? [] : [conversationId])], conversationId);
    return conversationId;
  }

  /** After a crash between the core's turn and the outbox, the turn is recorded: its reply is reused, not recomputed. */
  private recordedReply(msg: InboundMessage): OutboundReply | null {
    const replyId = this.deps.app.conversations.processedReply(msg.id);
    if (!replyId) return null;
    const entry = this.deps.app.conversations.transcript(`${msg.ref.channel}:${msg.ref.conversationId}`).find((e) => e.reply?.replyId === replyId);
    return entry?.reply ?? null;
  }

  private async noticeOfFailure(mail: ParsedMail): Promise<void> {
    if (loopGuard(mail, { ownAddresses: this.deps.settings.ownAddresses })) return;
    const lang = detectLang(`${mail.subject} ${mail.text}`.slice(0, 2000));
    const msg = toInboundMessage(mail, { conversationId: this.conversationOf(mail), attachments: [] });
    await this.deps.channel.send(msg.ref, { kind: 'notice', lang, text: renderTemplate('error', lang), replyId: `failed:${mail.messageId}` });
  }

  private finish(record: IntakeRecord, o: Outcome, mail: ParsedMail, log: Logger): Disposition {
    const folder = this.deps.settings.folders[o.state];
    const done = this.deps.store.finish(record.id, o.state, { ...o, folder, sender: mail.from?.address });
    log.info({ state: o.state, reason: o.reason, ticketId: o.ticketId, draftId: o.draftId, outboxId: o.outboxId }, 'mail processed');
    return this.disposition(done);
  }

  private disposition(record: IntakeRecord): Disposition {
    const state = record.state as FinalState;
    const folder = record.folder ?? this.deps.settings.folders[state];
    // Failed mail stays unread, so that staff looking at the folder notice it.
    const flags = state === 'failed' ? [`$ARCP-${state}`] : [SEEN, `$ARCP-${state}`];
    return { folder, flags, moved: () => this.deps.store.markMoved([record.id]) };
  }
}
