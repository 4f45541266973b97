import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { CredentialCheck } from '../../src/channel/plugin.js';
import type { Config } from '../../src/config.js';

type TeamsConfig = Config['teams'];

/** botbuilder's default clouds (botframework-connector AuthenticationConstants / GovernmentConstants). */
const CLOUDS = {
  public: { loginUrl: 'https://login.microsoftonline.com/botframework.com', scope: 'https://api.botframework.com' },
  government: { loginUrl: 'https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us', scope: 'https://api.botframework.us' },
} as const;
const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** What Microsoft's AADSTS codes mean for the bot's settings. */
const FIXES: Record<number, string> = {
  7000215: "copy the client secret's Value (not its Secret ID) from the app registration's Certificates & secrets page into MicrosoftAppPassword",
  7000222: 'create a new client secret (app registration → Certificates & secrets) and put its Value in MicrosoftAppPassword',
  700016: "check MicrosoftAppId (the Azure Bot's Microsoft App ID) and MicrosoftAppType: a SingleTenant bot also needs MicrosoftAppTenantId",
  90002: "check MicrosoftAppTenantId (the app registration's Directory (tenant) ID)",
  900023: "check MicrosoftAppTenantId (the app registration's Directory (tenant) ID)",
  500011: 'check ToChannelFromBotOAuthScope (unset, the Bot Framework scope of the cloud is used)',
};

export interface TokenEndpoint {
  url: string;
  scope: string;
}

/**
 * Where the bot gets its tokens for sending: botbuilder's credential factory resolves the login authority
 * (the tenant put in for a SingleTenant bot, the configured endpoint of another cloud) and the scope, as
 * it does for every send; MSAL then posts to the authority's /oauth2/v2.0/token.
 */
export async function tokenEndpoint(config: TeamsConfig): Promise<TokenEndpoint> {
  const custom = config.loginUrl !== '';
  const cloud = config.channelService ? CLOUDS.government : CLOUDS.public;
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.appId, MicrosoftAppPassword: config.appPassword, MicrosoftAppType: config.appType, MicrosoftAppTenantId: config.tenantId,
  });
  const credentials = (await factory.createCredentials(config.appId, custom ? config.oauthScope : cloud.scope, custom ? config.loginUrl : cloud.loginUrl, true)) as unknown as { oAuthEndpoint: string; oAuthScope: string };
  const scope = credentials.oAuthScope.endsWith('/.default') ? credentials.oAuthScope : `${credentials.oAuthScope}/.default`;
  return { url: `${credentials.oAuthEndpoint.replace(/\/+$/, '')}/oauth2/v2.0/token`, scope };
}

/**
 * `arcp doctor` for Teams: asks the Microsoft login endpoint for a Bot Framework token with the app id and
 * password (the client-credentials request MSAL makes before every send), and turns a refusal's AADSTS code
 * into the setting to fix. The request is made here rather than through MSAL, which first asks
 * login.microsoftonline.com to vouch for any other authority and so could not be pointed at a test endpoint.
 */
export async function checkTeamsCredentials(config: TeamsConfig, options: { timeoutMs: number }): Promise<CredentialCheck[]> {
  if (!config.authEnabled) return [{ ok: true, skipped: true, say: 'Teams: no MicrosoftAppId, so no credentials to try (only the Bot Framework Emulator on this host can reach the bot)' }];
  if (config.appType === 'UserAssignedMSI') return [{ ok: true, skipped: true, say: 'Teams: a managed identity (UserAssignedMSI) gets its tokens inside Azure only; not tried from here' }];
  if (config.certificateKeyFile) return [{ ok: true, skipped: true, say: 'Teams: certificate credentials are not tried by arcp doctor; the first reply the bot sends uses them' }];
  const endpoint = await tokenEndpoint(config);
  const where = new URL(endpoint.url);
  if (where.protocol !== 'https:' && !LOOPBACK.test(where.hostname)) {
    return [{ ok: false, say: `Teams: the login endpoint ${where.origin} is not HTTPS`, fix: 'set ToChannelFromBotLoginUrl to the https:// login URL of the cloud' }];
  }
  return [await requestToken(config, endpoint, options.timeoutMs)];
}

async function requestToken(config: TeamsConfig, endpoint: TokenEndpoint, timeoutMs: number): Promise<CredentialCheck> {
  const body = new URLSearchParams({ client_id: config.appId, client_secret: config.appPassword, scope: endpoint.scope, grant_type: 'client_credentials' });
  const authority = endpoint.url.replace(/\/oauth2\/v2\.0\/token$/, '');
  let res: Response;
  try {
    res = await fetch(endpoint.url, { method: 'POST', body, signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const reason = (err as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : cause?.code ?? cause?.message ?? (err as Error).message;
    const fix = config.loginUrl ? 'check ToChannelFromBotLoginUrl' : `allow this host outbound HTTPS to ${new URL(endpoint.url).hostname} (proxy, firewall)`;
    return { ok: false, say: `Teams: the Microsoft login endpoint ${authority} could not be reached (${reason})`, fix };
  }
  const answer = (await res.json().catch(() => ({}))) as { access_token?: unknown; error?: string; error_description?: string; error_codes?: number[] };
  if (res.ok && typeof answer.access_token === 'string') return { ok: true, say: `Teams: Microsoft issued a Bot Framework token for the app ${config.appId} (${authority})` };
  const code = answer.error_codes?.[0];
  // "AADSTS7000215: Invalid client secret provided. Ensure …\r\nTrace ID: …": the first sentence says it.
  const reason = answer.error_description?.split(/\.\s|\r?\n/)[0] ?? `HTTP ${res.status}${answer.error ? ` ${answer.error}` : ''}`;
  return {
    ok: false,
    say: `Teams: Microsoft refused a Bot Framework token to the app ${config.appId} (${reason})`,
    fix: (code !== undefined && FIXES[code]) || `see https://login.microsoftonline.com/error?code=${code ?? res.status} and check MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId`,
  };
}
