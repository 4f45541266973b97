import { describe, expect, it } from 'vitest';
import { tokenEndpoint } from '../../adapters/teams/credentials.js';
import { loadConfig } from '../../src/config.js';

const APP_ID = '3f1c7d52-8a4e-4b61-9d07-5e2a6c8b1f90';
const TENANT = '8d5b1e2f-4c3a-4f9e-b7d6-1a2b3c4d5e6f';
const teams = (env: Record<string, string>) => loadConfig({ LOG_LEVEL: 'silent', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', ...env }).teams;

/** Where `arcp doctor` asks for the bot's token: where botbuilder's credentials send MSAL for every reply. */
describe('the Bot Framework token endpoint of a configuration', () => {
  it.each([
    ['a MultiTenant bot: the Bot Framework tenant of the public cloud', {}, 'https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token', 'https://api.botframework.com/.default'],
    ['a SingleTenant bot: its own tenant', { MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT }, `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`, 'https://api.botframework.com/.default'],
    ['the US Government cloud', { ChannelService: 'https://botframework.azure.us' }, 'https://login.microsoftonline.us/microsoftservices.onmicrosoft.us/oauth2/v2.0/token', 'https://api.botframework.us/.default'],
  ])('%s', async (_name, env, url, scope) => {
    const endpoint = await tokenEndpoint(teams(env));
    expect({ url: endpoint.url.toLowerCase(), scope: endpoint.scope }).toEqual({ url: url.toLowerCase(), scope });
  });
});
