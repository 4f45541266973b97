import { readFileSync } from 'node:fs';
import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type ConversationReference, type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../../src/config.js';
import { AppError } from '../../src/errors.js';

type TeamsConfig = Config['teams'];
export type Authenticated = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/**
 * CloudAdapter, taking the activity the route has already parsed and checked and the request already
 * authenticated. `process()` would do both (authenticate, run the turn) but also print every refused
 * token to the console; here the route decides the status and logs through the product's logger.
 */
export class ArcpCloudAdapter extends CloudAdapter {
  /** Runs the turn of an authenticated request; the invoke response, if any. */
  handle(auth: Authenticated, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

/** jsonwebtoken's refusals, which botbuilder passes on as they are (a bad signature, audience, issuer, date). */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/** A refused token: botbuilder's AuthenticationError carrying 401 (or 403), or a JWT check that failed. */
export function isAuthenticationError(err: unknown): boolean {
  const status = (err as { statusCode?: unknown } | null)?.statusCode;
  return status === 401 || status === 403 || TOKEN_ERRORS.has((err as { name?: unknown } | null)?.name as string);
}

/**
 * The CloudAdapter with the configured Bot Framework credentials, every call to the Teams service bounded
 * by TEAMS_SEND_TIMEOUT_MS, and proactive turns (a staff answer, a ticket card) that report failures.
 * With an app id the adapter validates every inbound JWT (issuer, signature, audience, service URL);
 * without one it accepts anything, which `messages-route.ts` confines to loopback.
 */
export class BotConnector {
  readonly adapter: ArcpCloudAdapter;
  readonly appId: string;
  readonly authEnabled: boolean;
  private readonly timeoutMs: number;
  readonly keysRetryMs: number;
  private readonly auth: ConfigurationBotFrameworkAuthentication;
  /** Until when Microsoft's key endpoints are taken as down (no token is checked against them before). */
  private keysDownUntil = 0;

  constructor(config: TeamsConfig) {
    this.appId = config.appId;
    this.authEnabled = config.authEnabled;
    this.timeoutMs = config.sendTimeoutMs;
    this.keysRetryMs = config.keysRetryMs;
    this.auth = new ConfigurationBotFrameworkAuthentication(authOptions(config));
    this.adapter = new ArcpCloudAdapter(this.auth);
    // The SDK's connector client sets no timeout of its own: every send and update of every turn, replies
    // and proactive messages alike, is bounded here.
    this.adapter.use(async (context, next) => {
      context.onSendActivities((_context, _activities, send) => this.withTimeout(send()));
      context.onUpdateActivity((_context, _activity, update) => this.withTimeout(update()));
      await next();
    });
  }

  /**
   * Validates the request's token (with an app id; without one, anything is accepted). A refused token
   * throws the SDK's error (`isAuthenticationError`). When the signing keys cannot be had — Microsoft's
   * OpenID metadata or key endpoint unreachable, failing or silent past the timeout — it throws
   * CHANNEL_UNAVAILABLE, and for the next `keysRetryMs` well-formed tokens get the same at once: the SDK
   * has no back-off of its own, and would start a new fetch for every request.
   */
  async authenticate(authHeader: string, activity: Activity): Promise<Authenticated> {
    if (this.authEnabled && Date.now() < this.keysDownUntil && BEARER_JWT.test(authHeader)) {
      throw new AppError('CHANNEL_UNAVAILABLE', 'the Bot Framework signing keys are unavailable; retried later');
    }
    try {
      return await this.withTimeout(this.auth.authenticateRequest(activity, authHeader));
    } catch (err) {
      if (isAuthenticationError(err)) throw err;
      this.keysDownUntil = Date.now() + this.keysRetryMs;
      const reason = err instanceof Error ? err.message : String(err);
      throw new AppError('CHANNEL_UNAVAILABLE', `the Bot Framework signing keys could not be fetched: ${reason}`, { cause: err });
    }
  }

  /** Runs `logic` in a turn on a stored conversation (a staff answer, a ticket card), within the timeout. */
  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    if (!reference.serviceUrl || !reference.conversation?.id) {
      throw new AppError('SEND_FAILED', 'the stored Teams conversation reference has no service URL or conversation id');
    }
    let failure: unknown;
    await this.withTimeout(
      this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
        // The SDK marks every proactive message as a reply to its own made-up continuation activity id;
        // without it the message is posted to the conversation (in a channel thread: to that thread).
        context.onSendActivities(async (_context, activities, next) => {
          for (const activity of activities) if (activity.replyToId === context.activity.id) delete activity.replyToId;
          return next();
        });
        // Caught here, not by the adapter's onTurnError: the caller must learn that the send failed.
        try {
          await logic(context);
        } catch (err) {
          failure = err;
        }
      }),
    );
    if (failure !== undefined) throw failure;
  }

  private async withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AppError('TIMEOUT', `the Bot Framework connector did not answer within ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The SDK refuses a missing or malformed token without fetching keys; only these can need them. */
const BEARER_JWT = /^Bearer [\w-]+\.[\w-]+\.[\w-]*$/;

/** botbuilder's option names for the cloud settings, passed through when set. */
const CLOUD_OPTIONS = {
  channelService: 'ChannelService',
  openIdMetadataUrl: 'ToBotFromChannelOpenIdMetadataUrl',
  tokenIssuer: 'ToBotFromChannelTokenIssuer',
  emulatorOpenIdMetadataUrl: 'ToBotFromEmulatorOpenIdMetadataUrl',
  loginUrl: 'ToChannelFromBotLoginUrl',
  oauthScope: 'ToChannelFromBotOAuthScope',
  oauthUrl: 'OAuthUrl',
  callerId: 'CallerId',
} as const;

function authOptions(config: TeamsConfig): Record<string, string> {
  if (!config.authEnabled) {
    return { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' };
  }
  const options: Record<string, string> = {
    MicrosoftAppId: config.appId,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId,
    ValidateAuthority: config.validateAuthority,
  };
  for (const [key, name] of Object.entries(CLOUD_OPTIONS)) {
    const value = config[key as keyof typeof CLOUD_OPTIONS];
    if (value) options[name] = value;
  }
  if (config.appPassword) options.MicrosoftAppPassword = config.appPassword;
  if (config.certificateKeyFile) {
    options.CertificateThumbprint = config.certificateThumbprint;
    options.CertificatePrivateKey = readKey(config.certificateKeyFile);
  }
  return options;
}

function readKey(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new AppError('CONFIG_INVALID', `MicrosoftAppCertificateKeyFile: cannot read ${file}`, { cause });
  }
}
