import { z } from 'zod';
import { defineSection } from './section.js';

const csv = z
  .string()
  .default('')
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));

const url = z.string().url().or(z.literal('')).default('');
const THREAD_ID = /^19:[^\s]+@thread\.(tacv2|skype)$/;

/**
 * botbuilder's authentication settings, under botbuilder's own names: the cloud the bot lives in. Unset,
 * the public Azure cloud; `ChannelService=https://botframework.azure.us`, the US Government cloud; any
 * other cloud (or a local token issuer in tests) sets the endpoints themselves.
 */
const cloudSettings = {
  channelService: z.string().default(''),
  openIdMetadataUrl: url,
  tokenIssuer: z.string().default(''),
  emulatorOpenIdMetadataUrl: url,
  loginUrl: url,
  oauthScope: z.string().default(''),
  oauthUrl: url,
  callerId: z.string().default(''),
  validateAuthority: z.enum(['true', 'false']).default('true'),
};
const US_GOVERNMENT = 'https://botframework.azure.us';
/** Once one endpoint is set, botbuilder takes all of them from the configuration: these four must be there. */
const ENDPOINTS = ['openIdMetadataUrl', 'tokenIssuer', 'loginUrl', 'oauthScope'] as const;
const PARAMETERIZED = [...ENDPOINTS, 'emulatorOpenIdMetadataUrl', 'oauthUrl', 'callerId'] as const;

type CloudSettings = { [K in keyof typeof cloudSettings]: z.infer<(typeof cloudSettings)[K]> } & { appId: string };

function cloudProblems(c: CloudSettings, problem: (key: string, message: string) => void): void {
  const custom = PARAMETERIZED.some((k) => c[k] !== '');
  if (custom && c.appId === '') problem('openIdMetadataUrl', 'the authentication endpoints are used only with MicrosoftAppId');
  if (custom) {
    for (const k of ENDPOINTS) if (c[k] === '') problem(k, 'is required once any Bot Framework endpoint is set (they replace the whole cloud)');
  } else if (c.channelService !== '' && c.channelService !== US_GOVERNMENT) {
    problem('channelService', `must be empty (public cloud) or ${US_GOVERNMENT}; for another cloud set the endpoints instead`);
  }
}

/**
 * Microsoft Teams (Bot Framework). On when MicrosoftAppId is set, or when TEAMS_ENABLED=true for local work
 * with the Bot Framework Emulator; then no app id means no token check, so only loopback requests are served.
 */
export const teamsSection = defineSection(
  {
    enabled: 'TEAMS_ENABLED',
    appId: 'MicrosoftAppId',
    appPassword: 'MicrosoftAppPassword',
    appType: 'MicrosoftAppType',
    tenantId: 'MicrosoftAppTenantId',
    certificateThumbprint: 'MicrosoftAppCertificateThumbprint',
    certificateKeyFile: 'MicrosoftAppCertificateKeyFile',
    staffIds: 'TEAMS_STAFF_AAD_IDS',
    sendTimeoutMs: 'TEAMS_SEND_TIMEOUT_MS',
    keysRetryMs: 'TEAMS_AUTH_KEYS_RETRY_MS',
    staffTeamId: 'TEAMS_STAFF_TEAM_ID',
    staffChannelId: 'TEAMS_STAFF_CHANNEL_ID',
    teamsTenantId: 'TEAMS_TENANT_ID',
    serviceUrl: 'TEAMS_SERVICE_URL',
    channelService: 'ChannelService',
    openIdMetadataUrl: 'ToBotFromChannelOpenIdMetadataUrl',
    tokenIssuer: 'ToBotFromChannelTokenIssuer',
    emulatorOpenIdMetadataUrl: 'ToBotFromEmulatorOpenIdMetadataUrl',
    loginUrl: 'ToChannelFromBotLoginUrl',
    oauthScope: 'ToChannelFromBotOAuthScope',
    oauthUrl: 'OAuthUrl',
    callerId: 'CallerId',
    validateAuthority: 'ValidateAuthority',
  },
  z
    .object({
      enabled: z.enum(['true', 'false']).optional(),
      appId: z.string().default(''),
      appPassword: z.string().default(''),
      appType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
      tenantId: z.string().default(''),
      certificateThumbprint: z.string().default(''),
      certificateKeyFile: z.string().default(''),
      /** Microsoft Entra object ids (or, with the Emulator, Bot Framework user ids) of secretariat staff. */
      staffIds: csv,
      sendTimeoutMs: z.coerce.number().int().min(100).default(15_000),
      /** After Microsoft's key endpoints failed, how long tokens are answered 503 before they are tried again. */
      keysRetryMs: z.coerce.number().int().min(100).default(30_000),
      /** The staff channel provisioned by script (team and channel id) instead of `arcp staff-channel here`. */
      staffTeamId: z.string().regex(THREAD_ID, 'must be a Teams thread id (19:…@thread.tacv2)').or(z.literal('')).default(''),
      staffChannelId: z.string().regex(THREAD_ID, 'must be a Teams channel id (19:…@thread.tacv2)').or(z.literal('')).default(''),
      teamsTenantId: z.string().default(''),
      /** Where proactive posts go before Teams has told us (the first activity carries its own). */
      serviceUrl: z.string().url().default('https://smba.trafficmanager.net/teams/'),
      ...cloudSettings,
    })
    .superRefine((c, ctx) => {
      const problem = (key: string, message: string) => ctx.addIssue({ code: 'custom', path: [key], message });
      cloudProblems(c, problem);
      if ((c.staffTeamId === '') !== (c.staffChannelId === '')) problem(c.staffTeamId ? 'staffChannelId' : 'staffTeamId', 'the staff channel needs both the team id and the channel id');
      if (c.staffChannelId && !c.teamsTenantId && !c.tenantId) problem('teamsTenantId', 'is required with TEAMS_STAFF_CHANNEL_ID (or set MicrosoftAppTenantId)');
      const certificate = c.certificateThumbprint !== '' || c.certificateKeyFile !== '';
      if (c.appId === '') {
        if (c.appPassword !== '' || certificate) problem('appId', 'is required when a password or certificate is set');
        return;
      }
      if (certificate && (c.certificateThumbprint === '' || c.certificateKeyFile === '')) {
        problem(c.certificateThumbprint === '' ? 'certificateThumbprint' : 'certificateKeyFile', 'a certificate needs both the thumbprint and the key file');
      }
      if (c.appType === 'UserAssignedMSI') {
        if (c.appPassword !== '') problem('appPassword', 'must be empty for a managed identity (UserAssignedMSI)');
      } else if (c.appPassword === '' && !certificate) {
        problem('appPassword', 'is required with MicrosoftAppId (or set a certificate instead)');
      } else if (c.appPassword !== '' && certificate) {
        problem('appPassword', 'set either a password or a certificate, not both');
      }
      if (c.appType !== 'MultiTenant' && c.tenantId === '') problem('tenantId', `is required for ${c.appType}`);
    })
    .transform(({ enabled, ...c }) => ({
      ...c,
      enabled: enabled === undefined ? c.appId !== '' : enabled === 'true',
      teamsTenantId: c.teamsTenantId || c.tenantId,
      /** Bot Framework token validation is on exactly when the bot has an app id. */
      authEnabled: c.appId !== '',
    })),
);
