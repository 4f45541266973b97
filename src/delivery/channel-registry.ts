import type { Channel, ChannelName, OutboundReply } from '../channel/types.js';
import { AppError } from '../errors.js';
import type { Deliveries } from './deliveries.js';
import type { DeliverySender } from './sender.js';
import type { Delivery } from './types.js';

/** How a channel's replies are delivered when the remote cannot tell whether an interrupted send arrived. */
export type ReplySenderOptions = Pick<DeliverySender, 'inDoubt'> & Partial<Pick<DeliverySender, 'confirm' | 'isPermanent'>>;

/**
 * The channels that reach askers in this process, by name. Registering one registers its reply sender
 * with the delivery queue: staff answers, approved drafts and late replies to its conversations go out
 * through it.
 */
export class ChannelRegistry {
  private readonly channels = new Map<ChannelName, Channel>();

  constructor(private readonly deliveries: Deliveries) {}

  /** A channel, delivering queued replies through `channel.send` unless it brings a sender of its own. */
  register(channel: Channel, sender: DeliverySender | ReplySenderOptions = { inDoubt: 'hold' }): void {
    this.channels.set(channel.name, channel);
    this.deliveries.register('send' in sender ? sender : replySender(channel, sender));
  }

  get(name: ChannelName): Channel {
    const channel = this.channels.get(name);
    if (!channel) throw new AppError('CHANNEL_UNAVAILABLE', `the ${name} channel is not enabled in this process`);
    return channel;
  }

  has(name: ChannelName): boolean {
    return this.channels.has(name);
  }

  names(): ChannelName[] {
    return [...this.channels.keys()];
  }
}

/** The reply a delivery carries to an asker. */
export function replyOf(d: Delivery): OutboundReply {
  const reply = d.payload.reply as OutboundReply | undefined;
  if (!reply || !d.ref) throw new AppError('BAD_REQUEST', `delivery ${d.id} carries no reply to an asker`);
  return reply;
}

function replySender(channel: Channel, options: ReplySenderOptions): DeliverySender {
  return {
    name: channel.name,
    ...options,
    send: (d) => channel.send(d.ref!, replyOf(d), { deliveryId: d.id }),
  };
}
