import { ActivityHandler, type TurnContext } from 'botbuilder';
import type { TurnGateway } from '../../src/core/turn-gateway.js';
import type { Logger } from '../../src/logger.js';
import { classifyMessage } from './inbound.js';
import { renderReply, welcomeActivity } from './render.js';
import type { TeamsStaffActions } from './staff-actions.js';

/**
 * One Teams turn. Messages become InboundMessages for the core's gateway, which answers them through the
 * turn context (and, when that fails, tells the person and keeps the message); staff commands and ticket
 * buttons go to the staff actions; the bot being added gets a welcome card. Other activity types are left
 * to ActivityHandler: ignored with 200, and an invoke nobody handles gets 501.
 */
export class TeamsBot extends ActivityHandler {
  constructor(private readonly deps: { turns: Pick<TurnGateway, 'handle'>; staffActions: TeamsStaffActions; logger: Logger }) {
    super();
    this.onMessage(async (context, next) => {
      await this.message(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((m) => m.id === botId)) await context.sendActivity(welcomeActivity());
      await next();
    });
  }

  private async message(context: TurnContext): Promise<void> {
    const inbound = classifyMessage(context.activity);
    const channelId = context.activity.channelId;
    switch (inbound.kind) {
      case 'ignore':
        turnLogger(this.deps.logger, context).debug({ reason: inbound.reason }, 'Teams message ignored');
        return;
      case 'staff-command':
        return this.deps.staffActions.register(context);
      case 'staff-action':
        return this.deps.staffActions.act(context, inbound);
      case 'message':
        // A resend of this activity while it is answered, or after, gets nothing: the gateway answers once.
        await this.deps.turns.handle(inbound.msg, { deliver: (reply) => context.sendActivities(renderReply(reply, { channelId })) });
    }
  }
}

/** `logger` is the Teams channel's own (it already carries `channel: teams`). */
export function turnLogger(logger: Logger, context: TurnContext): Logger {
  const a = context.activity;
  return logger.child({ conversationId: a.conversation?.id, activityId: a.id, type: a.type });
}
