import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import type { TurnGateway } from '../../src/core/turn-gateway.js';
import type { Logger } from '../../src/logger.js';
import type { AdaptiveCard } from './cards.js';
import { CARD_CONTENT_TYPE } from './cards.js';
import { classifyInvoke } from './inbound.js';
import { refreshedCard, unknownActionCard } from './reply-cards.js';
import type { TeamsStaffActions } from './staff-actions.js';
import type { TeamsState } from './state.js';

/**
 * Universal Actions (`Action.Execute`, `adaptiveCard/action` invokes): the asker's buttons go to the
 * core's turn gateway like their Action.Submit fallbacks, staff buttons to the staff actions; each
 * answers with a card, which Teams shows in place of the pressed one to the person who pressed. A verb,
 * data or ticket we do not know gets a card saying so (200), never an error status.
 */
export class TeamsCardActions {
  constructor(private readonly deps: { turns: Pick<TurnGateway, 'handle'>; staffActions: TeamsStaffActions; state: TeamsState; logger: Logger }) {}

  async handle(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const pressed = classifyInvoke(context.activity, value.action ?? {});
    switch (pressed.kind) {
      case 'unknown':
        this.deps.logger.info({ verb: pressed.verb, activityId: context.activity.id }, 'Teams card action not recognised');
        return cardResponse(unknownActionCard());
      case 'staff-action':
        return cardResponse(await this.deps.staffActions.invoke(context, pressed));
      case 'message':
        return cardResponse(await this.asker(context, pressed.msg));
    }
  }

  /** 👍 / 👎 / Ask the secretariat: the core's turn, its reply shown on the card the button was on. */
  private async asker(context: TurnContext, msg: Parameters<TurnGateway['handle']>[0]): Promise<AdaptiveCard> {
    // A repeat of this invoke gets the same reply back from the gateway, and so the same card.
    const { reply } = await this.deps.turns.handle(msg);
    const pressedOn = msg.action && 'replyId' in msg.action ? msg.action.replyId : undefined;
    const original = pressedOn ? ((await this.deps.state.replyCard(pressedOn)) as AdaptiveCard | undefined) : undefined;
    if (!reply) return original ?? unknownActionCard();
    const card = refreshedCard(original, reply);
    // The refreshed card may carry new buttons (the offer after 👎): a press on them refreshes it again.
    if (reply.replyId && card.actions?.length) await this.deps.state.setReplyCard(reply.replyId, card as unknown as Record<string, unknown>);
    return card;
  }
}

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: CARD_CONTENT_TYPE, value: card as unknown as Record<string, unknown> };
}
