import { ActivityHandler, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { TurnGateway } from '../../src/core/turn-gateway.js';
import type { Logger } from '../../src/logger.js';
import { TeamsCardActions } from './card-actions.js';
import { classifyMessage } from './inbound.js';
import { welcomeActivity } from './render.js';
import { sendReply } from './reply-cards.js';
import type { TeamsStaffActions } from './staff-actions.js';
import type { TeamsState } from './state.js';

/**
 * One Teams turn. Messages become InboundMessages for the core's gateway, which answers them through the
 * turn context (and, when that fails, tells the person and keeps the message); staff commands and ticket
 * buttons go to the staff actions; Universal Actions to the card actions; the bot being added gets a
 * welcome card. Other activity types are left to ActivityHandler: ignored with 200, and an invoke nobody
 * handles gets 501.
 */
export class TeamsBot extends ActivityHandler {
  private readonly cardActions: TeamsCardActions;

  constructor(private readonly deps: { turns: Pick<TurnGateway, 'handle'>; staffActions: TeamsStaffActions; state: TeamsState; logger: Logger }) {
    super();
    this.cardActions = new TeamsCardActions(deps);
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

  /**
   * botbuilder reads `value.action.type` of an `adaptiveCard/action` invoke unchecked (a TypeError, so a
   * 500, when there is no action): such an invoke gets its 400 error response here.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const value = context.activity.value as { action?: unknown } | undefined;
    if (context.activity.name === 'adaptiveCard/action' && (typeof value?.action !== 'object' || value.action === null)) {
      const body = { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'Missing value.action' } };
      return { status: 400, body };
    }
    return super.onInvokeActivity(context);
  }

  protected override onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    return this.cardActions.handle(context, value);
  }

  private async message(context: TurnContext): Promise<void> {
    const inbound = classifyMessage(context.activity);
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
        await this.deps.turns.handle(inbound.msg, { deliver: (reply) => sendReply(context, reply, this.deps.state) });
    }
  }
}

/** `logger` is the Teams channel's own (it already carries `channel: teams`). */
export function turnLogger(logger: Logger, context: TurnContext): Logger {
  const a = context.activity;
  return logger.child({ conversationId: a.conversation?.id, activityId: a.id, type: a.type });
}
