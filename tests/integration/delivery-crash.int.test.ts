import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackRef } from '../../adapters/slack/inbound.js';
import { slackPlugin } from '../../adapters/slack/plugin.js';
import { teamsPlugin } from '../../adapters/teams/plugin.js';
import { createApp } from '../../src/app.js';
import type { ServerPlugin } from '../../src/channel/plugin.js';
import type { ConversationRef } from '../../src/channel/types.js';
import { loadConfig, type Env } from '../../src/config.js';
import type { Delivery } from '../../src/delivery/types.js';
import { silentLogger } from '../../src/logger.js';
import { serve, type RunningAssistant } from '../../src/main.js';
import type { CrashPoint } from '../fixtures/delivery/crash-hooks.js';
import { runUntilCrash, startWorker } from '../fixtures/delivery/crash.js';
import { FakeSlackApi } from '../fixtures/slack/fake-slack-api.js';
import { SIGNING_SECRET } from '../fixtures/slack/signing.js';
import { activityText, FakeConnector } from '../fixtures/teams/fake-connector.js';
import { pdfWithArabicLines } from '../support/pdf.js';

/**
 * A staff answer on its way to Slack or Teams when the server is killed (SIGKILL) — before the post, or
 * after Slack or Teams took it — is delivered exactly once by the server that comes back. Slack is asked
 * whether the post arrived (its metadata carries the delivery id); Teams cannot be asked, so a delivery
 * interrupted after its post is held for staff as a dead letter rather than sent twice.
 */
interface Remote {
  env: Env;
  plugin: ServerPlugin;
  ref(n: number): ConversationRef;
  /** Posts the asker has received that contain this text. */
  received(text: string): number;
  close(): Promise<void>;
}

async function slackRemote(): Promise<Remote> {
  const fake = await FakeSlackApi.start();
  return {
    env: { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.url },
    plugin: slackPlugin,
    ref: (n) => slackRef({ channel: 'C0CRASH', threadTs: `1700000000.00010${n}` }),
    received: (text) => fake.callsOf('chat.postMessage').filter((c) => c.response?.ok && String(c.args.text).includes(text)).length,
    close: () => fake.close(),
  };
}

async function teamsRemote(): Promise<Remote> {
  const connector = await FakeConnector.start();
  return {
    env: { TEAMS_ENABLED: 'true', TEAMS_SEND_TIMEOUT_MS: '3000' },
    plugin: teamsPlugin,
    ref: (n) => {
      const conversation = { conversationType: 'personal', id: `a:1crash-${n}` };
      const replyHandle = { channelId: 'msteams', serviceUrl: connector.url, conversation, user: { id: '29:1asker' }, bot: { id: '28:bot' } };
      return { channel: 'teams', conversationId: conversation.id, replyHandle };
    },
    received: (text) => connector.calls.filter((c) => c.responseId && activityText(c.body).includes(text)).length,
    close: () => connector.close(),
  };
}

const scenarios: [string, () => Promise<Remote>, CrashPoint, Delivery['status']][] = [
  ['Slack', slackRemote, 'before-send', 'sent'],
  ['Slack', slackRemote, 'after-send', 'sent'],
  ['Teams', teamsRemote, 'before-send', 'sent'],
  ['Teams', teamsRemote, 'after-send', 'dead'],
];

describe.each(scenarios)('%s: the server is killed %s of a staff answer', (_name, makeRemote, point, finalStatus) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'arcp-crash-'));
  // Nothing here needs documents: an empty corpus keeps each start-up short.
  const corpusDir = mkdtempSync(join(tmpdir(), 'arcp-crash-corpus-'));
  let remote: Remote;
  let env: Env;
  let running: RunningAssistant | undefined;

  beforeAll(async () => {
    remote = await makeRemote();
    env = {
      PORT: '0', LOG_LEVEL: 'silent', ARCP_CORPUS_DIR: corpusDir, ARCP_DATA_DIR: dataDir,
      // The killed server's hold on the delivery runs out after a second, not minutes.
      ARCP_DELIVERY_LEASE_MS: '1000', ARCP_DELIVERY_RETRY_BASE_MS: '200', ...remote.env,
    };
  });
  afterAll(async () => {
    await running?.stop();
    await remote?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(corpusDir, { recursive: true, force: true });
  });

  it(`reaches the asker once (${finalStatus === 'dead' ? 'held for staff when Teams cannot say it arrived' : 'once, whatever the crash'})`, async () => {
    const answer = `Your request is registered (${point}).`;
    // Answered from the command line: no channel runs there, so the answer waits in the queue.
    const cli = await createApp(loadConfig(env), silentLogger());
    const ticket = await cli.tickets.open({ sourceMessageId: `crash:${point}`, ref: remote.ref(point === 'before-send' ? 1 : 2), sender: { id: 'asker' }, question: 'Please register us.', lang: 'en', category: 'registration' });
    expect((await cli.staff.reply(ticket.id, 'Enas', answer)).delivered).toBe(false);
    await cli.close();

    const { signal, out } = await runUntilCrash(remote.plugin.name as 'slack' | 'teams', point, env);
    expect(signal).toBe('SIGKILL');
    expect(out).toContain(`dying ${point}`);
    expect(remote.received(answer)).toBe(point === 'before-send' ? 0 : 1);

    running = await serve(loadConfig(env), silentLogger(), [remote.plugin]);
    const delivery = async () => (await running!.app.deliveries.list()).find((d) => d.kind === 'staff-answer');
    await expect.poll(async () => (await delivery())?.status, { timeout: 10_000 }).toBe(finalStatus);
    await new Promise((r) => setTimeout(r, 500));
    expect(remote.received(answer)).toBe(1);
    if (finalStatus === 'dead') expect((await delivery())?.lastError).toMatch(/in doubt/);
    else expect((await running.app.tickets.get(ticket.id))?.deliveredAt).toBeDefined();
  }, 60_000);
});

/**
 * A staff answer with a document, the server killed while Slack had not answered one of the calls: the
 * answer's post (the file was shared: it is not shared again, the answer needs no link) or the share itself
 * (Slack may have shared it or not: it is not tried again, the answer links to the document instead).
 */
const uploadCrashes: [string, string, { shares: number; link: boolean }][] = [
  ['after the document was shared, before the answer was posted', 'chat.postMessage', { shares: 1, link: false }],
  ['while Slack was sharing the document', 'files.completeUploadExternal', { shares: 0, link: true }],
];

describe.each(uploadCrashes)('Slack: the server is killed %s', (_when, heldCall, expected) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'arcp-crash-upload-'));
  const corpusDir = mkdtempSync(join(tmpdir(), 'arcp-crash-corpus-'));
  const thread = '1700000000.000109';
  let fake: FakeSlackApi;
  let running: RunningAssistant | undefined;

  beforeAll(async () => (fake = await FakeSlackApi.start()));
  afterAll(async () => {
    await running?.stop();
    await fake?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(corpusDir, { recursive: true, force: true });
  });

  it(`uploads the document at most once and posts the answer once${expected.link ? ', with a link to the document' : ''}, from the server that comes back`, async () => {
    const env: Env = {
      PORT: '0', LOG_LEVEL: 'silent', ARCP_CORPUS_DIR: corpusDir, ARCP_DATA_DIR: dataDir, ARCP_DELIVERY_LEASE_MS: '1000', ARCP_DELIVERY_RETRY_BASE_MS: '200',
      SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.url,
    };
    const pdf = pdfWithArabicLines(['جدول الأعمال المؤقت']);
    const answer = 'تجدون جدول الأعمال المؤقت مرفقاً.';
    const cli = await createApp(loadConfig(env), silentLogger());
    const ref = slackRef({ channel: 'C0CRASH', threadTs: thread });
    const ticket = await cli.tickets.open({ sourceMessageId: 'crash:upload', ref, sender: { id: 'asker' }, question: 'أرجو إرسال جدول الأعمال', lang: 'ar', category: 'documents' });
    expect((await cli.staff.reply(ticket.id, 'كريم', answer, { attachment: { filename: 'جدول الأعمال.pdf', bytes: pdf } })).delivered).toBe(false);
    await cli.close();

    // The call never gets Slack's answer: the server is killed while it waits.
    fake.holdNext(heldCall);
    const worker = startWorker('slack', 'nowhere', env);
    await fake.waitFor(heldCall, () => true, 30_000);
    worker.child.kill('SIGKILL');
    expect(await worker.exited).toBe('SIGKILL');

    running = await serve(loadConfig(env), silentLogger(), [slackPlugin]);
    const delivery = async () => (await running!.app.deliveries.list()).find((d) => d.kind === 'staff-answer');
    await expect.poll(async () => (await delivery())?.status, { timeout: 10_000 }).toBe('sent');
    const answers = fake.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === thread && c.response?.ok);
    expect(answers).toHaveLength(1);
    expect(JSON.stringify(answers[0].args.blocks).includes('/files/')).toBe(expected.link);
    expect(fake.files.sharedIn('C0CRASH', thread)).toHaveLength(expected.shares);
    expect(fake.callsOf('files.getUploadURLExternal')).toHaveLength(1);
    expect(fake.callsOf('files.completeUploadExternal')).toHaveLength(1);
  }, 60_000);
});
