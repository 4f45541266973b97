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

/** The reply to the last of the turns, said one after another in one new conversation. */
export async function lastReply(app: AppServices, ...turns: string[]): Promise<OutboundReply> {
  const script = new ConversationScript(app);
  let reply: OutboundReply | undefined;
  for (const turn of turns) reply = await script.say(turn);
  if (!reply) throw new Error('no turn was said');
  return reply;
}

/** A reply that must be an answer from the record (the reply's text in the failure message when it is not). */
export function answered(reply: OutboundReply): Extract<OutboundReply, { kind: 'answer' }> {
  if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}: ${reply.text}`);
  return reply;
}

/** The answer to the last of the turns says each of the facts (regular expressions over the reply's text). */
export async function expectAnswerSays(app: AppServices, turns: readonly string[], facts: readonly RegExp[]): Promise<void> {
  const reply = answered(await lastReply(app, ...turns));
  for (const fact of facts) {
    if (!fact.test(reply.text)) throw new Error(`the answer does not say ${fact}:\n${reply.text}`);
  }
}
