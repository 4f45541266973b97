import { describe, expect, it } from 'vitest';
import { MemoryChannel } from '../../src/channel/memory-channel.js';
import type { ConversationRef, OutboundReply } from '../../src/channel/types.js';
import { DraftService } from '../../src/drafts/draft-service.js';
import { MemoryDraftQueue } from '../../src/drafts/memory-draft-queue.js';
import { AppError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { MemoryConversationLog } from '../../src/core/memory-conversation-log.js';
import { ChannelRegistry } from '../../src/delivery/channel-registry.js';
import { Deliveries } from '../../src/delivery/deliveries.js';
import { MemoryDeliveryQueue } from '../../src/delivery/memory-delivery-queue.js';
import { keepDeliveredInTranscript } from '../../src/delivery/transcript.js';

const ref: ConversationRef = {
  channel: 'email',
  conversationId: 'q7@unknown.example.test',
  replyHandle: { to: 'someone@unknown.example.test', subject: 'Re: سؤال', inReplyTo: 'q7@unknown.example.test', references: ['q7@unknown.example.test'] },
};
const reply: OutboundReply = {
  kind: 'answer', lang: 'ar', replyId: 'r-7', confidence: 0.7,
  text: '**البيان الختامي — 2016**\n«تؤكد الدول العربية على أهمية التعاون» [1]',
  citations: [{ n: 1, documentId: 's-2016', passageId: 's-2016#1', title: 'البيان الختامي', quote: 'تؤكد الدول العربية على أهمية التعاون', lang: 'ar' }],
};

function setup() {
  const settings = { leaseMs: 60_000, pollMs: 60_000, retryBaseMs: 60_000, retryMaxMs: 60_000, maxAttempts: 5 };
  const deliveries = new Deliveries({ queue: new MemoryDeliveryQueue(), settings, logger: silentLogger() });
  const email = new MemoryChannel('email');
  new ChannelRegistry(deliveries).register(email);
  const conversations = new MemoryConversationLog();
  keepDeliveredInTranscript(deliveries, conversations);
  const drafts = new DraftService({ queue: new MemoryDraftQueue(), deliveries, logger: silentLogger() });
  const create = () => drafts.create({ sourceMessageId: 'email:q7@unknown.example.test', ref, sender: { id: 'someone@unknown.example.test', email: 'someone@unknown.example.test' }, question: 'ما هو موقف العملية؟', reply });
  return { drafts, email, conversations, create };
}

describe('draft service: staff approve, edit or reject; approval sends in the original thread', () => {
  it('approve sends the draft as written to its own conversation reference and marks it sent', async () => {
    const { drafts, email, create } = setup();
    const { id } = await create();
    expect(email.sent).toHaveLength(0);
    const sent = await drafts.approve(id, 'Salma Haddad');
    expect(sent.status).toBe('sent');
    expect(email.sent).toHaveLength(1);
    expect(email.sent[0].ref).toEqual(ref);
    expect(email.sent[0].reply).toEqual(reply);
  });

  it('an edited approval sends the staff text, keeping citations, and records it in the transcript', async () => {
    const { drafts, email, conversations, create } = setup();
    const { id } = await create();
    await drafts.approve(id, 'Salma Haddad', 'نص راجعته الأمانة الفنية [1]');
    expect(email.sent[0].reply).toMatchObject({ kind: 'answer', text: 'نص راجعته الأمانة الفنية [1]', citations: reply.kind === 'answer' ? reply.citations : [] });
    expect((await conversations.transcript('email:q7@unknown.example.test')).map((e) => e.text)).toEqual(['نص راجعته الأمانة الفنية [1]']);
  });

  it('reject sends nothing, and a decided draft cannot be approved', async () => {
    const { drafts, email, create } = setup();
    const { id } = await create();
    expect((await drafts.reject(id, 'Omar', 'not our mandate')).status).toBe('rejected');
    await expect(drafts.approve(id, 'Omar')).rejects.toMatchObject({ code: 'DRAFT_STATE' });
    expect(email.sent).toHaveLength(0);
  });

  it('a failed delivery leaves the draft approved; it is sent once by a retry', async () => {
    const { drafts, email, create } = setup();
    const { id } = await create();
    email.setFailing(true);
    const error = await drafts.approve(id, 'Salma Haddad').catch((e: unknown) => e);
    expect(AppError.is(error, 'SEND_FAILED')).toBe(true);
    expect((await drafts.get(id))?.status).toBe('approved');
    email.setFailing(false);
    // Staff press "retry" (approving the approved draft again): it is sent, once, and stays sent.
    expect((await drafts.approve(id, 'Salma Haddad')).status).toBe('sent');
    await expect(drafts.approve(id, 'Salma Haddad')).rejects.toMatchObject({ code: 'DRAFT_STATE' });
    expect(email.sent).toHaveLength(1);
  });

  it('an unknown draft is NOT_FOUND', async () => {
    const { drafts } = setup();
    await expect(drafts.approve('D-00404', 'Omar')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
