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
