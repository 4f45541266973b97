import type { TurnContext } from 'botbuilder';
import type { StaffActions } from '../../src/channel/host.js';
import { AppError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { bilingualLabel } from '../../src/replies/labels.js';
import type { AdaptiveCard } from './cards.js';
import type { StaffOp } from './inbound.js';
import { noticeCard } from './reply-cards.js';
import { staffNoticeActivity, ticketCard } from './staff-cards.js';
import type { TeamsStaffChannel } from './staff-channel.js';

export interface StaffActionDeps {
  staff: Pick<StaffActions, 'claim' | 'close' | 'reopen' | 'reply' | 'ticket'>;
  staffChannel: TeamsStaffChannel;
  /** Entra object ids (or Bot Framework user ids, for the Emulator) of secretariat staff. */
  staffIds: readonly string[];
  logger: Logger;
}

type Refusal = 'notStaff' | 'notStaffChannel' | 'notInPersonalChat' | 'staffChannelConfigured';
export interface StaffAction { op: StaffOp; ticketId: string; answer?: string }

/**
 * What staff do from Teams: register the staff channel, and Claim / Reply / Close / Reopen from a ticket
 * card. Only listed staff may act, and ticket actions only count in the registered staff channel; the
 * ticket logic itself is the core's StaffService, which also updates the card through the notifier.
 * A Universal Action gets the ticket's card drawn for the person who pressed; an old client's submit gets
 * a notice only when something went wrong (the card itself is updated in place).
 */
export class TeamsStaffActions {
  constructor(private readonly deps: StaffActionDeps) {}

  async register(context: TurnContext): Promise<void> {
    const refusal = this.refusal(context, { registering: true });
    if (refusal) return this.refuse(context, refusal);
    if (!(await this.deps.staffChannel.register(context.activity, staffName(context)))) {
      return this.refuse(context, 'staffChannelConfigured');
    }
    await this.deps.staffChannel.rememberStaff(context.activity.from.id);
    try {
      await context.sendActivity(staffNoticeActivity(bilingualLabel('registered')));
    } catch (err) {
      // Registered all the same: a slow or failed confirmation is no reason for Teams to resend the command.
      this.deps.logger.warn({ err: AppError.from(err).message }, 'Teams staff channel registered; the confirmation could not be sent');
    }
  }

  /** An Action.Submit from a ticket card (clients without Universal Actions). */
  async act(context: TurnContext, action: StaffAction): Promise<void> {
    const refusal = await this.channelRefusal(context);
    if (refusal) return this.refuse(context, refusal);
    const failure = await this.run(context, action);
    if (failure) await context.sendActivity(staffNoticeActivity(`${bilingualLabel('actionFailed')}: ${failure.message}`));
  }

  /** An Action.Execute from a ticket card: the card as it now stands, for the person who pressed. */
  async invoke(context: TurnContext, action: StaffAction): Promise<AdaptiveCard> {
    const refusal = await this.channelRefusal(context);
    if (refusal) {
      this.logRefusal(context, refusal);
      return noticeCard(bilingualLabel(refusal));
    }
    const failure = await this.run(context, action);
    const ticket = await this.deps.staff.ticket(action.ticketId);
    if (!ticket) return noticeCard(bilingualLabel('ticketNotFound', { ticketId: action.ticketId }));
    const card = ticketCard(ticket, { viewer: staffName(context), staffUserIds: await this.deps.staffChannel.staffUserIds() });
    if (failure) card.body.unshift({ type: 'TextBlock', text: `${bilingualLabel('actionFailed')}: ${failure.message}`, color: 'Attention', wrap: true });
    return card;
  }

  private async channelRefusal(context: TurnContext): Promise<Refusal | undefined> {
    const refusal = this.refusal(context, { registering: false });
    if (refusal) return refusal;
    if (!(await this.deps.staffChannel.isStaffChannel(context.activity.conversation.id))) return 'notStaffChannel';
    await this.deps.staffChannel.rememberStaff(context.activity.from.id);
    return undefined;
  }

  /** Runs the action; what refused it (unknown ticket, wrong state), or undefined when it was done. */
  private async run(context: TurnContext, action: StaffAction): Promise<AppError | undefined> {
    const log = this.deps.logger.child({ ticketId: action.ticketId, op: action.op });
    try {
      await this.apply(staffName(context), action);
      if (action.op !== 'refresh') log.info('staff action done from Teams');
      return undefined;
    } catch (err) {
      const error = AppError.from(err);
      log.warn({ code: error.code, err: error.code === 'INTERNAL' ? err : undefined }, 'staff action refused');
      return error;
    }
  }

  private async apply(staff: string, action: StaffAction): Promise<void> {
    const service = this.deps.staff;
    switch (action.op) {
      case 'claim':
        await service.claim(action.ticketId, staff);
        return;
      case 'close':
        await service.close(action.ticketId, staff);
        return;
      case 'reopen':
        await service.reopen(action.ticketId, staff);
        return;
      case 'reply':
        // An undelivered answer is kept and retried by the core's delivery queue; the card says so.
        await service.reply(action.ticketId, staff, action.answer ?? '');
        return;
      case 'refresh':
        // Teams asks for this person's view of the card: nothing changes.
        return;
    }
  }

  private refusal(context: TurnContext, options: { registering: boolean }): Refusal | undefined {
    const from = context.activity.from;
    if (!this.deps.staffIds.some((id) => id === from?.aadObjectId || id === from?.id)) return 'notStaff';
    if (options.registering && context.activity.conversation?.conversationType === 'personal') return 'notInPersonalChat';
    return undefined;
  }

  private logRefusal(context: TurnContext, reason: Refusal): void {
    this.deps.logger.warn({ reason, senderId: context.activity.from?.aadObjectId ?? context.activity.from?.id }, 'Teams staff request refused');
  }

  private async refuse(context: TurnContext, reason: Refusal): Promise<void> {
    this.logRefusal(context, reason);
    await context.sendActivity(staffNoticeActivity(bilingualLabel(reason)));
  }
}

function staffName(context: TurnContext): string {
  const from = context.activity.from;
  return from?.name?.trim() || from?.aadObjectId || from?.id || 'staff';
}
