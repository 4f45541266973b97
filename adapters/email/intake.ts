import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ChannelHost } from '../../src/channel/host.js';
import type { InboundMessage, OutboundReply } from '../../src/channel/types.js';
import { conversationKey } from '../../src/core/conversation-log.js';
import { failureNotice } from '../../src/core/last-resort.js';
import type { TurnResult } from '../../src/core/turn-gateway.js';
import { AppError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { askerLang } from '../../src/text/lang.js';
import { keepAttachments } from './attachments.js';
import type { Disposition, MessageKey } from './imap-source.js';
import { senderDoubt } from './authentication.js';
import { toInboundMessage } from './inbound.js';
import type { EmailLedger, FinalIntakeState, IntakeRecord } from './ledger.js';
import { loopGuard } from './loop-guard.js';
import { parseMail, type ParsedMail } from './mime.js';
import type { EmailSettings } from './settings.js';
import type { StaffMail } from './staff-mail.js';
import { newConversationId, threadCandidates } from './threading.js';

export interface IntakeDeps {
  turns: ChannelHost<unknown>['turns'];
  delivery: Pick<ChannelHost<unknown>['delivery'], 'enqueue'>;
  ledger: EmailLedger;
  staffMail: StaffMail;
  settings: EmailSettings;
  logger: Logger;
}

interface Outcome {
  state: FinalIntakeState;
  reason?: string;
  conversationId?: string;
  ticketId?: string;
  draftId?: string;
  deliveryId?: string;
}

/** A message the core could not even keep is moved to the Failed folder after this many attempts. */
const MAX_ATTEMPTS = 3;
const SEEN = '\\Seen';

/**
 * One received mail, exactly once: the intake record (mailbox + UIDVALIDITY + UID, plus Message-ID)
 * moves received → processing → a final state, and every step that has an effect is idempotent (the
 * core's turn claims, tickets and drafts keyed by source message, the reply queued under its reply id),
 * so a crash at any point resumes into the same single reply. A turn that fails is the core's to answer;
 * the mailbox keeps a message only while the core cannot take it in at all.
 */
export class Intake {
  constructor(private readonly deps: IntakeDeps) {}

  readonly handle = async (key: MessageKey, raw: Buffer): Promise<Disposition | null> => {
    const mail = await parseMail(raw).catch((err: unknown) => err as Error);
    if (mail instanceof Error) return this.unreadable(key, raw, mail);
    const { ledger } = this.deps;
    const record = await ledger.intake(key, mail.messageId);
    if (record.state !== 'received' && record.state !== 'processing') return this.disposition(record);
    if (!this.retryDue(record)) return null;
    const log = this.deps.logger.child({ intakeId: record.id, uid: key.uid, messageId: mail.messageId });
    if (await ledger.earlierCopy(record)) return this.finish(record, { state: 'ignored', reason: 'duplicate' }, mail, log);
    const started = await ledger.startProcessing(record);
    try {
      const outcome = await this.process(mail, started, log);
      if (outcome === 'later') return this.later(started, 'IN_FLIGHT', log);
      return await this.finish(started, outcome, mail, log);
    } catch (err) {
      return this.notTakenIn(started, mail, AppError.from(err), log);
    }
  };

  /** The core could not take the message in (its store failing): left in the inbox, tried again, then filed as failed. */
  private async notTakenIn(record: IntakeRecord, mail: ParsedMail, error: AppError, log: Logger): Promise<Disposition | null> {
    if (record.attempts < MAX_ATTEMPTS) return this.later(record, error.code, log, error);
    log.error({ err: error, attempts: record.attempts }, 'mail failed; moved to the Failed folder');
    await this.noticeOfFailure(mail).catch((e: unknown) => log.warn({ err: e }, 'failure notice not queued'));
    return this.finish(record, { state: 'failed', reason: error.code }, mail, log);
  }

  /** Left in the inbox for a later scan. */
  private async later(record: IntakeRecord, reason: string, log: Logger, err?: AppError): Promise<null> {
    await this.deps.ledger.retryLater(record, reason);
    log.warn({ err, reason, attempts: record.attempts }, 'mail not taken in; will retry');
    return null;
  }

  /** A message that failed waits before its next attempt (4× longer each time), however often the mailbox is scanned. */
  private retryDue(record: IntakeRecord): boolean {
    if (record.state !== 'received' || record.attempts === 0) return true;
    const wait = Math.min(this.deps.settings.retryBaseMs * 4 ** (record.attempts - 1), this.deps.settings.retryMaxMs);
    return Date.now() - Date.parse(record.updatedAt) >= wait;
  }

  /** mailparser gave up on it: kept as it is, in the Failed folder, after the usual retries. */
  private async unreadable(key: MessageKey, raw: Buffer, err: Error): Promise<Disposition | null> {
    const id = `sha256-${createHash('sha256').update(raw).digest('hex').slice(0, 32)}@arcp.invalid`;
    const record = await this.deps.ledger.intake(key, id);
    if (record.state !== 'received' && record.state !== 'processing') return this.disposition(record);
    if (!this.retryDue(record)) return null;
    const started = await this.deps.ledger.startProcessing(record);
    this.deps.logger.warn({ err, intakeId: record.id, uid: key.uid, attempts: started.attempts }, 'unreadable mail');
    if (started.attempts < MAX_ATTEMPTS) {
      await this.deps.ledger.retryLater(started, 'MAIL_MALFORMED');
      return null;
    }
    return this.disposition(await this.deps.ledger.finish(started, 'failed', { reason: 'MAIL_MALFORMED', folder: this.deps.settings.folders.failed }));
  }

  /** What became of the mail, or `later` when another server is answering it right now. */
  private async process(mail: ParsedMail, record: IntakeRecord, log: Logger): Promise<Outcome | 'later'> {
    const loop = loopGuard(mail, { ownAddresses: this.deps.settings.ownAddresses });
    if (loop) return { state: 'ignored', reason: loop };
    const staff = await this.deps.staffMail.handleReply(mail);
    if (staff) return { state: staff.handled ? 'staff' : 'ignored', reason: staff.reason, ticketId: staff.ticketId };
    const conversationId = await this.conversationOf(mail);
    const kept = await keepAttachments(mail.attachments, { dir: join(this.deps.settings.attachmentsDir, record.id), maxBytes: this.deps.settings.maxAttachmentBytes });
    await this.deps.ledger.saveAttachments(record, kept);
    if (kept.some((a) => !a.storedAt)) log.warn({ over: kept.filter((a) => !a.storedAt).map((a) => a.size) }, 'attachment over the size cap; listed, not kept');
    const doubt = senderDoubt(mail, this.deps.settings);
    if (doubt) log.warn({ doubt }, 'sender in doubt; every reply waits for staff');
    const msg = toInboundMessage(mail, { conversationId, attachments: kept.map(({ n: _n, sha256: _s, ...meta }) => meta), doubt });
    let deliveryId: string | undefined;
    // The reply is queued under its reply id: queued again for a repeat of the mail, it is still one mail.
    const deliver = async (reply: OutboundReply) => void (deliveryId = (await this.deps.delivery.enqueue(replyDelivery(msg, reply))).id);
    const result = await this.deps.turns.handle(msg, { deliver, deliverRepeats: true });
    if (result.pending) return 'later';
    return { ...outcomeOf(result, Boolean(doubt)), conversationId, deliveryId };
  }

  /** Threads by Message-ID / In-Reply-To / References; a mail that refers to nothing known starts a conversation. */
  private async conversationOf(mail: ParsedMail): Promise<string> {
    const known = await this.deps.ledger.conversationOf(threadCandidates(mail));
    const conversationId = known ?? newConversationId(mail);
    await this.deps.ledger.linkThread([mail.messageId, ...(known ? [] : [conversationId])], conversationId);
    return conversationId;
  }

  private async noticeOfFailure(mail: ParsedMail): Promise<void> {
    if (loopGuard(mail, { ownAddresses: this.deps.settings.ownAddresses })) return;
    if (senderDoubt(mail, this.deps.settings)) return;
    const msg = toInboundMessage(mail, { conversationId: await this.conversationOf(mail), attachments: [] });
    await this.deps.delivery.enqueue(replyDelivery(msg, failureNotice(msg, askerLang(`${mail.subject} ${mail.text}`.slice(0, 2000)))));
  }

  private async finish(record: IntakeRecord, o: Outcome, mail: ParsedMail, log: Logger): Promise<Disposition> {
    const folder = this.deps.settings.folders[o.state];
    const done = await this.deps.ledger.finish(record, o.state, { ...o, folder, sender: mail.from?.address });
    log.info({ state: o.state, reason: o.reason, ticketId: o.ticketId, draftId: o.draftId, deliveryId: o.deliveryId }, 'mail processed');
    return this.disposition(done);
  }

  private disposition(record: IntakeRecord): Disposition {
    const state = record.state as FinalIntakeState;
    const folder = record.folder ?? this.deps.settings.folders[state];
    // Failed mail stays unread, so that staff looking at the folder notice it.
    const flags = state === 'failed' ? [`$ARCP-${state}`] : [SEEN, `$ARCP-${state}`];
    return { folder, flags, moved: () => void this.deps.ledger.markMoved(record).catch(() => undefined) };
  }
}

/** Where the core's answer leaves the mail: answered, acknowledged as a ticket, drafted, or nothing to send. */
function outcomeOf(result: TurnResult, inDoubt: boolean): Omit<Outcome, 'conversationId' | 'deliveryId'> {
  const reply = result.reply;
  const ticketId = reply && 'ticketId' in reply ? reply.ticketId : undefined;
  if (result.draftId) return { state: 'drafted', reason: inDoubt ? 'sender-in-doubt' : 'sender-not-allowlisted', draftId: result.draftId, ticketId };
  if (result.failed) return { state: 'ticketed', reason: 'unprocessed' };
  if (!reply) return { state: 'ignored', reason: 'no-reply' };
  return { state: ticketId ? 'ticketed' : 'answered', ticketId };
}

function replyDelivery(msg: InboundMessage, reply: OutboundReply) {
  return { channel: 'email', key: `reply:${reply.replyId}`, kind: 'reply' as const, subject: conversationKey(msg.ref), ref: msg.ref, payload: { reply } };
}
