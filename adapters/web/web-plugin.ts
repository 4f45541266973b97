import express from 'express';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChannelPlugin } from '../../src/channel/plugin.js';
import type { Channel, ConversationRef, OutboundReply } from '../../src/channel/types.js';
import { AppError } from '../../src/errors.js';
import { toInboundMessage } from './inbound.js';

const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'public');

/**
 * The web chat keeps no socket: replies come back in the POST response and later staff answers are
 * already in the conversation transcript, which the page polls. So `send` has nothing to push.
 */
class WebChannel implements Channel {
  readonly name = 'web' as const;
  async send(_ref: ConversationRef, reply: OutboundReply) {
    return { externalId: reply.replyId ?? '' };
  }
}

/** The local web chat at `/`, on by default: it talks to the same core as every channel. */
export const webChatPlugin: ChannelPlugin = {
  name: 'web',
  enabled: () => true,
  async start({ app, router }) {
    app.channels.register(new WebChannel());
    router.use('/', express.static(PUBLIC_DIR, { index: 'chat.html', maxAge: '1h' }));
    router.post('/api/chat/messages', express.json({ limit: '64kb' }), async (req, res, next) => {
      try {
        const msg = toInboundMessage(req.body);
        const reply = await app.assistant.handle(msg);
        res.json({ duplicate: reply === null, reply });
      } catch (err) {
        next(err);
      }
    });
    router.get('/api/chat/conversations/:id/messages', (req, res, next) => {
      try {
        const id = String(req.params.id);
        if (!/^[A-Za-z0-9_-]{8,100}$/.test(id)) throw new AppError('BAD_REQUEST', 'bad conversation id');
        const after = Number(req.query.after ?? 0);
        res.json({ messages: app.conversations.transcript(`web:${id}`, Number.isFinite(after) ? after : 0) });
      } catch (err) {
        next(err);
      }
    });
    return { stop: async () => {} };
  },
};
