import type { TurnContext } from 'botbuilder';
import type { StaffActions } from '../../src/channel/host.js';
import { AppError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { bilingualLabel } from '../../src/replies/labels.js';
import type { StaffOp } from './inbound.js';
import { staffNoticeActivity } from './staff-cards.js';
import type { TeamsStaffChannel } from './staff-channel.js';

export interface StaffActionDeps {
  staff: Pick<StaffActions, 'claim' | 'close' | 'reopen' | 'reply'>;
  staffChannel: TeamsStaffChannel;
  /** Entra object ids (or Bot Framework user ids, for the Emulator) of secretariat staff. */
  staffIds: readonly string[];
  logger: Logger;
}

/**
 * What staff do from Teams: register the staff channel, and Claim / Reply / Close / Reopen from a ticket
 * card. Only listed staff may act, and ticket actions only count in the registered staff channel; the
 * ticket logic itself is the core's StaffService, which also updates the card through the notifier.
 */
export class TeamsStaffActions {
  constructor(private readonly deps: StaffActionDeps) {}

  async register(context: TurnContext): Promise<void> {
    if (!this.isStaff(context)) return this.refuse(context, 'notStaff');
    if (context.activity.conversation?.conversationType === 'personal') return this.refuse(context, 'notInPersonalChat');
    await this.deps.staffChannel.register(context.activity, staffName(context));
    await context.sendActivity(staffNoticeActivity(bilingualLabel('registered')));
  }

  async act(context: TurnContext, action: { op: StaffOp; ticketId: string; answer?: string }): Promise<void> {
    if (!this.isStaff(context)) return this.refuse(context, 'notStaff');
    if (!(await this.deps.staffChannel.isStaffChannel(context.activity.conversation.id))) return this.refuse(context, 'notStaffChannel');
    const staff = staffName(context);
    const log = this.deps.logger.child({ ticketId: action.ticketId, op: action.op });
    try {
      await this.run(staff, action);
      log.info('staff action done from Teams');
    } catch (err) {
      const error = AppError.from(err);
      log.warn({ code: error.code, err: error.code === 'INTERNAL' ? err : undefined }, 'staff action refused');
      await context.sendActivity(staffNoticeActivity(`${bilingualLabel('actionFailed')}: ${error.message}`));
    }
  }

  private async run(staff: string, action: { op: StaffOp; ticketId: string; answer?: string }): Promise<void> {
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
    }
  }

  private isStaff(context: TurnContext): boolean {
    const from = context.activity.from;
    return this.deps.staffIds.some((id) => id === from?.aadObjectId || id === from?.id);
  }

  private async refuse(context: TurnContext, reason: 'notStaff' | 'notStaffChannel' | 'notInPersonalChat'): Promise<void> {
    this.deps.logger.warn({ reason, senderId: context.activity.from?.aadObjectId ?? context.activity.from?.id }, 'Teams staff request refused');
    await context.sendActivity(staffNoticeActivity(bilingualLabel(reason)));
  }
}

function staffName(context: TurnContext): string {
  const from = context.activity.from;
  return from?.name?.trim() || from?.aadObjectId || from?.id || 'staff';
}
