import { readFileSync } from 'node:fs';
import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type ConversationReference, type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../../src/config.js';
import { AppError } from '../../src/errors.js';

type TeamsConfig = Config['teams'];

/**
 * CloudAdapter, taking the activity the route has already parsed and checked. `process()` would do the
 * same two calls (authenticate, run the turn) but also print every refused token to the console; here
 * the route decides the status and logs through the product's logger.
 */
export class ArcpCloudAdapter extends CloudAdapter {
  /** Validates the bearer token (when an app id is set) and runs the turn; the invoke response, if any. */
  handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** How the SDK signals a refused token: an AuthenticationError carrying 401 (or 403). */
export function isAuthenticationError(err: unknown): boolean {
  const status = (err as { statusCode?: unknown } | null)?.statusCode;
  return status === 401 || status === 403;
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

  constructor(config: TeamsConfig) {
    this.appId = config.appId;
    this.authEnabled = config.authEnabled;
    this.timeoutMs = config.sendTimeoutMs;
    this.adapter = new ArcpCloudAdapter(new ConfigurationBotFrameworkAuthentication(authOptions(config)));
    // The SDK's connector client sets no timeout of its own: every send and update of every turn, replies
    // and proactive messages alike, is bounded here.
    this.adapter.use(async (context, next) => {
      context.onSendActivities((_context, _activities, send) => this.withTimeout(send()));
      context.onUpdateActivity((_context, _activity, update) => this.withTimeout(update()));
      await next();
    });
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

function authOptions(config: TeamsConfig): Record<string, string> {
  if (!config.authEnabled) {
    return { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' };
  }
  const options: Record<string, string> = {
    MicrosoftAppId: config.appId,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.tenantId,
  };
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
