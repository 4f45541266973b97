import type { ChannelState } from '../channel/channel-state.js';
import type { Db } from './db.js';

/** Every channel's own ids on SQLite (migration 081), as JSON values under (channel, key). */
export class SqliteChannelState implements ChannelState {
  constructor(private readonly db: Db) {}

  async get<T>(channel: string, key: string): Promise<T | undefined> {
    const json = this.db.prepare('SELECT value_json FROM channel_state WHERE channel = ? AND key = ?').pluck().get(channel, key) as string | undefined;
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  async put(channel: string, key: string, value: unknown): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO channel_state (channel, key, value_json, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (channel, key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
      )
      .run(channel, key, JSON.stringify(value), new Date().toISOString());
  }

  async putIfAbsent(channel: string, key: string, value: unknown): Promise<boolean> {
    const { changes } = this.db
      .prepare('INSERT INTO channel_state (channel, key, value_json, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (channel, key) DO NOTHING')
      .run(channel, key, JSON.stringify(value), new Date().toISOString());
    return changes > 0;
  }

  async delete(channel: string, key: string): Promise<void> {
    this.db.prepare('DELETE FROM channel_state WHERE channel = ? AND key = ?').run(channel, key);
  }
}
