import { renderTemplate } from '../../src/answer/templates.js';
import type { InboundMessage, MessageHandler, OutboundReply } from '../../src/channel/types.js';
import type { Logger } from '../../src/logger.js';
import { detectLang } from '../../src/text/lang.js';
import type { RecentIds } from './recent-ids.js';
import type { SlackChannel } from './slack-channel.js';

export interface TurnDeps {
  handle: MessageHandler;
  channel: SlackChannel;
  logger: Logger;
  /** Message ids taken in lately: the second arrival of one message is dropped while the first is answered. */
  recent: RecentIds;
}

/**
 * One Slack turn, run after Slack has been acknowledged: the core decides, the reply is posted into the
 * asker's thread. The last-resort handler of the turn: it logs with ids, tells the asker with the error
 * template and never throws back into Bolt.
 */
export async function runTurn(deps: TurnDeps, msg: InboundMessage): Promise<OutboundReply | null> {
  const log = deps.logger.child({ channel: 'slack', conversationId: msg.ref.conversationId, messageId: msg.id });
  if (!deps.recent.add(msg.id)) {
    log.info('Slack message already taken in; not answered twice');
    return null;
  }
  try {
    const reply = await deps.handle(msg);
    if (!reply) return null;
    await deps.channel.send(msg.ref, reply);
    return reply;
  } catch (err) {
    log.error({ err }, 'Slack turn failed');
    const lang = msg.lang ?? detectLang(msg.text);
    const notice: OutboundReply = { kind: 'notice', lang, text: renderTemplate('error', lang) };
    await deps.channel.send(msg.ref, notice).catch((sendErr) => log.warn({ err: sendErr }, 'error notice not delivered'));
    return null;
  }
}
