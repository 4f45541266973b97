import { webApi } from '@slack/bolt';
import type { CredentialCheck } from '../../src/channel/plugin.js';
import type { SlackConfig } from './bolt-app.js';
import { slackErrorCode } from './slack-channel.js';

const BOT_TOKEN_FIX = "copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page into SLACK_BOT_TOKEN";
const REINSTALL_FIX = "reinstall the app to the workspace (OAuth & Permissions → Reinstall to Workspace) and copy the new Bot User OAuth Token into SLACK_BOT_TOKEN";
const APP_TOKEN_FIX = "generate an app-level token with the connections:write scope (the app's Basic Information page → App-Level Tokens) and put it in SLACK_APP_TOKEN";

/** Slack's answers to a refused token, as the doctor words them (https://api.slack.com/methods/auth.test#errors). */
const REFUSALS: Record<string, { what: string; fix?: string }> = {
  invalid_auth: { what: 'was refused' },
  not_authed: { what: 'was not sent' },
  token_revoked: { what: 'has been revoked', fix: REINSTALL_FIX },
  token_expired: { what: 'has expired', fix: REINSTALL_FIX },
  account_inactive: { what: "belongs to a deactivated user or workspace", fix: REINSTALL_FIX },
  not_allowed_token_type: { what: 'is not the kind of token this needs' },
};

/**
 * `arcp doctor` for Slack: `auth.test` with the bot token through the Web API the app uses (SLACK_API_URL
 * included) and, for Socket Mode, `apps.connections.open` with the app-level token (it only hands out a
 * connection URL, which is left unused). One try each: Bolt's own client retries, the doctor must answer.
 */
export async function checkSlackCredentials(config: SlackConfig, options: { timeoutMs: number }): Promise<CredentialCheck[]> {
  const client = (token: string) =>
    new webApi.WebClient(token, { slackApiUrl: config.apiUrl, timeout: options.timeoutMs, retryConfig: { retries: 0 }, logLevel: webApi.LogLevel.ERROR });
  const checks = [checkBotToken(client(config.botToken!), config)];
  if (config.appToken) checks.push(checkAppToken(client(config.appToken), config).then((c) => [c]));
  return (await Promise.all(checks)).flat();
}

async function checkBotToken(client: webApi.WebClient, config: SlackConfig): Promise<CredentialCheck[]> {
  try {
    const res = await client.auth.test();
    if (!res.bot_id) return [{ ok: false, say: `Slack: SLACK_BOT_TOKEN is the token of the user ${res.user}, not of a bot`, fix: BOT_TOKEN_FIX }];
    const works = { ok: true, say: `Slack: the bot token works: bot @${res.user} (${res.user_id}) in the workspace ${res.team} (${res.team_id})` };
    return [works, ...missingScopes(res.response_metadata?.scopes)];
  } catch (err) {
    return [failure(err, { token: 'the bot token', fix: BOT_TOKEN_FIX, config })];
  }
}

/** Scopes of the manifest the token may lack while everything else works, and what is lost without each. */
const OPTIONAL_SCOPES: Record<string, string> = {
  'files:write': 'documents staff attach to answers reach Slack askers as download links, not as files in their thread',
};

/**
 * The history scopes a retried answer is looked for with (conversations.replies / history), by the kind of
 * conversation each reads. Without one, a retry there posts again: an answer whose post Slack took without
 * answering may show twice. A warning: apps installed before they were in the manifest keep working.
 */
const HISTORY_SCOPES: Record<string, string> = {
  'channels:history': 'public channels',
  'groups:history': 'private channels',
  'im:history': 'direct messages',
  'mpim:history': 'group direct messages',
};

/** Slack lists a token's scopes in the `x-oauth-scopes` header of every answer; said only when it does. */
function missingScopes(scopes: string[] | undefined): CredentialCheck[] {
  if (!scopes) return [];
  const fix = (scope: string) => `add ${scope} to the app's bot scopes (it is in adapters/slack/manifest.yaml), then ${REINSTALL_FIX}`;
  const failures = Object.entries(OPTIONAL_SCOPES)
    .filter(([scope]) => !scopes.includes(scope))
    .map(([scope, loss]) => ({ ok: false, say: `Slack: the bot token lacks the ${scope} scope: ${loss}`, fix: fix(scope) }));
  const warnings = Object.entries(HISTORY_SCOPES)
    .filter(([scope]) => !scopes.includes(scope))
    .map(([scope, where]) => ({ ok: true, warn: true, say: `Slack: the bot token lacks the ${scope} scope: in ${where}, a retried answer is not looked for before it is posted again, so one whose post Slack took without answering may show twice`, fix: fix(scope) }));
  return [...failures, ...warnings];
}

async function checkAppToken(client: webApi.WebClient, config: SlackConfig): Promise<CredentialCheck> {
  try {
    await client.apps.connections.open();
    return { ok: true, say: 'Slack: the app-level token opens Socket Mode connections' };
  } catch (err) {
    return failure(err, { token: 'the app-level token (SLACK_APP_TOKEN)', fix: APP_TOKEN_FIX, config });
  }
}

function failure(err: unknown, about: { token: string; fix: string; config: SlackConfig }): CredentialCheck {
  const code = slackErrorCode(err);
  if (code) {
    const refusal = REFUSALS[code];
    if (refusal) return { ok: false, say: `Slack: ${about.token} ${refusal.what} (${code})`, fix: refusal.fix ?? about.fix };
    return { ok: false, say: `Slack: ${about.token} was not accepted (${code})`, fix: `look up "${code}" on https://api.slack.com/methods, then ${about.fix}` };
  }
  const where = about.config.apiUrl ?? 'https://slack.com/api/';
  // The WebClient wraps the network error (fetch's "fetch failed" around ECONNREFUSED, ENOTFOUND…).
  const original = (err as { original?: { message?: string; cause?: { code?: string } } }).original;
  const reason = original?.cause?.code ?? original?.message ?? (err instanceof Error ? err.message : String(err));
  return {
    ok: false,
    say: `Slack: the Web API at ${where} could not be reached (${reason})`,
    fix: about.config.apiUrl ? 'check SLACK_API_URL (unset, Slack itself is used)' : 'allow this host outbound HTTPS to slack.com (proxy, firewall)',
  };
}
