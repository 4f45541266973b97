import type { ChannelPlugin, CredentialCheck, ServerPlugin } from '../channel/plugin.js';
import type { Config } from '../config.js';
import type { Finding } from './doctor-checks.js';

export interface ChannelCheckOptions {
  /** Ask each channel's service whether it takes the credentials (false: `arcp doctor --offline`). */
  live: boolean;
  /** Bound of each call to a service. */
  timeoutMs: number;
}

/** Which channels are on, then (live) what each channel's service says of its credentials. */
export async function channelFindings(config: Config, plugins: ServerPlugin[], options: ChannelCheckOptions): Promise<Finding[]> {
  const channels = plugins.filter((p): p is ChannelPlugin => p.kind === 'channel');
  const on = channels.filter((p) => p.configOf(config) !== undefined);
  const off = channels.filter((p) => !on.includes(p)).map((p) => p.name);
  // Off is not wrong: a channel without settings is simply off (.env.example lists each one's variables).
  const summary: Finding = { area: 'channel', ok: true, say: `channels on: ${on.map((p) => p.name).join(', ') || 'none'}${off.length ? `; off (no settings): ${off.join(', ')}` : ''}` };
  const checkable = on.filter((p) => p.checkCredentials);
  if (!options.live) {
    const skipped = checkable.map((p): Finding => ({ area: 'channel', ok: true, skipped: true, say: `${p.name}: credentials not checked (--offline)` }));
    return [summary, ...skipped];
  }
  // The channels are asked at once: a slow one costs its own timeout, not the sum of all.
  const results = await Promise.all(checkable.map((p) => checkChannel(p, config, options.timeoutMs)));
  return [summary, ...results.flat().map((c): Finding => ({ area: 'channel', ...c }))];
}

async function checkChannel(plugin: ChannelPlugin, config: Config, timeoutMs: number): Promise<CredentialCheck[]> {
  let timer: NodeJS.Timeout | undefined;
  // A check bounds each of its calls; this bounds the whole, in case one of them does not.
  const late = new Promise<CredentialCheck[]>((resolve) => {
    timer = setTimeout(() => resolve([{ ok: false, say: `${plugin.name}: the credential check did not finish within ${2 * timeoutMs} ms`, fix: 'check that this host can reach the service (proxy, firewall), or run "arcp doctor --timeout <seconds>" with more time' }]), 2 * timeoutMs);
  });
  try {
    return await Promise.race([plugin.checkCredentials!(plugin.configOf(config), { timeoutMs }), late]);
  } catch (err) {
    return [{ ok: false, say: `${plugin.name}: the credential check failed: ${err instanceof Error ? err.message : String(err)}` }];
  } finally {
    clearTimeout(timer);
  }
}
