import { ActivityHandler, type TurnContext } from 'botbuilder';
import { renderTemplate } from '../../src/answer/templates.js';
import type { AppServices } from '../../src/app.js';
import type { Logger } from '../../src/logger.js';
import { detectLang } from '../../src/text/lang.js';
import { classifyMessage, localeLang, messageText } from './inbound.js';
import { noticeActivity, renderReply, welcomeActivity } from './render.js';
import type { TeamsStaffActions } from './staff-actions.js';

/**
 * One Teams turn. Messages become InboundMessages for the core and its reply is rendered back; staff
 * commands and ticket buttons go to the staff actions; the bot being added gets a welcome card. Other
 * activity types are left to ActivityHandler: ignored with 200, and an invoke nobody handles gets 501.
 */
export class TeamsBot extends ActivityHandler {
  constructor(private readonly deps: { app: AppServices; staffActions: TeamsStaffActions; logger: Logger }) {
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
      case 'unusable':
        // Nothing to answer (an empty mention, an attachment alone, a button we no longer know): say what we do.
        turnLogger(this.deps.logger, context)[inbound.reason === 'empty' ? 'info' : 'warn']({ reason: inbound.reason }, 'Teams message not usable; help sent');
        await context.sendActivities(noticeActivity(inbound.lang, renderTemplate('help', inbound.lang), channelId));
        return;
      case 'message': {
        const reply = await this.deps.app.assistant.handle(inbound.msg);
        if (reply) await context.sendActivities(renderReply(reply, { channelId }));
      }
    }
  }
}

/** `logger` is the Teams channel's own (it already carries `channel: teams`). */
export function turnLogger(logger: Logger, context: TurnContext): Logger {
  const a = context.activity;
  return logger.child({ conversationId: a.conversation?.id, activityId: a.id, type: a.type });
}

/**
 * The last-resort handler of a turn: log with the ids, tell the person in their language, never throw
 * back into the SDK (which would answer Teams with 500 and make it resend the message).
 */
export function onTurnError(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    turnLogger(logger, context).error({ err: error }, 'Teams turn failed');
    logger.debug({ activityId: context.activity.id, text: context.activity.text }, 'Teams turn failed on this message');
    if (context.activity.type !== 'message' || context.responded) return;
    const text = messageText(context.activity);
    const lang = text ? detectLang(text) : localeLang(context.activity.locale);
    try {
      await context.sendActivities(noticeActivity(lang, renderTemplate('error', lang), context.activity.channelId));
    } catch (err) {
      turnLogger(logger, context).warn({ err }, 'the failure notice could not be sent either');
    }
  };
}
