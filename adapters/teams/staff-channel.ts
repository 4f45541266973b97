import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/logger.js';
import type { StaffNotifier } from '../../src/tickets/staff-notifier.js';
import type { Ticket } from '../../src/tickets/types.js';
import type { BotConnector } from './bot-adapter.js';
import { baseConversationId } from './inbound.js';
import { bilingualLabel } from '../../src/replies/labels.js';
import { staffNoticeActivity, ticketCardActivity } from './staff-cards.js';
import type { StaffChannelRecord, TeamsState } from './state.js';

/**
 * The secretariat's Teams channel: registered by staff with `arcp staff-channel here`, it gets one card
 * per ticket (a new post, so each ticket is its own thread), updated in place as the ticket moves, and
 * SLA reminders as replies in that thread.
 */
export class TeamsStaffChannel implements StaffNotifier {
  readonly name = 'teams-staff-channel';

  constructor(private readonly deps: { connector: BotConnector; state: TeamsState; logger: Logger; configured?: StaffChannelRecord }) {}

  /**
   * Makes the conversation of `activity` the staff channel; in a Teams channel, the channel itself. With
   * the channel set in the configuration nothing is stored: false when `activity` is from another one.
   */
  async register(activity: Activity, registeredBy: string): Promise<boolean> {
    if (this.deps.configured) return this.isStaffChannel(activity.conversation.id);
    const reference = TurnContext.getConversationReference(activity);
    const isChannel = activity.conversation?.conversationType === 'channel';
    const conversation = { ...reference.conversation!, id: isChannel ? baseConversationId(reference.conversation!.id) : reference.conversation!.id };
    // No activityId: a post to the channel itself starts a new thread instead of replying to the command.
    const stored = JSON.parse(JSON.stringify({ ...reference, conversation, activityId: undefined }));
    await this.deps.state.setStaffChannel({ reference: stored, registeredBy, registeredAt: new Date().toISOString() });
    this.deps.logger.info({ conversationId: conversation.id, channelId: reference.channelId }, 'Teams staff channel registered');
    return true;
  }

  /** A listed staff member's Teams id, seen acting: ticket cards refresh for them (their own view). */
  async rememberStaff(userId: string | undefined): Promise<void> {
    if (userId) await this.deps.state.addStaffUserId(userId);
  }

  staffUserIds(): Promise<string[]> {
    return this.deps.state.staffUserIds();
  }

  /** Whether `conversationId` (a thread of it included) is the registered staff channel. */
  async isStaffChannel(conversationId: string): Promise<boolean> {
    const staff = await this.reference();
    return staff !== undefined && baseConversationId(staff.conversation!.id) === baseConversationId(conversationId);
  }

  async ticketOpened(ticket: Ticket): Promise<void> {
    const staff = await this.reference();
    if (!staff) {
      this.deps.logger.info({ ticketId: ticket.id }, 'no Teams staff channel registered: ticket card not posted');
      return;
    }
    let activityId = '';
    await this.deps.connector.continueConversation(staff, async (context) => {
      activityId = (await context.sendActivity(ticketCardActivity(ticket, { staffUserIds: await this.staffUserIds() })))?.id ?? '';
    });
    if (!activityId) return;
    const conversationId = staff.conversation!.conversationType === 'channel' ? `${staff.conversation!.id};messageid=${activityId}` : staff.conversation!.id;
    await this.deps.state.setTicketCard(ticket.id, { conversationId, activityId });
  }

  async ticketUpdated(ticket: Ticket): Promise<void> {
    const staff = await this.reference();
    const posted = await this.deps.state.ticketCard(ticket.id);
    if (!staff) return;
    if (!posted) return this.ticketOpened(ticket);
    const staffUserIds = await this.staffUserIds();
    await this.deps.connector.continueConversation(this.inThread(staff, posted.conversationId), async (context) => {
      await context.updateActivity({ ...ticketCardActivity(ticket, { staffUserIds }), id: posted.activityId });
    });
  }

  async slaReminder(ticket: Ticket, ageHours: number): Promise<void> {
    const staff = await this.reference();
    if (!staff) return;
    const thread = (await this.deps.state.ticketCard(ticket.id))?.conversationId ?? staff.conversation!.id;
    const text = `${bilingualLabel('reminder')} — ${ticket.id} (${Math.floor(ageHours)} ${bilingualLabel('hours')})`;
    await this.deps.connector.continueConversation(this.inThread(staff, thread), async (context) => {
      await context.sendActivity(staffNoticeActivity(text));
    });
  }

  private async reference(): Promise<Partial<ConversationReference> | undefined> {
    const record = this.deps.configured ?? (await this.deps.state.staffChannel());
    return record?.reference as Partial<ConversationReference> | undefined;
  }

  private inThread(staff: Partial<ConversationReference>, conversationId: string): Partial<ConversationReference> {
    return { ...staff, conversation: { ...staff.conversation!, id: conversationId } };
  }
}

/**
 * The staff channel set in the configuration (team and channel id, for deployments provisioned by
 * script), as the reference a registration would have stored: a post to the channel starts a new thread.
 */
export function configuredStaffChannel(config: Config['teams']): StaffChannelRecord | undefined {
  if (!config.staffChannelId) return undefined;
  const tenant = { id: config.teamsTenantId };
  const reference = {
    channelId: 'msteams',
    serviceUrl: config.serviceUrl,
    conversation: { id: config.staffChannelId, conversationType: 'channel', isGroup: true, tenantId: config.teamsTenantId },
    ...(config.appId ? { bot: { id: `28:${config.appId}` } } : {}),
    channelData: { tenant, team: { id: config.staffTeamId }, channel: { id: config.staffChannelId } },
  };
  return { reference, registeredBy: 'configuration (TEAMS_STAFF_CHANNEL_ID)', registeredAt: new Date(0).toISOString() };
}
