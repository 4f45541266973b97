import { describe, expect, it } from 'vitest';
import { scopeOf, type ChannelState } from '../../src/channel/channel-state.js';
import { MemoryChannelState } from '../../src/channel/memory-channel-state.js';
import { SqliteChannelState } from '../../src/store/channel-state-store.js';
import { PgChannelState } from '../../src/store/pg/pg-channel-state.js';
import { wherePostgres } from '../support/postgres.js';
import { freshDb } from './sqlite.js';

const implementations: [string, () => ChannelState | Promise<ChannelState>][] = [
  ['memory', () => new MemoryChannelState()],
  ['sqlite', () => new SqliteChannelState(freshDb())],
  ...wherePostgres('postgres', (pool) => new PgChannelState(pool)),
];

describe.each(implementations)('ChannelState contract: %s', (_name, make) => {
  it('stores JSON values per channel and key, replacing on put', async () => {
    const state = await make();
    await state.put('teams', 'staff-channel', { reference: { conversation: { id: '19:x@thread.tacv2' } }, registeredBy: 'Omar' });
    await state.put('teams', 'staff-channel', { reference: { conversation: { id: '19:y@thread.tacv2' } }, registeredBy: 'Enas' });
    expect(await state.get('teams', 'staff-channel')).toEqual({ reference: { conversation: { id: '19:y@thread.tacv2' } }, registeredBy: 'Enas' });
    expect(await state.get('teams', 'missing')).toBeUndefined();
  });

  it("keeps channels apart: a scope reads only its own channel's ids", async () => {
    const state = await make();
    await scopeOf(state, 'slack').put('staff-message:ARCP-00001', { channel: 'C1', ts: '1.2' });
    expect(await scopeOf(state, 'teams').get('staff-message:ARCP-00001')).toBeUndefined();
    expect(await scopeOf(state, 'slack').get('staff-message:ARCP-00001')).toEqual({ channel: 'C1', ts: '1.2' });
  });

  it('putIfAbsent stores only the first value', async () => {
    const state = await make();
    expect(await state.putIfAbsent('email', 'thread:m1@x', 'conversation-1')).toBe(true);
    expect(await state.putIfAbsent('email', 'thread:m1@x', 'conversation-2')).toBe(false);
    expect(await state.get('email', 'thread:m1@x')).toBe('conversation-1');
  });

  it('deletes', async () => {
    const state = await make();
    await state.put('email', 'k', 1);
    await state.delete('email', 'k');
    expect(await state.get('email', 'k')).toBeUndefined();
    expect(await state.putIfAbsent('email', 'k', 2)).toBe(true);
  });
});
