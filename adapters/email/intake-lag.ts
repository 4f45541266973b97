import type { ChannelHost } from '../../src/channel/host.js';

/**
 * The IMAP intake's lag for /metrics: seconds since the replica reading the mailbox last finished a scan
 * of it. The time is kept in the channel's shared state, so every replica reports the leader's figure and
 * a dead or stuck leader shows as a growing number wherever Prometheus scrapes. Healthy: below the poll
 * interval (EMAIL_POLL_SECONDS), as a scan runs at each new mail and each poll.
 */
export function trackIntakeLag(host: ChannelHost<unknown>, mailbox: string, account: string): () => void {
  const key = `intake-scanned:${account}/${mailbox}`;
  host.gauge({
    name: 'arcp_email_intake_seconds_since_scan',
    help: 'Seconds since the replica reading the mailbox last finished scanning it (IMAP intake lag; the same on every replica).',
    label: 'mailbox',
    async collect() {
      const at = await host.state.get<string>(key);
      return at ? new Map([[mailbox, Math.max(0, (Date.now() - Date.parse(at)) / 1000)]]) : new Map();
    },
  });
  return () => {
    host.state.put(key, new Date().toISOString()).catch((err: unknown) => host.logger.warn({ err }, 'could not record the time of the mailbox scan'));
  };
}
