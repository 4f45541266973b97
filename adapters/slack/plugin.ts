import type { AppServices } from '../../src/app.js';
import type { ChannelPlugin } from '../../src/channel/plugin.js';
import type { Logger } from '../../src/logger.js';
import { createBolt, type SlackConfig } from './bolt-app.js';
import { RecentIds } from './recent-ids.js';
import { ACTIONS } from './render.js';
import { SlackChannel } from './slack-channel.js';
import { SlackStaffNotifier } from './staff-channel.js';
import { registerStaffHandlers } from './staff-handlers.js';
import type { StaffMessageStore } from './staff-messages.js';
import { StaffNames } from './staff-names.js';
import { REPLY_MODAL, STAFF_ACTIONS } from './staff-render.js';
import { registerUserHandlers } from './user-handlers.js';

export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * Slack: mentions, DMs and the slash command answered with cited Block Kit replies, and (with a staff
 * channel id) tickets that staff claim, answer and close from Slack. On when SLACK_BOT_TOKEN is set.
 */
export const slackPlugin: ChannelPlugin = {
  name: 'slack',
  enabled: (config) => Boolean(config.slack.botToken),
  async start({ app, router }) {
    const config = app.config.slack;
    const logger = app.logger.child({ channel: 'slack' });
    const setup = await createBolt({ config, logger, seenEvents: new RecentIds(), handles: (body, kind) => handles(config, body, kind) });
    const channel = new SlackChannel(setup.client, logger);
    app.channels.register(channel);
    const turn = { handle: app.assistant.handle, channel, logger, recent: new RecentIds() };
    registerUserHandlers(setup.bolt, { ...turn, client: setup.client, identity: setup.identity, command: config.command });
    if (config.staffChannelId) {
      const store: StaffMessageStore = app.slackStaffMessages;
      const deps = { client: setup.client, staffChannelId: config.staffChannelId, store, logger };
      app.staff.addNotifier(new SlackStaffNotifier({ ...deps, channel }));
      registerStaffHandlers(setup.bolt, { ...deps, staff: app.staff, tickets: app.tickets, names: new StaffNames(setup.client, logger) });
    }
    if (setup.receiver) router.post(SLACK_EVENTS_PATH, setup.receiver.handle);
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

