import { describe, expect, it } from 'vitest';
import { MemoryChannel } from '../../src/channel/memory-channel.js';
import type { Channel, ConversationRef, OutboundReply } from '../../src/channel/types.js';
import { slackChannelHarness } from '../fixtures/slack/channel-harness.js';
import { teamsChannelHarness } from '../fixtures/teams/channel-harness.js';
import { emailChannelHarness } from '../fixtures/email/channel-harness.js';

/**
 * One suite for every Channel implementation: each delivers answers, tickets and staff answers to a stored
 * conversation reference and reports an id. Each entry stands up what the channel needs (a local fake of
 * the remote service where the real one is outside this machine) and reads back what was delivered.
 */
interface ChannelHarness {
  channel: Channel;
  ref: ConversationRef;
  delivered(): Promise<{ text: string }[]>;
  close(): Promise<void>;
}

const answer: OutboundReply = {
  kind: 'answer', lang: 'ar', replyId: 'r-1', confidence: 0.8,
  text: '**البيان السنوي بمناسبة اليوم العالمي للاجئين 2024 — 2024-06-20**\n«دعم اللاجئين وتقاسم الأعباء والمسؤوليات» [1]',
  citations: [{ n: 1, documentId: 'wrd-2024', passageId: 'wrd-2024#3', title: 'البيان السنوي 2024', date: '2024-06-20', url: 'http://lasportal.org/en/news/Pages/NewsDetails.aspx?RID=2792', quote: 'دعم اللاجئين وتقاسم الأعباء والمسؤوليات', lang: 'ar' }],
};
const staffAnswer: OutboundReply = { kind: 'staff-answer', lang: 'en', replyId: 'r-2', ticketId: 'ARCP-00007', staffName: 'Enas', text: 'Your delegation is registered (ticket ARCP-00007).' };

const harnesses: [string, () => Promise<ChannelHarness>][] = [
  ['memory', async () => {
    const channel = new MemoryChannel('web');
    return { channel, ref: { channel: 'web', conversationId: 'c1', replyHandle: {} }, delivered: async () => channel.sent.map((s) => s.reply), close: async () => {} };
  }],
  // Channel adapters add their harness here, each in its own block.
  // --- Slack (adapters/slack): real WebClient, local fake Web API ---
  ['slack', slackChannelHarness],
  // --- end Slack ---
  // --- Teams (adapters/teams): real CloudAdapter sending proactively, local Bot Framework connector ---
  ['teams', teamsChannelHarness],
  // --- end Teams ---
  // --- Email (adapters/email): real outbox and nodemailer, local smtp-server ---
  ['email', emailChannelHarness],
  // --- end Email ---
];

describe.each(harnesses)('Channel contract: %s', (_name, make) => {
  it('delivers an answer with its quote and an id', async () => {
    const h = await make();
    try {
      const { externalId } = await h.channel.send(h.ref, answer);
      expect(externalId).toBeTruthy();
      const [first] = await h.delivered();
      expect(first.text).toContain('دعم اللاجئين وتقاسم الأعباء والمسؤوليات');
    } finally {
      await h.close();
    }
  });

  it('delivers a staff answer later to the same reference', async () => {
    const h = await make();
    try {
      await h.channel.send(h.ref, answer);
      await h.channel.send(h.ref, staffAnswer);
      const all = await h.delivered();
      expect(all).toHaveLength(2);
      expect(all[1].text).toContain('Your delegation is registered');
    } finally {
      await h.close();
    }
  });
});
