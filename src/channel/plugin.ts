import type { Router } from 'express';
import type { AppServices } from '../app.js';
import type { Config } from '../config.js';
import type { ChannelHost } from './host.js';
import type { ChannelName } from './types.js';

export interface RunningChannel {
  stop(): Promise<void>;
}

/** What one live check of a channel's credentials found (`arcp doctor`): a line, and the fix if it failed. */
export interface CredentialCheck {
  ok: boolean;
  /** Not tried: what the doctor cannot check from here (said, not counted as a problem). */
  skipped?: boolean;
  /** Usable, with something lost (a scope the app may go without): said with its fix, not counted as a problem. */
  warn?: boolean;
  say: string;
  fix?: string;
}

/**
 * How a channel joins the server without `src/` importing it: the entry point hands the list of plugins
 * (from `adapters/`) to `serve`, which starts each one whose configuration is present with its host.
 */
export interface ChannelPlugin<C = unknown> {
  readonly kind: 'channel';
  readonly name: ChannelName;
  /** The channel's part of the configuration, or undefined when it has no settings (then it is off). */
  configOf(config: Config): C | undefined;
  start(host: ChannelHost<C>): Promise<RunningChannel>;
  /**
   * Asks the channel's service whether it takes the configured credentials (`arcp doctor`), each call
   * bounded by `timeoutMs`. Never throws: a refusal or an unreachable service is a failed check.
   */
  checkCredentials?(config: C, options: { timeoutMs: number }): Promise<CredentialCheck[]>;
}

/** The staff console: not a channel but the back office, given the services themselves. */
export interface SurfacePlugin {
  readonly kind: 'surface';
  readonly name: string;
  start(context: { app: AppServices; router: Router }): Promise<RunningChannel>;
}

// Methods are compared bivariantly: a ChannelPlugin<TeamsConfig> is a ChannelPlugin<unknown>.
export type ServerPlugin = ChannelPlugin<unknown> | SurfacePlugin;
