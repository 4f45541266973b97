import type { TurnContext } from 'botbuilder';
import type { OutboundReply } from '../../src/channel/types.js';
import { bilingualLabel } from '../../src/replies/labels.js';
import { card, container, type AdaptiveCard } from './cards.js';
import { renderReply, type OutgoingActivity, type RenderOptions } from './render.js';
import type { TeamsState } from './state.js';

/** The Adaptive Card of an activity we built, if it has one. */
export function cardOf(activity: OutgoingActivity | undefined): AdaptiveCard | undefined {
  return activity?.attachments?.[0]?.content as AdaptiveCard | undefined;
}

/**
 * Sends a reply in a turn and keeps the card that carries its buttons, under the reply's id: a Universal
 * Action pressed on it later must answer with that same card refreshed, and the invoke does not carry it.
 */
export async function sendReply(
  context: TurnContext, reply: OutboundReply, state: TeamsState, options: Pick<RenderOptions, 'fileUrl'> = {},
): Promise<OutgoingActivity[]> {
  const activities = renderReply(reply, { channelId: context.activity.channelId, ...options });
  const sent = await context.sendActivities(activities);
  const last = cardOf(activities.at(-1));
  if (reply.replyId && last?.actions?.length) await state.setReplyCard(reply.replyId, last as unknown as Record<string, unknown>);
  return sent.map((r) => ({ id: r?.id }));
}

/**
 * The card a Universal Action answers with: the card the button was on, its buttons replaced by what the
 * press brought (thanks, the offer to ask the secretariat, the request number) and that reply's buttons.
 * Teams shows it to the person who pressed, in place; without the stored card, the reply's card alone.
 */
export function refreshedCard(original: AdaptiveCard | undefined, reply: OutboundReply): AdaptiveCard {
  const replyCard = cardOf(renderReply(reply, { channelId: 'msteams' }).at(-1))!;
  if (!original) return replyCard;
  const { actions: _old, ...rest } = original;
  return {
    ...rest,
    body: [...original.body, container(replyCard.body, { separator: true, spacing: 'Medium', rtl: replyCard.rtl ?? false })],
    ...(replyCard.actions?.length ? { actions: replyCard.actions } : {}),
    fallbackText: [original.fallbackText, replyCard.fallbackText].filter(Boolean).join('\n\n'),
  };
}

/** A card with one bilingual line: a button we do not know, a ticket that does not exist, a refusal. */
export function noticeCard(text: string): AdaptiveCard {
  return card({ body: [{ type: 'TextBlock', text, wrap: true }], fallbackText: text });
}

export function unknownActionCard(): AdaptiveCard {
  return noticeCard(bilingualLabel('unknownAction'));
}
