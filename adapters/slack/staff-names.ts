import type { Logger } from '../../src/logger.js';
import type { WebClient } from './slack-channel.js';

/**
 * Staff display names for the ticket log and the asker ("Enas, of the Technical Secretariat, replies…"):
 * the Slack profile's display name, else the real name, else the handle Slack put in the payload.
 */
export class StaffNames {
  private readonly cache = new Map<string, { name: string; at: number }>();

  constructor(private readonly client: WebClient, private readonly logger: Logger, private readonly ttlMs = 60 * 60 * 1000) {}

  async nameOf(userId: string, fallback?: string): Promise<string> {
    const hit = this.cache.get(userId);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.name;
    try {
      const res = await this.client.users.info({ user: userId });
      const u = res.user;
      const name = u?.profile?.display_name || u?.profile?.real_name || u?.real_name || u?.name || fallback || userId;
      this.cache.set(userId, { name, at: Date.now() });
      return name;
    } catch (err) {
      this.logger.warn({ err, userId }, 'Slack user name not available');
      return fallback || userId;
    }
  }
}
