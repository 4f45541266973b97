import type { ChannelState } from '../../channel/channel-state.js';
import { one, type PgPool } from './pool.js';

/** Every channel's own ids on PostgreSQL, as jsonb values under (channel, key). */
export class PgChannelState implements ChannelState {
  constructor(private readonly pool: PgPool) {}

  async get<T>(channel: string, key: string): Promise<T | undefined> {
    const row = await one<{ value_json: string }>(this.pool, 'SELECT value_json FROM channel_state WHERE channel = $1 AND key = $2', [channel, key]);
    return row === undefined ? undefined : (JSON.parse(row.value_json) as T);
  }

  async put(channel: string, key: string, value: unknown): Promise<void> {
    await this.pool.query(
      `INSERT INTO channel_state (channel, key, value_json, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (channel, key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
      [channel, key, JSON.stringify(value)],
    );
  }

  async putIfAbsent(channel: string, key: string, value: unknown): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'INSERT INTO channel_state (channel, key, value_json, updated_at) VALUES ($1, $2, $3, now()) ON CONFLICT (channel, key) DO NOTHING',
      [channel, key, JSON.stringify(value)],
    );
    return (rowCount ?? 0) > 0;
  }

  async delete(channel: string, key: string): Promise<void> {
    await this.pool.query('DELETE FROM channel_state WHERE channel = $1 AND key = $2', [channel, key]);
  }
}
