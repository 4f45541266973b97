import type { StaffActions } from '../../src/channel/host.js';
import { AppError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import type { StaffNotifier } from '../../src/tickets/staff-notifier.js';
import type { Ticket } from '../../src/tickets/types.js';
import type { EmailChannel } from './email-channel.js';
import type { EmailLedger } from './ledger.js';
import { ticketTagOf } from './inbound.js';
import { fromAuthenticated } from './authentication.js';
import type { ParsedMail } from './mime.js';
import { stripQuotedText } from './quote-strip.js';
import { renderPlain } from './render.js';
import type { EmailSettings } from './settings.js';
import { threadCandidates } from './threading.js';

export interface StaffMailDeps {
  staff: Pick<StaffActions, 'reply' | 'ticket'>;
  ledger: Pick<EmailLedger, 'conversationOf'>;
  channel: EmailChannel;
  settings: EmailSettings;
  logger: Logger;
}

export interface StaffReplyOutcome {
  handled: boolean;
  ticketId: string;
  reason?: string;
}

const TICKET_CONVERSATION = 'ticket:';

/**
 * Staff by email: ticket notifications go to STAFF_EMAIL with the ticket tag in the subject, and a staff
 * member's reply to one (tag kept, or In-Reply-To the notification) is the ticket's answer, delivered to
 * the asker on their own channel and thread by the staff service.
 */
export class StaffMail implements StaffNotifier {
  readonly name = 'email-staff';

  constructor(private readonly deps: StaffMailDeps) {}

  /** Undefined when the mail is not a staff answer to a ticket (then it is an ordinary message). */
  async handleReply(mail: ParsedMail): Promise<StaffReplyOutcome | undefined> {
    const from = mail.from;
    if (!from || !this.deps.settings.staffSenders.allows(from.address)) return undefined;
    const ticketId = ticketTagOf(mail.subject) ?? (await this.ticketOfThread(mail));
    if (!ticketId) return undefined;
    // A staff address is as easy to forge as a ministry's: its answer reaches askers only when the
    // receiving server vouched for it (when EMAIL_AUTHSERV_ID names that server).
    const { authservIds } = this.deps.settings;
    if (authservIds.length > 0 && !fromAuthenticated(mail, authservIds).pass) {
      this.deps.logger.warn({ ticketId, from: from.address }, 'staff answer by email refused: sender not authenticated');
      return { handled: false, ticketId, reason: 'staff-sender-not-authenticated' };
    }
    const ticket = await this.deps.staff.ticket(ticketId);
    if (!ticket) return { handled: false, ticketId, reason: 'unknown-ticket' };
    const text = stripQuotedText(mail.text).text;
    if (!text) return { handled: false, ticketId, reason: 'empty' };
    const staffName = from.name ?? from.address;
    // The same answer already recorded: this mail was processed before a crash, do not send it twice.
    if (ticket.answer === text && ticket.answeredBy === staffName) return { handled: true, ticketId };
    try {
      await this.deps.staff.reply(ticketId, staffName, text);
    } catch (err) {
      if (AppError.is(err, 'TICKET_STATE')) return { handled: false, ticketId, reason: 'ticket-closed' };
      // The asker has this very answer from minutes ago (sent from another surface): nothing to send.
      if (AppError.is(err, 'REPLY_DUPLICATE')) return { handled: true, ticketId };
      throw err;
    }
    this.deps.logger.info({ ticketId, staff: staffName }, 'staff answer received by email');
    return { handled: true, ticketId };
  }

  async ticketOpened(ticket: Ticket): Promise<void> {
    const lines = [
      `Category / الفئة: ${ticket.category}`,
      `From / من: ${[ticket.sender.name, ticket.sender.email ?? ticket.sender.id].filter(Boolean).join(' — ')}`,
      `Channel / القناة: ${ticket.channel}`,
      ...(ticket.sender.doubt ? [`⚠ Sender in doubt, nothing is sent to them before a draft is approved / مرسل غير موثَّق: ${ticket.sender.doubt}`] : []),
      ...(ticket.attachments.length ? [`Attachments / المرفقات: ${ticket.attachments.map((a) => `${a.filename} (${Math.ceil(a.size / 1024)} KB)`).join(', ')}`] : []),
      '',
      'Question / السؤال:',
      ticket.question,
      '',
      'Reply to this message to answer the asker: only what you write above the quoted part is sent.',
      'للرد على صاحب الطلب ردّوا على هذه الرسالة: يُرسَل ما تكتبونه فوق الجزء المقتبس فقط.',
    ];
    await this.notify(ticket, `${ticket.category}: ${oneLine(ticket.question, 70)}`, lines.join('\n'), `opened:${ticket.id}`);
  }

  async ticketUpdated(ticket: Ticket): Promise<void> {
    if (ticket.status !== 'answered') return;
    const text = [`Answered by / أجاب: ${ticket.answeredBy ?? ''}`, '', ticket.answer ?? ''].join('\n');
    await this.notify(ticket, `Answered / تمت الإجابة — ${ticket.answeredBy ?? ''}`, text, `answered:${ticket.id}:${ticket.updatedAt}`);
  }

  async slaReminder(ticket: Ticket, ageHours: number): Promise<void> {
    const text = [`Waiting for ${Math.round(ageHours)} h / بانتظار الرد منذ ${Math.round(ageHours)} ساعة`, '', ticket.question].join('\n');
    await this.notify(ticket, `Reminder / تذكير: ${oneLine(ticket.question, 60)}`, text, `sla:${ticket.id}`);
  }

  private async notify(ticket: Ticket, subject: string, text: string, key: string): Promise<void> {
    const to = this.deps.settings.staffEmail;
    if (!to) return;
    await this.deps.channel.notify({
      to, subject: `[${ticket.id}] ${subject}`, body: renderPlain(text, ticket.lang), lang: ticket.lang,
      key: `notify:${key}`, conversationId: `${TICKET_CONVERSATION}${ticket.id}`,
    });
  }

  private async ticketOfThread(mail: ParsedMail): Promise<string | undefined> {
    const conversation = await this.deps.ledger.conversationOf(threadCandidates(mail));
    return conversation?.startsWith(TICKET_CONVERSATION) ? conversation.slice(TICKET_CONVERSATION.length) : undefined;
  }
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
