// Named imports: Bolt is CommonJS with a `default` export, which Node and Vite resolve differently.
import { App, webApi } from '@slack/bolt';
import type { Config } from '../../src/config.js';
import { AppError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { boltLogger } from './bolt-logger.js';
import type { BotIdentity } from './inbound.js';
import { RouterReceiver } from './receiver.js';
import { slackErrorCode, type WebClient } from './slack-channel.js';

export type SlackConfig = Config['slack'];

export interface BoltSetup {
  bolt: App;
  client: WebClient;
  /** The same client without retries, for calls a repeat could act on twice (sharing an uploaded file). */
  onceClient: WebClient;
  identity: BotIdentity;
  /** HTTP mode: the receiver to mount on the server's router once the listeners are registered. */
  receiver?: RouterReceiver;
  /** Connects (Socket Mode) after the listeners are registered; nothing to do in HTTP mode. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface BoltOptions {
  config: SlackConfig;
  logger: Logger;
  handles: (body: Record<string, unknown>, kind: 'command' | 'block_actions' | 'view') => boolean;
}

/** Token problems that no retry fixes: the server should not start with them. */
const FATAL_AUTH = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);

/**
 * Bolt in HTTP mode (a receiver on the shared router, signature checked by Bolt) or, when an app-level
 * token is set, in Socket Mode. The bot's own ids come from one `auth.test` at start, so Bolt does not
 * repeat it per event and can drop the bot's own messages.
 */
export async function createBolt(opts: BoltOptions): Promise<BoltSetup> {
  const { config, logger } = opts;
  const sdkLogger = boltLogger(logger);
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    timeout: config.timeoutMs,
    // A few quick retries; Slack's default keeps one call retrying for half an hour.
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 },
    logger: sdkLogger,
  };
  const token = config.botToken!;
  const client: WebClient = new webApi.WebClient(token, clientOptions);
  const onceClient: WebClient = new webApi.WebClient(token, { ...clientOptions, retryConfig: { retries: 0 } });
  const identity = await botIdentity(client, logger);
  const common = { token, ...identity, tokenVerificationEnabled: false, clientOptions, logger: sdkLogger, convoStore: false as const };
  if (config.appToken) {
    const app = new App({ ...common, appToken: config.appToken, socketMode: true });
    app.error(async (err) => void logger.error({ err }, 'Slack listener failed'));
    return { bolt: app, client, onceClient, identity, start: async () => void (await app.start()), stop: async () => void (await app.stop()) };
  }
  const receiver = new RouterReceiver({ signingSecret: config.signingSecret!, logger, boltLogger: sdkLogger, handles: opts.handles });
  const app = new App({ ...common, receiver });
  app.error(async (err) => void logger.error({ err }, 'Slack listener failed'));
  return { bolt: app, client, onceClient, identity, receiver, start: async () => {}, stop: async () => {} };
}

async function botIdentity(client: WebClient, logger: Logger): Promise<BotIdentity> {
  try {
    const res = await client.auth.test();
    logger.info({ botUserId: res.user_id, botId: res.bot_id, teamId: res.team_id }, 'Slack bot identified');
    return { botUserId: res.user_id, botId: res.bot_id };
  } catch (err) {
    const code = slackErrorCode(err);
    if (code && FATAL_AUTH.has(code)) {
      throw new AppError('CONFIG_INVALID', `SLACK_BOT_TOKEN was refused by Slack (${code})`, { cause: err });
    }
    // Slack unreachable at start: Bolt asks again on each event until it answers.
    logger.error({ err, slackError: code }, 'Slack auth.test failed; continuing');
    return {};
  }
}
