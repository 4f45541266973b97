import type { AppServices } from '../../src/app.js';
import type { Channel, ConversationRef, Lang, OutboundReply } from '../../src/channel/types.js';
import type { Logger } from '../../src/logger.js';
import { composeRaw, newMessageId, type Mailbox } from './compose.js';
import { renderMail, type RenderedMail } from './render.js';
import type { OutboxWorker } from './smtp-sink.js';
import { readReplyHandle } from './threading.js';

export interface EmailChannelDeps {
  store: AppServices['emailStore'];
  outbox: Pick<OutboxWorker, 'kick'>;
  from: Mailbox;
  logger: Logger;
}

export interface Notification {
  to: string;
  subject: string;
  body: RenderedMail;
  lang: Lang;
  /** One notification per key, whatever retries happen. */
  key: string;
  /** Replies to it are threaded to this conversation (`ticket:ARCP-00012`). */
  conversationId: string;
}

/**
 * The email channel port: a reply becomes a complete message in the outbox — threaded under the asker's
 * mail, from the secretariat's address — and the outbox worker sends it. "Sent" here means queued
 * durably; the worker guarantees delivery once, even across a crash or an SMTP outage.
 */
export class EmailChannel implements Channel {
  readonly name = 'email' as const;

  constructor(private readonly deps: EmailChannelDeps) {}

  async send(ref: ConversationRef, reply: OutboundReply): Promise<{ externalId: string }> {
    const handle = readReplyHandle(ref.replyHandle);
    const messageId = newMessageId(this.deps.from);
    const raw = await composeRaw({
      from: this.deps.from,
      to: [{ address: handle.to, name: handle.toName }],
      subject: handle.subject,
      body: renderMail(reply),
      lang: reply.lang,
      messageId,
      inReplyTo: handle.inReplyTo,
      references: handle.references,
      // A person wrote a staff answer; everything else is the assistant answering by itself.
      autoSubmitted: reply.kind === 'staff-answer' ? undefined : 'auto-replied',
    });
    return { externalId: this.enqueue({ messageId, key: `reply:${reply.replyId ?? messageId}`, kind: 'reply', conversationId: ref.conversationId, to: handle.to, raw }) };
  }

  async notify(n: Notification): Promise<string> {
    const messageId = newMessageId(this.deps.from);
    const raw = await composeRaw({
      from: this.deps.from, to: [{ address: n.to }], subject: n.subject, body: n.body, lang: n.lang, messageId,
      autoSubmitted: 'auto-generated',
    });
    return this.enqueue({ messageId, key: n.key, kind: 'notification', conversationId: n.conversationId, to: n.to, raw });
  }

  private enqueue(m: { messageId: string; key: string; kind: 'reply' | 'notification'; conversationId: string; to: string; raw: Buffer }): string {
    const { id, created } = this.deps.store.enqueue({
      id: m.messageId, idempotencyKey: m.key, kind: m.kind, conversationId: m.conversationId,
      envelopeFrom: this.deps.from.address, recipients: [m.to], raw: m.raw,
    });
    this.deps.store.linkThread([id], m.conversationId);
    if (created) this.deps.logger.info({ outboxId: id, kind: m.kind, conversationId: m.conversationId }, 'mail queued');
    this.deps.outbox.kick();
    return id;
  }
}
