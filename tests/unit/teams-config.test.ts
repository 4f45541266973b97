import { describe, expect, it } from 'vitest';
import { loadConfig, type Env } from '../../src/config.js';
import { AppError } from '../../src/errors.js';

const APP = { MicrosoftAppId: '7c2e9a41-5b3d-4f18-a6c0-2e8d9b1f4a57', MicrosoftAppPassword: 'secret' };

function problems(env: Env): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (AppError.is(err, 'CONFIG_INVALID')) return ((err as AppError).details?.problems as string[]).map((p) => p.split(':')[0]);
    throw err;
  }
  return [];
}

describe('Teams authentication settings (botbuilder names, from the environment)', () => {
  it('passes the endpoints of another cloud through, all four together', () => {
    const config = loadConfig({
      ...APP,
      ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.azure.cn/v1/.well-known/openidconfiguration',
      ToBotFromChannelTokenIssuer: 'https://api.botframework.azure.cn',
      ToChannelFromBotLoginUrl: 'https://login.chinacloudapi.cn/microsoft.com',
      ToChannelFromBotOAuthScope: 'https://api.botframework.azure.cn',
    });
    expect(config.teams).toMatchObject({ tokenIssuer: 'https://api.botframework.azure.cn', oauthScope: 'https://api.botframework.azure.cn', validateAuthority: 'true' });
  });

  it('names each endpoint missing once one is set, and refuses them without an app id', () => {
    expect(problems({ ...APP, ToBotFromChannelTokenIssuer: 'https://api.botframework.test' }).sort()).toEqual(
      ['ToBotFromChannelOpenIdMetadataUrl', 'ToChannelFromBotLoginUrl', 'ToChannelFromBotOAuthScope'],
    );
    expect(problems({ TEAMS_ENABLED: 'true', ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:9/m', ToBotFromChannelTokenIssuer: 'i', ToChannelFromBotLoginUrl: 'https://l.test/x', ToChannelFromBotOAuthScope: 's' }))
      .toEqual(['ToBotFromChannelOpenIdMetadataUrl']);
  });

  it('takes the US Government cloud by ChannelService, and refuses a ChannelService botbuilder does not know', () => {
    expect(problems({ ...APP, ChannelService: 'https://botframework.azure.us' })).toEqual([]);
    expect(problems({ ...APP, ChannelService: 'https://botframework.azure.cn' })).toEqual(['ChannelService']);
    expect(problems({ ...APP, ToBotFromChannelOpenIdMetadataUrl: 'not a url' })).toContain('ToBotFromChannelOpenIdMetadataUrl');
  });
});

describe('Teams staff channel from the configuration', () => {
  const CHANNEL = '19:7e1d4c9b2a5f4e8d9c3b6a0f1e2d3c4b@thread.tacv2';
  const TEAM = '19:Qx7Lk2Vb9Nz4Rt1Yw8Pm3Hc6Jd0Fs5Ga@thread.tacv2';

  it('needs the team id with the channel id, a tenant, and ids that are Teams thread ids', () => {
    expect(problems({ TEAMS_ENABLED: 'true', TEAMS_STAFF_CHANNEL_ID: CHANNEL, TEAMS_TENANT_ID: 't' })).toEqual(['TEAMS_STAFF_TEAM_ID']);
    expect(problems({ TEAMS_ENABLED: 'true', TEAMS_STAFF_CHANNEL_ID: CHANNEL, TEAMS_STAFF_TEAM_ID: TEAM })).toEqual(['TEAMS_TENANT_ID']);
    expect(problems({ TEAMS_ENABLED: 'true', TEAMS_STAFF_CHANNEL_ID: 'General', TEAMS_STAFF_TEAM_ID: TEAM, TEAMS_TENANT_ID: 't' })).toEqual(['TEAMS_STAFF_CHANNEL_ID']);
    const config = loadConfig({ ...APP, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant-1', TEAMS_STAFF_CHANNEL_ID: CHANNEL, TEAMS_STAFF_TEAM_ID: TEAM });
    expect(config.teams).toMatchObject({ staffChannelId: CHANNEL, teamsTenantId: 'tenant-1' });
  });
});
