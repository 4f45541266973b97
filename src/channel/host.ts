import type { Router } from 'express';
import type { AppServices } from '../app.js';
import type { TranscriptEntry } from '../core/conversation-log.js';
import { runAsLeader, type RunningDuty } from '../core/leader-duty.js';
import type { TurnGateway } from '../core/turn-gateway.js';
import type { ReplySenderOptions } from '../delivery/channel-registry.js';
import type { DeliverySender } from '../delivery/sender.js';
import type { Delivery, DeliveryInput } from '../delivery/types.js';
import type { DraftService } from '../drafts/draft-service.js';
import type { Logger } from '../logger.js';
import type { StaffService } from '../tickets/staff-service.js';
import type { ReplyFile } from '../tickets/reply-files.js';
import type { StaffNotifier } from '../tickets/staff-notifier.js';
import type { Ticket } from '../tickets/types.js';
import type { ChannelGauge } from './channel-gauges.js';
import { scopeOf, type ChannelStateScope } from './channel-state.js';
import type { Channel, ChannelName } from './types.js';

/** What staff do from a channel's staff surface, and how the surface hears of tickets. */
export interface StaffActions extends Pick<StaffService, 'claim' | 'close' | 'reopen' | 'reply'> {
  ticket(id: string): Promise<Ticket | undefined>;
  /** Makes this channel a staff surface: ticket notices and SLA reminders are delivered to it. */
  surface(notifier: StaffNotifier): void;
}

/**
 * All a channel plugin is given: the turn gateway, delivery registration, staff actions, drafts, its own
 * key-value state, a logger, its configuration slice and the HTTP router. Not the services bag: a channel
 * cannot reach another channel's state, the database or the search engine.
 */
export interface ChannelHost<C> {
  readonly config: C;
  readonly logger: Logger;
  readonly turns: Pick<TurnGateway, 'handle'>;
  readonly delivery: {
    /** The channel that reaches askers: staff answers, approved drafts and late replies go out through it. */
    channel(channel: Channel, sender?: DeliverySender | ReplySenderOptions): void;
    /** Another sender of this channel (a copy to the Sent folder). */
    sender(sender: DeliverySender): void;
    enqueue(input: DeliveryInput): Promise<Delivery>;
  };
  readonly staff: StaffActions;
  readonly drafts: Pick<DraftService, 'list' | 'get' | 'approve' | 'reject'>;
  readonly state: ChannelStateScope;
  /** This channel's transcript of one of its conversations (what the web chat page polls). */
  transcript(conversationId: string, afterId?: number): Promise<TranscriptEntry[]>;
  readonly http: { router: Router; publicUrl(): string };
  /** Documents attached to staff answers: their bytes (a mail attachment), or a signed, expiring download URL. */
  readonly files: {
    read(id: string): Promise<ReplyFile | undefined>;
    link(id: string): string;
  };
  /** The data folder, for files a channel keeps (mail attachments). */
  readonly dataDir: string;
  /**
   * Runs `start` only in the one replica that leads `duty` (the IMAP intake of a mailbox), taking it over
   * when that replica dies; in a single process, at once.
   */
  asLeader(duty: string, start: () => Promise<RunningDuty> | RunningDuty): RunningDuty;
  /** A figure of this channel for /metrics, read at each scrape. */
  gauge(gauge: ChannelGauge): void;
}

export function createHost<C>(app: AppServices, name: ChannelName, config: C, http: ChannelHost<C>['http']): ChannelHost<C> {
  const { staff, deliveries } = app;
  return {
    config,
    logger: app.logger.child({ channel: name }),
    turns: app.turns,
    delivery: {
      channel: (channel, sender) => app.channels.register(channel, sender),
      sender: (sender) => deliveries.register(sender),
      enqueue: (input) => deliveries.enqueue(input),
    },
    staff: {
      claim: (id, who) => staff.claim(id, who),
      close: (id, who) => staff.close(id, who),
      reopen: (id, who) => staff.reopen(id, who),
      reply: (id, who, text) => staff.reply(id, who, text),
      ticket: (id) => app.tickets.get(id),
      surface: (notifier) => staff.addNotifier(notifier),
    },
    drafts: app.drafts,
    state: scopeOf(app.channelState, name),
    transcript: (conversationId, afterId) => app.conversations.transcript(`${name}:${conversationId}`, afterId),
    http,
    files: {
      read: (id) => app.replyFiles.get(id),
      link: (id) => `${http.publicUrl().replace(/\/+$/, '')}${app.fileLinks.path(id)}`,
    },
    dataDir: app.config.core.dataDir,
    asLeader: (duty, start) => runAsLeader({
      leadership: app.stores.leadership, roles: app.roles, duty: `${name}:${duty}`, start, logger: app.logger, retryMs: app.config.core.leaderRetryMs,
    }),
    gauge: (gauge) => app.gauges.register(gauge),
  };
}
