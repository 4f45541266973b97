/**
 * The channel state port: a key-value store each channel keeps its own ids in (the Teams staff channel and
 * its ticket cards, where Slack posted each ticket, the email intake and thread index). Values are JSON.
 * SQLite in the product (src/store/channel-state-store.ts), a memory twin in tests; one contract suite.
 */
export interface ChannelState {
  get<T>(channel: string, key: string): Promise<T | undefined>;
  put(channel: string, key: string, value: unknown): Promise<void>;
  /** Stores the value only when the key is free; true when it was stored. */
  putIfAbsent(channel: string, key: string, value: unknown): Promise<boolean>;
  delete(channel: string, key: string): Promise<void>;
}

/** One channel's part of the store: what a plugin is given, so it cannot read another channel's ids. */
export interface ChannelStateScope {
  get<T>(key: string): Promise<T | undefined>;
  put(key: string, value: unknown): Promise<void>;
  putIfAbsent(key: string, value: unknown): Promise<boolean>;
  delete(key: string): Promise<void>;
}

export function scopeOf(state: ChannelState, channel: string): ChannelStateScope {
  return {
    get: (key) => state.get(channel, key),
    put: (key, value) => state.put(channel, key, value),
    putIfAbsent: (key, value) => state.putIfAbsent(channel, key, value),
    delete: (key) => state.delete(channel, key),
  };
}
