import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRoundRobinProxy, type Proxy } from '../../scripts/replicas/round-robin-proxy.js';
import { waitFor } from '../fixtures/email/harness.js';
import { FAKE_TEAM, FakeSlackApi } from '../fixtures/slack/fake-slack-api.js';
import { STAFF_CHANNEL } from '../fixtures/slack/harness.js';
import { mentionEvent } from '../fixtures/slack/payloads.js';
import { postEvent, SIGNING_SECRET } from '../fixtures/slack/signing.js';
import { FakeConnector } from '../fixtures/teams/fake-connector.js';
import { loadActivity, personalConversation, postActivity, STAFF_AAD_ID } from '../fixtures/teams/harness.js';
import { freePort, serveArcp, workFolder, type ArcpServing } from '../support/arcp-process.js';
import { freshPgDatabase, POSTGRES_URL } from '../support/postgres.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Teams and Slack traffic on two `arcp serve` replicas sharing one PostgreSQL, behind a round-robin proxy:
 * activities and events answered once whichever replica gets them, the same activity or event delivered to
 * both at once answered once, a ticket's staff notice posted once, and one replica killed without the
 * channels noticing. The Bot Framework connector and the Slack Web API are local fakes.
 */
describe.skipIf(!POSTGRES_URL)('Teams and Slack on two replicas of one PostgreSQL', () => {
  let connector: FakeConnector;
  let slack: FakeSlackApi;
  let proxy: Proxy;
  const replicas: ArcpServing[] = [];
  const cwd = workFolder();

  beforeAll(async () => {
    connector = await FakeConnector.start();
    slack = await FakeSlackApi.start();
    const url = await freshPgDatabase();
    for (const name of ['a', 'b']) {
      replicas.push(await serveArcp({ cwd, env: {
        PORT: String(await freePort()), ARCP_DATA_DIR: join(cwd, `data-${name}`), ARCP_CORPUS_DIR: join(cwd, 'corpus'), DATABASE_URL: url,
        TEAMS_ENABLED: 'true', TEAMS_STAFF_AAD_IDS: STAFF_AAD_ID, TEAMS_SEND_TIMEOUT_MS: '3000',
        SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.url, SLACK_STAFF_CHANNEL_ID: STAFF_CHANNEL,
        ARCP_TURN_DEADLINE_MS: '8000', ARCP_LEADER_RETRY_MS: '300', LOG_LEVEL: 'warn',
      } }));
    }
    proxy = await startRoundRobinProxy(replicas.map((r) => r.url));
  }, 120_000);

  afterAll(async () => {
    await proxy?.close();
    for (const r of replicas) await r.stop().catch(() => {});
    await connector?.close();
    await slack?.close();
  });

  const teamsReplies = (activity: { id: string }) => connector.calls.filter((c) => c.route === 'reply' && c.activityId === activity.id);
  const slackPosts = (ts: string) => slack.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === ts);
  const teamsQuestion = (suffix: string) => loadActivity('teams-personal-message-en', connector, { conversation: personalConversation(suffix) });
  const slackQuestion = (text: string) => mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> ${text}` });

  it('answers each Teams activity and Slack event once, whichever replica gets it, also when both get it', async () => {
    const activities = ['t1', 't2', 't3', 't4'].map(teamsQuestion);
    const events = [1, 2, 3, 4].map(() => slackQuestion('What are the objectives of the ARCP?'));
    const statuses = await Promise.all([
      ...activities.map(async (a) => (await postActivity(proxy.url, a)).status),
      ...events.map(async (e) => (await postEvent(`${proxy.url}/slack/events`, e)).status),
    ]);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // The same activity and the same event delivered to both replicas at the same moment.
    const twiceTeams = teamsQuestion('twice');
    const twiceSlack = slackQuestion('What are the objectives of the ARCP?');
    await Promise.all(replicas.flatMap((r) => [postActivity(r.url, twiceTeams), postEvent(`${r.url}/slack/events`, twiceSlack)]));
    for (const a of [...activities, twiceTeams]) await waitFor(`a Teams reply to ${a.id}`, () => teamsReplies(a).length > 0, 30_000);
    for (const e of [...events, twiceSlack]) await waitFor(`a Slack answer in ${e.event.ts}`, () => slackPosts(e.event.ts).length > 0, 30_000);
    await sleep(1500);
    expect([...activities, twiceTeams].map((a) => teamsReplies(a).length)).toEqual([1, 1, 1, 1, 1]);
    expect([...events, twiceSlack].map((e) => slackPosts(e.event.ts).length)).toEqual([1, 1, 1, 1, 1]);
    expect(proxy.forwarded.size).toBe(2);
  }, 120_000);

  it('posts a Slack ticket notice to the staff channel once, and keeps answering with one replica killed', async () => {
    const request = slackQuestion('Please register our delegation for the next ARCP meeting.');
    await postEvent(`${proxy.url}/slack/events`, request);
    const ack = await slack.waitFor('chat.postMessage', (a) => a.thread_ts === request.event.ts && /ARCP-\d{5}/.test(String(a.text)), 30_000);
    const ticketId = /ARCP-\d{5}/.exec(String(ack.args.text))![0];
    const notices = () => slack.callsOf('chat.postMessage').filter((c) => c.args.channel === STAFF_CHANNEL && JSON.stringify(c.args).includes(ticketId));
    await waitFor('the staff notice', () => notices().length > 0, 30_000);

    await replicas[0].kill();
    const activity = teamsQuestion('after-kill');
    const event = slackQuestion('What are the objectives of the ARCP?');
    expect((await postActivity(proxy.url, activity)).status).toBe(200);
    expect((await postEvent(`${proxy.url}/slack/events`, event)).status).toBe(200);
    await waitFor('a Teams reply from the survivor', () => teamsReplies(activity).length > 0, 30_000);
    await waitFor('a Slack answer from the survivor', () => slackPosts(event.event.ts).length > 0, 30_000);
    await sleep(1500);
    expect(notices()).toHaveLength(1);
    expect([teamsReplies(activity).length, slackPosts(event.event.ts).length]).toEqual([1, 1]);
  }, 120_000);
});
