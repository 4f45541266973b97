import type { types } from '@slack/bolt';
import type { Lang } from '../../src/channel/types.js';
import type { Ticket } from '../../src/tickets/types.js';
import { bidiText } from './bidi.js';
import { label } from '../../src/replies/labels.js';
import { escapeMrkdwn, toMrkdwn, truncate } from './mrkdwn.js';
import { button, type SlackMessage } from './render.js';

export const STAFF_ACTIONS = { claim: 'arcp_staff_claim', reply: 'arcp_staff_reply', close: 'arcp_staff_close' } as const;
export const TICKET_ACTIONS_BLOCK = 'arcp_ticket_actions';
export const REPLY_MODAL = 'arcp_staff_reply_modal';
export const ANSWER_BLOCK = 'arcp_answer';
export const ANSWER_INPUT = 'text';

/** What the reply modal carries back on submission: the ticket and the staff message it was opened from. */
export interface ReplyModalMeta {
  t: string;
  c: string;
  m: string;
}

/** A ticket as the staff channel shows it, updated in place as it moves: open → claimed → answered → closed. */
export function ticketMessage(t: Ticket): SlackMessage {
  const lang = t.lang;
  const blocks: types.KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `*🎫 ${label(lang, 'ticket')} ${t.id}* · ${escapeMrkdwn(t.category)}` } },
    { type: 'section', text: { type: 'mrkdwn', text: quoted(t.question, 2800) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `${label(lang, 'from')}: ${asker(t)} · ${label(lang, 'via')} ${t.channel} · ${t.createdAt.slice(0, 16).replace('T', ' ')} UTC` }] },
  ];
  if (t.answer) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${label(lang, 'answer')}:*\n${quoted(t.answer, 2800)}` } });
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `*${label(lang, 'status')}:* ${statusLine(t, lang)}` }] });
  const actions = ticketActions(t, lang);
  if (actions) blocks.push(actions);
  return { blocks, text: truncate(`${label(lang, 'ticket')} ${t.id}: ${t.question}`, 3000) };
}

function quoted(text: string, max: number): string {
  return toMrkdwn(bidiText(truncate(text.trim(), max)))
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

/** A Slack asker is shown as a mention (Slack renders the name); others by name and address. */
function asker(t: Ticket): string {
  const slackUser = /^slack:([UW][A-Z0-9]+)$/.exec(t.sender.id)?.[1];
  if (t.channel === 'slack' && slackUser) return `<@${slackUser}>`;
  const parts = [t.sender.name, t.sender.email ? `<mailto:${escapeMrkdwn(t.sender.email)}|${escapeMrkdwn(t.sender.email)}>` : undefined, t.sender.org];
  const shown = parts.filter(Boolean).map((p) => (p!.startsWith('<mailto:') ? p! : escapeMrkdwn(p!)));
  return shown.length ? shown.join(', ') : escapeMrkdwn(t.sender.id);
}

function statusLine(t: Ticket, lang: Lang): string {
  switch (t.status) {
    case 'open':
      return label(lang, 'open');
    case 'claimed':
      return `${label(lang, 'claimedBy')} ${escapeMrkdwn(t.claimedBy ?? '')}`;
    case 'answered': {
      const delivery = t.deliveredAt ? `✅ ${label(lang, 'delivered')}` : `⏳ ${label(lang, 'notDelivered')}`;
      return `${label(lang, 'answeredBy')} ${escapeMrkdwn(t.answeredBy ?? '')} · ${delivery}`;
    }
    case 'closed':
      return `🔒 ${label(lang, 'closed')}${t.answeredBy ? ` · ${label(lang, 'answeredBy')} ${escapeMrkdwn(t.answeredBy)}` : ''}`;
  }
}

function ticketActions(t: Ticket, lang: Lang): types.KnownBlock | undefined {
  if (t.status === 'closed') return undefined;
  const elements = [
    ...(t.status === 'open' ? [button(STAFF_ACTIONS.claim, label(lang, 'claim'), t.id)] : []),
    button(STAFF_ACTIONS.reply, label(lang, 'reply'), t.id, undefined, 'primary'),
    button(STAFF_ACTIONS.close, label(lang, 'close'), t.id, undefined, 'danger'),
  ];
  return { type: 'actions', block_id: TICKET_ACTIONS_BLOCK, elements };
}

export function reminderMessage(t: Ticket, ageHours: number): SlackMessage {
  const text = `⏰ *${t.id}* · ${label(t.lang, 'overdue', { hours: Math.floor(ageHours) })}`;
  return { text, blocks: [] };
}

/** The modal behind "Reply": the question again, and one multi-line answer field. */
export function replyModal(t: Ticket, meta: ReplyModalMeta): types.View {
  const lang = t.lang;
  return {
    type: 'modal',
    callback_id: REPLY_MODAL,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text', text: truncate(`${label(lang, 'replyTitle')} ${t.id}`, 24) },
    submit: { type: 'plain_text', text: label(lang, 'send') },
    close: { type: 'plain_text', text: label(lang, 'cancel') },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: quoted(t.question, 2800) } },
      {
        type: 'input',
        block_id: ANSWER_BLOCK,
        label: { type: 'plain_text', text: label(lang, 'replyLabel') },
        hint: { type: 'plain_text', text: label(lang, 'replyHint') },
        element: { type: 'plain_text_input', action_id: ANSWER_INPUT, multiline: true, min_length: 1, max_length: 3000 },
      },
    ],
  };
}
