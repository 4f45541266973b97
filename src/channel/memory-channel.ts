import type { Channel, ChannelName, ConversationRef, OutboundReply } from './types.js';

/** In-memory twin of a channel: records what would have been sent, for tests and the contract suite. */
export class MemoryChannel implements Channel {
  readonly sent: { ref: ConversationRef; reply: OutboundReply; externalId: string }[] = [];
  private failing = false;

  constructor(readonly name: ChannelName = 'web') {}

  /** Makes the next sends fail, as a channel whose service is down. */
  setFailing(failing: boolean): void {
    this.failing = failing;
  }

  async send(ref: ConversationRef, reply: OutboundReply): Promise<{ externalId: string }> {
    if (this.failing) throw new Error(`${this.name} is unreachable`);
    const externalId = `${this.name}-${this.sent.length + 1}`;
    this.sent.push({ ref: structuredClone(ref), reply: structuredClone(reply), externalId });
    return { externalId };
  }
}
