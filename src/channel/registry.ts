import { AppError } from '../errors.js';
import type { Channel, ChannelName } from './types.js';

/** The channels that can deliver replies in this process, by name. */
export class ChannelRegistry {
  private readonly channels = new Map<ChannelName, Channel>();

  register(channel: Channel): void {
    this.channels.set(channel.name, channel);
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
