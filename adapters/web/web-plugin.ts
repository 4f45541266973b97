import express from 'express';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChannelPlugin } from '../../src/channel/plugin.js';
import type { Channel, ConversationRef, OutboundReply } from '../../src/channel/types.js';
import { inputKind } from '../../src/core/input-policy.js';
import { AppError } from '../../src/errors.js';
import { sendReplyFile } from '../../src/server/file-download.js';
import { toInboundMessage } from './inbound.js';
import { securityHeaders } from './security-headers.js';

const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'public');

/**
 * The web chat keeps no socket: replies come back in the POST response, and what is delivered later (a
 * staff answer) is in the conversation transcript, which the page polls. So `send` has nothing to push.
 */
class WebChannel implements Channel {
  readonly name = 'web' as const;
  async send(_ref: ConversationRef, reply: OutboundReply) {
    return { externalId: reply.replyId ?? '' };
  }
}

/** The local web chat at `/`, on by default: it talks to the same core as every channel. */
export const webChatPlugin: ChannelPlugin<Record<string, never>> = {
  kind: 'channel',
  name: 'web',
  configOf: () => ({}),
  async start(host) {
    // Delivering is writing the transcript, which a second time leaves as it is: an interrupted one is redone.
    host.delivery.channel(new WebChannel(), { inDoubt: 'resend' });
    const { router } = host.http;
    const headers = securityHeaders();
    router.use('/', headers, express.static(PUBLIC_DIR, { index: 'chat.html', maxAge: '1h' }));
    router.post('/api/chat/messages', headers, express.json({ limit: '64kb' }), async (req, res) => {
      const msg = toInboundMessage(req.body);
      // The page sends no empty message; a request that does is refused as malformed (the core's rule of what is empty).
      if (inputKind(msg) === 'empty') throw new AppError('BAD_REQUEST', 'text: the message is empty');
      const { reply, fresh } = await host.turns.handle(msg);
      res.json({ duplicate: !fresh, reply });
    });
    router.get('/api/chat/conversations/:id/messages', headers, async (req, res) => {
      const id = String(req.params.id);
      if (!/^[A-Za-z0-9_-]{8,100}$/.test(id)) throw new AppError('BAD_REQUEST', 'bad conversation id');
      const after = Number(req.query.after ?? 0);
      res.json({ messages: await host.transcript(id, Number.isFinite(after) ? after : 0) });
    });
    // A document staff attached to an answer in this conversation: knowing the conversation id (the
    // page's own secret) is what lets one read it, as for its transcript.
    router.get('/api/chat/conversations/:id/files/:file', headers, async (req, res) => {
      const id = String(req.params.id);
      const fileId = String(req.params.file);
      if (!/^[A-Za-z0-9_-]{8,100}$/.test(id)) throw new AppError('BAD_REQUEST', 'bad conversation id');
      const entries = await host.transcript(id);
      const sent = entries.some((e) => e.reply?.kind === 'staff-answer' && e.reply.attachment?.id === fileId);
      const file = sent ? await host.files.read(fileId) : undefined;
      if (!file) throw new AppError('NOT_FOUND', 'no such file in this conversation');
      sendReplyFile(res, file);
    });
    return { stop: async () => {} };
  },
};
