import type { ChannelPlugin, RunningChannel } from '../../src/channel/plugin.js';
import { EmailChannel } from './email-channel.js';
import { ImapSource } from './imap-source.js';
import { Intake } from './intake.js';
import { ImapSentFolder } from './sent-folder.js';
import { emailSettings } from './settings.js';
import { OutboxWorker, type OutboxWorkerOptions } from './smtp-sink.js';
import { StaffMail } from './staff-mail.js';

export interface EmailPluginOptions {
  /** Test seam: runs after a reply is composed and stored, before SMTP (the crash test kills the process here). */
  beforeSend?: OutboxWorkerOptions['beforeSend'];
}

export interface RunningEmailChannel extends RunningChannel {
  source: ImapSource;
  outbox: OutboxWorker;
}

/**
 * The secretariat inbox: IMAP in (IDLE + polling), the core decides, SMTP out through a durable outbox.
 * On when IMAP_HOST is set.
 */
export function createEmailPlugin(options: EmailPluginOptions = {}): ChannelPlugin {
  return {
    name: 'email',
    enabled: (config) => Boolean(config.email.imapHost),
    async start({ app }): Promise<RunningEmailChannel> {
      const settings = emailSettings(app.config);
      const logger = app.logger.child({ channel: 'email' });
      const store = app.emailStore;
      const outbox = new OutboxWorker({
        store, smtp: settings.smtp, logger, retryBaseMs: settings.retryBaseMs, retryMaxMs: settings.retryMaxMs,
        sent: new ImapSentFolder({ account: settings.imap, folder: settings.sentFolder, logger }),
        beforeSend: options.beforeSend,
      });
      const channel = new EmailChannel({ store, outbox, from: settings.from, logger });
      app.channels.register(channel);
      const staffMail = new StaffMail({ app, store, channel, settings, logger });
      if (settings.staffEmail) app.staff.addNotifier(staffMail);
      const intake = new Intake({ app, store, channel, staffMail, settings, logger });
      const source = new ImapSource({
        account: settings.imap, mailbox: settings.mailbox, folders: Object.values(settings.folders),
        pollMs: settings.pollMs, reconnectMaxMs: settings.reconnectMaxMs, logger, handle: intake.handle,
      });
      outbox.kick();
      source.start();
      void app.drafts.redeliverApproved().catch((err) => logger.warn({ err }, 'approved drafts not redelivered'));
      return {
        source,
        outbox,
        async stop() {
          await source.stop();
          await outbox.stop();
        },
      };
    },
  };
}

export const emailPlugin = createEmailPlugin();
