import { z } from 'zod';
import type { InboundMessage } from '../../src/channel/types.js';
import { AppError } from '../../src/errors.js';

const MAX_TEXT = 4000;

const chatRequest = z.object({
  /** Client-made id of this message: a resend of the same id is processed once. */
  messageId: z.string().min(8).max(100),
  conversationId: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/),
  text: z.string().max(MAX_TEXT).default(''),
  lang: z.enum(['ar', 'en']).optional(),
  name: z.string().max(200).optional(),
  action: z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('feedback'), replyId: z.string().min(1), helpful: z.boolean() }),
      z.object({ type: z.literal('ask-secretariat'), replyId: z.string().optional(), question: z.string().max(MAX_TEXT).optional() }),
    ])
    .optional(),
});

/** A web chat POST body → the channel-neutral message. */
export function toInboundMessage(body: unknown): InboundMessage {
  const parsed = chatRequest.safeParse(body);
  if (!parsed.success) {
    throw new AppError('BAD_REQUEST', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  }
  const r = parsed.data;
  return {
    id: `web:${r.messageId}`,
    ref: { channel: 'web', conversationId: r.conversationId, replyHandle: {} },
    origin: 'user',
    sender: { id: `web:${r.conversationId}`, name: r.name },
    text: r.text.trim(),
    lang: r.lang,
    action: r.action,
    receivedAt: new Date(),
  };
}
