import type { ChannelPlugin, RunningChannel } from '../../src/channel/plugin.js';
import type { Config } from '../../src/config.js';
import { checkEmailCredentials } from './credentials.js';
import { EmailChannel } from './email-channel.js';
import { ImapSource } from './imap-source.js';
import { Intake } from './intake.js';
import { trackIntakeLag } from './intake-lag.js';
import { EmailLedger } from './ledger.js';
import { emailReplySender, SENT_COPY_SENDER, sentCopySender } from './senders.js';
import { ImapSentFolder } from './sent-folder.js';
import { emailSettings } from './settings.js';
import { SmtpTransport } from './smtp-transport.js';
import { StaffMail } from './staff-mail.js';

export interface RunningEmailChannel extends RunningChannel {
  source: ImapSource;
}

/**
 * The secretariat inbox: IMAP in (IDLE + polling), the core decides, SMTP out through the core's outbound
 * queue (the email senders deliver replies, staff notices and Sent copies). On when IMAP_HOST is set.
 */
export const emailPlugin: ChannelPlugin<Config['email']> = {
  kind: 'channel',
  name: 'email',
  configOf: (config) => (config.email.imapHost ? config.email : undefined),
  checkCredentials: checkEmailCredentials,
  async start(host): Promise<RunningEmailChannel> {
    const settings = emailSettings(host.config, host.dataDir);
    const { logger } = host;
    const ledger = new EmailLedger(host.state);
    const smtp = new SmtpTransport(settings.smtp);
    const sent = new ImapSentFolder({ account: settings.imap, folder: settings.sentFolder, logger });
    const keepCopy = (messageId: string, raw: Buffer) =>
      host.delivery.enqueue({ channel: SENT_COPY_SENDER, key: `sent-copy:${messageId}`, kind: 'copy', subject: 'sent-folder', payload: { messageId, rawHex: raw.toString('hex') } });
    const channel = new EmailChannel({ ledger, smtp, from: settings.from, keepCopy, files: host.files, logger });
    host.delivery.channel(channel, emailReplySender(channel));
    host.delivery.sender(sentCopySender(sent));
    const staffMail = new StaffMail({ staff: host.staff, ledger, channel, settings, logger });
    if (settings.staffEmail) host.staff.surface(staffMail);
    const intake = new Intake({ turns: host.turns, delivery: host.delivery, ledger, staffMail, settings, logger });
    const source = new ImapSource({
      account: settings.imap, mailbox: settings.mailbox, folders: Object.values(settings.folders),
      pollMs: settings.pollMs, reconnectMaxMs: settings.reconnectMaxMs, logger, handle: intake.handle,
      onScanned: trackIntakeLag(host, settings.mailbox, settings.imap.user),
    });
    // One replica reads the mailbox; the others stand by and take over if it dies. Replies go out from any.
    const reading = host.asLeader(`intake:${settings.imap.user}/${settings.mailbox}`, () => {
      source.start();
      return { stop: () => source.stop() };
    });
    return {
      source,
      async stop() {
        await reading.stop();
        smtp.close();
        await sent.close();
      },
    };
  },
};
