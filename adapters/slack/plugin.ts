import type { ChannelPlugin } from '../../src/channel/plugin.js';
import { createBolt, type SlackConfig } from './bolt-app.js';
import { checkSlackCredentials } from './credentials.js';
import { SlackFileUploads } from './file-upload.js';
import { ACTIONS } from './render.js';
import { SlackChannel } from './slack-channel.js';
import { SlackStaffNotifier } from './staff-channel.js';
import { registerStaffHandlers } from './staff-handlers.js';
import { StaffMessages } from './staff-messages.js';
import { StaffNames } from './staff-names.js';
import { REPLY_MODAL, STAFF_ACTIONS } from './staff-render.js';
import { registerUserHandlers } from './user-handlers.js';

export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * Slack: mentions, DMs and the slash command answered with cited Block Kit replies, and (with a staff
 * channel id) tickets that staff claim, answer and close from Slack. On when SLACK_BOT_TOKEN is set.
 */
export const slackPlugin: ChannelPlugin<SlackConfig> = {
  kind: 'channel',
  name: 'slack',
  configOf: (config) => (config.slack.botToken ? config.slack : undefined),
  checkCredentials: checkSlackCredentials,
  async start(host) {
    const { config, logger } = host;
    const setup = await createBolt({ config, logger, handles: (body, kind) => handles(config, body, kind) });
    const uploads = new SlackFileUploads({ client: setup.client, onceClient: setup.onceClient, files: host.files, state: host.state, logger, timeoutMs: config.timeoutMs });
    const channel = new SlackChannel(setup.client, logger, { uploads, link: (id) => host.files.link(id), onceClient: setup.onceClient });
    // A post that may have arrived (a retry, a crash during it) is looked for in the thread by its delivery id before it is sent again.
    host.delivery.channel(channel, { inDoubt: 'hold', confirm: (d) => channel.confirm(d) });
    registerUserHandlers(setup.bolt, { turns: host.turns, channel, logger, client: setup.client, identity: setup.identity, command: config.command });
    if (config.staffChannelId) {
      const deps = { client: setup.client, staffChannelId: config.staffChannelId, store: new StaffMessages(host.state), logger };
      host.staff.surface(new SlackStaffNotifier({ ...deps, channel }));
      registerStaffHandlers(setup.bolt, { ...deps, staff: host.staff, names: new StaffNames(setup.client, logger) });
    }
    if (setup.receiver) host.http.router.post(SLACK_EVENTS_PATH, setup.receiver.handle);
    await setup.start();
    logger.info({ mode: setup.receiver ? 'http' : 'socket', path: setup.receiver ? SLACK_EVENTS_PATH : undefined, staffChannel: Boolean(config.staffChannelId) }, 'Slack ready');
    return { stop: () => setup.stop() };
  },
};

const USER_ACTIONS = new Set<string>(Object.values(ACTIONS));
const STAFF_ACTION_IDS = new Set<string>(Object.values(STAFF_ACTIONS));

/** Whether a command or interaction is one of ours (others are acknowledged without a listener). */
function handles(config: SlackConfig, body: Record<string, unknown>, kind: 'command' | 'block_actions' | 'view'): boolean {
  if (kind === 'command') return body.command === config.command;
  if (kind === 'view') return Boolean(config.staffChannelId) && (body.view as { callback_id?: unknown } | undefined)?.callback_id === REPLY_MODAL && body.type === 'view_submission';
  const actionId = (body.actions as { action_id?: unknown }[])[0]?.action_id;
  if (typeof actionId !== 'string') return false;
  return USER_ACTIONS.has(actionId) || (Boolean(config.staffChannelId) && STAFF_ACTION_IDS.has(actionId));
}
