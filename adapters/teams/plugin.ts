import type { ChannelPlugin } from '../../src/channel/plugin.js';
import { BotConnector } from './bot-adapter.js';
import { onTurnError, TeamsBot } from './bot.js';
import { mountMessagesRoute } from './messages-route.js';
import { TeamsStaffActions } from './staff-actions.js';
import { TeamsStaffChannel } from './staff-channel.js';
import type { TeamsState } from './state.js';
import { TeamsChannel } from './teams-channel.js';

/** Microsoft Teams through the Bot Framework: `POST /api/messages`, proactive replies, a staff channel. */
export const teamsPlugin: ChannelPlugin = {
  name: 'teams',
  enabled: (config) => config.teams.enabled,
  async start({ app, router }) {
    const config = app.config.teams;
    const logger = app.logger.child({ channel: 'teams' });
    const connector = new BotConnector(config);
    const state: TeamsState = app.teamsStore;
    const staffChannel = new TeamsStaffChannel({ connector, state, logger });
    const staffActions = new TeamsStaffActions({ app, staffChannel, staffIds: config.staffIds, logger });
    const bot = new TeamsBot({ app, logger, staffActions });
    connector.adapter.onTurnError = onTurnError(logger);
    app.channels.register(new TeamsChannel(connector));
    app.staff.addNotifier(staffChannel);
    mountMessagesRoute({ router, connector, bot, logger });
    if (!config.authEnabled) {
      logger.warn('Teams runs WITHOUT Bot Framework authentication (no MicrosoftAppId): /api/messages accepts loopback requests only, for the Bot Framework Emulator');
    }
    if (config.staffIds.length === 0) logger.info('TEAMS_STAFF_AAD_IDS is empty: nobody can register a Teams staff channel');
    return { stop: async () => {} };
  },
};
