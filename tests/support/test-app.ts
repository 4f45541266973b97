import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createApp, type AppServices } from '../../src/app.js';
import type { ChannelName, InboundMessage, OutboundReply } from '../../src/channel/types.js';
import { loadConfig, type Env } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const SAMPLE_CORPUS = join(REPO_ROOT, 'corpus');

/** The whole product in memory over the sample corpus: no files written, no network. */
export async function createTestApp(env: Env = {}): Promise<AppServices> {
  const config = loadConfig({ ARCP_CORPUS_DIR: SAMPLE_CORPUS, LOG_LEVEL: 'silent', ...env });
  const app = await createApp(config, silentLogger(), { inMemory: true });
  await app.ingestCorpus();
  return app;
}

/** Plays one side of a conversation against the core, as a channel would. */
export class ConversationScript {
  readonly conversationId = `conv-${randomUUID()}`;

  constructor(private readonly app: AppServices, private readonly channel: ChannelName = 'web') {}

  message(text: string, extra: Partial<InboundMessage> = {}): InboundMessage {
    return {
      id: `${this.channel}:${randomUUID()}`,
      ref: { channel: this.channel, conversationId: this.conversationId, replyHandle: { thread: this.conversationId } },
      origin: 'user',
      sender: { id: 'focal-point-1', name: 'Focal point', email: 'focal@example.test' },
      text,
      receivedAt: new Date(),
      ...extra,
    };
  }

  async say(text: string, extra: Partial<InboundMessage> = {}): Promise<OutboundReply> {
    const { reply, fresh } = await this.app.turns.handle(this.message(text, extra));
    if (!reply || !fresh) throw new Error('the assistant treated a new message as a duplicate');
    return reply;
  }
}
