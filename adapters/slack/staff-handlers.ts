import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { Lang } from '../../src/channel/types.js';
import { AppError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import type { StaffActions } from '../../src/channel/host.js';
import { label, type LabelKey } from '../../src/replies/labels.js';
import type { WebClient } from './slack-channel.js';
import type { StaffMessages } from './staff-messages.js';
import { ANSWER_BLOCK, ANSWER_INPUT, REPLY_MODAL, replyModal, STAFF_ACTIONS, type ReplyModalMeta } from './staff-render.js';
import type { StaffNames } from './staff-names.js';

export interface StaffHandlerDeps {
  staff: Pick<StaffActions, 'claim' | 'close' | 'reply' | 'ticket'>;
  client: WebClient;
  staffChannelId: string;
  store: StaffMessages;
  names: StaffNames;
  logger: Logger;
}

const staffActionBody = z.object({
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string().min(1), name: z.string().optional(), username: z.string().optional() }),
  channel: z.object({ id: z.string().min(1) }),
  message: z.object({ ts: z.string().min(1) }),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().min(1) })).min(1),
});
type StaffActionBody = z.infer<typeof staffActionBody>;

const modalMeta = z.object({ t: z.string().min(1), c: z.string().min(1), m: z.string().min(1) });

/** Claim / Reply / Close under a ticket, and the Reply modal's submission. Only in the staff channel. */
export function registerStaffHandlers(app: App, deps: StaffHandlerDeps): void {
  app.action(STAFF_ACTIONS.claim, async ({ ack, body }) => {
    await ack();
    await onStaffAction(deps, body, (id, name) => deps.staff.claim(id, name));
  });
  app.action(STAFF_ACTIONS.close, async ({ ack, body }) => {
    await ack();
    await onStaffAction(deps, body, (id, name) => deps.staff.close(id, name));
  });
  app.action(STAFF_ACTIONS.reply, async ({ ack, body }) => {
    await ack();
    await openReplyModal(deps, body);
  });
  app.view(REPLY_MODAL, async ({ ack, body, view }) => {
    const submission = await checkSubmission(deps, view);
    if ('error' in submission) {
      await ack({ response_action: 'errors', errors: { [ANSWER_BLOCK]: submission.error } });
      return;
    }
    await ack();
    await sendStaffReply(deps, submission, body.user);
  });
}

/** A staff button's body, if it came from the staff channel; anything else is refused and logged. */
async function staffBody(deps: StaffHandlerDeps, body: unknown): Promise<StaffActionBody | undefined> {
  const parsed = staffActionBody.safeParse(body);
  if (!parsed.success) {
    deps.logger.warn({ issues: parsed.error.issues.length }, 'Slack staff action malformed');
    return undefined;
  }
  const b = parsed.data;
  if (b.channel.id !== deps.staffChannelId) {
    deps.logger.warn({ channelId: b.channel.id, userId: b.user.id }, 'Slack staff action outside the staff channel refused');
    await tellStaff(deps, b.user.id, 'en', 'notAllowed', {}, b.channel.id);
    return undefined;
  }
  // The clicked message is the ticket's message, even if the map was lost since it was posted.
  await deps.store.put(b.actions[0].value, { channel: b.channel.id, ts: b.message.ts });
  return b;
}

async function onStaffAction(deps: StaffHandlerDeps, body: unknown, act: (ticketId: string, staffName: string) => Promise<unknown>): Promise<void> {
  const b = await staffBody(deps, body);
  if (!b) return;
  const ticketId = b.actions[0].value;
  try {
    const name = await deps.names.nameOf(b.user.id, b.user.name ?? b.user.username);
    await act(ticketId, name);
    deps.logger.info({ ticketId, action: b.actions[0].action_id, userId: b.user.id }, 'Slack staff action');
  } catch (err) {
    await failed(deps, err, b.user.id, ticketId);
  }
}

async function openReplyModal(deps: StaffHandlerDeps, body: unknown): Promise<void> {
  const b = await staffBody(deps, body);
  if (!b) return;
  const ticketId = b.actions[0].value;
  try {
    const ticket = await deps.staff.ticket(ticketId);
    if (!ticket) throw new AppError('TICKET_NOT_FOUND', `no ticket ${ticketId}`);
    if (ticket.status === 'closed') return tellStaff(deps, b.user.id, ticket.lang, 'ticketClosed');
    const meta: ReplyModalMeta = { t: ticket.id, c: b.channel.id, m: b.message.ts };
    // trigger_id is valid for 3 s after the click: the modal opens before anything slower happens.
    await deps.client.views.open({ trigger_id: b.trigger_id, view: replyModal(ticket, meta) });
  } catch (err) {
    await failed(deps, err, b.user.id, ticketId);
  }
}

type Submission = { ticketId: string; lang: Lang; text: string } | { error: string };

async function checkSubmission(deps: StaffHandlerDeps, view: unknown): Promise<Submission> {
  const v = view as { private_metadata?: string; state?: { values?: Record<string, Record<string, { value?: string | null }>> } };
  let meta: ReplyModalMeta;
  try {
    meta = modalMeta.parse(JSON.parse(v.private_metadata ?? ''));
  } catch {
    deps.logger.warn('Slack reply modal without its ticket');
    return { error: label('en', 'failed', { reason: 'no ticket' }) };
  }
  const ticket = await deps.staff.ticket(meta.t);
  if (!ticket || meta.c !== deps.staffChannelId) return { error: label('en', 'failed', { reason: `no ticket ${meta.t}` }) };
  const text = v.state?.values?.[ANSWER_BLOCK]?.[ANSWER_INPUT]?.value?.trim() ?? '';
  if (!text) return { error: label(ticket.lang, 'emptyAnswer') };
  if (ticket.status === 'closed') return { error: label(ticket.lang, 'ticketClosed') };
  return { ticketId: ticket.id, lang: ticket.lang, text };
}

async function sendStaffReply(deps: StaffHandlerDeps, s: { ticketId: string; lang: Lang; text: string }, user: { id: string; name?: string; username?: string }): Promise<void> {
  try {
    const name = await deps.names.nameOf(user.id, user.name ?? user.username);
    const result = await deps.staff.reply(s.ticketId, name, s.text);
    deps.logger.info({ ticketId: s.ticketId, userId: user.id, delivered: result.delivered }, 'Slack staff reply');
    if (!result.delivered) await tellStaff(deps, user.id, s.lang, 'notDelivered');
  } catch (err) {
    await failed(deps, err, user.id, s.ticketId);
  }
}

async function failed(deps: StaffHandlerDeps, err: unknown, userId: string, ticketId: string): Promise<void> {
  const appError = AppError.from(err);
  const level = appError.code === 'TICKET_STATE' || appError.code === 'TICKET_NOT_FOUND' ? 'info' : 'error';
  deps.logger[level]({ err, ticketId, userId }, 'Slack staff action failed');
  await tellStaff(deps, userId, 'en', 'failed', { reason: appError.message });
}

/** A note only the staff member sees, in the staff channel (or where they clicked). */
async function tellStaff(deps: StaffHandlerDeps, userId: string, lang: Lang, key: LabelKey, vars: Record<string, string> = {}, channel = deps.staffChannelId): Promise<void> {
  try {
    await deps.client.chat.postEphemeral({ channel, user: userId, text: label(lang, key, vars) });
  } catch (err) {
    deps.logger.warn({ err, userId }, 'Slack ephemeral note not delivered');
  }
}
