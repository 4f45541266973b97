import type { ChannelState } from './channel-state.js';

/** In-memory twin of the channel state store; values are copied in and out as the database would. */
export class MemoryChannelState implements ChannelState {
  private readonly values = new Map<string, string>();

  async get<T>(channel: string, key: string): Promise<T | undefined> {
    const json = this.values.get(slot(channel, key));
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  async put(channel: string, key: string, value: unknown): Promise<void> {
    this.values.set(slot(channel, key), JSON.stringify(value));
  }

  async putIfAbsent(channel: string, key: string, value: unknown): Promise<boolean> {
    if (this.values.has(slot(channel, key))) return false;
    await this.put(channel, key, value);
    return true;
  }

  async delete(channel: string, key: string): Promise<void> {
    this.values.delete(slot(channel, key));
  }
}

const slot = (channel: string, key: string) => `${channel}\u0000${key}`;
