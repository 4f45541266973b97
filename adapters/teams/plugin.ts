import type { ChannelPlugin } from '../../src/channel/plugin.js';
import type { Config } from '../../src/config.js';
import { BotConnector } from './bot-adapter.js';
import { TeamsBot } from './bot.js';
import { checkTeamsCredentials } from './credentials.js';
import { mountMessagesRoute } from './messages-route.js';
import { TeamsStaffActions } from './staff-actions.js';
import { configuredStaffChannel, TeamsStaffChannel } from './staff-channel.js';
import { TeamsState } from './state.js';
import { TeamsChannel } from './teams-channel.js';

/** Microsoft Teams through the Bot Framework: `POST /api/messages`, proactive replies, a staff channel. */
export const teamsPlugin: ChannelPlugin<Config['teams']> = {
  kind: 'channel',
  name: 'teams',
  configOf: (config) => (config.teams.enabled ? config.teams : undefined),
  checkCredentials: checkTeamsCredentials,
  async start(host) {
    const { config, logger } = host;
    const connector = new BotConnector(config);
    const state = new TeamsState(host.state);
    const staffChannel = new TeamsStaffChannel({ connector, state, logger, configured: configuredStaffChannel(config) });
    const staffActions = new TeamsStaffActions({ staff: host.staff, staffChannel, staffIds: config.staffIds, logger });
    const bot = new TeamsBot({ turns: host.turns, logger, staffActions, state });
    // Bot Framework has no way to ask whether an interrupted post arrived: such a delivery is held for staff.
    host.delivery.channel(new TeamsChannel(connector, state, (id) => host.files.link(id)), { inDoubt: 'hold' });
    host.staff.surface(staffChannel);
    mountMessagesRoute({ router: host.http.router, connector, bot, logger });
    if (!config.authEnabled) {
      logger.warn('Teams runs WITHOUT Bot Framework authentication (no MicrosoftAppId): /api/messages accepts loopback requests only, for the Bot Framework Emulator');
    }
    if (config.staffIds.length === 0) logger.info('TEAMS_STAFF_AAD_IDS is empty: nobody can register a Teams staff channel');
    if (config.staffChannelId) logger.info({ teamId: config.staffTeamId, channelId: config.staffChannelId }, 'Teams staff channel set in the configuration');
    return { stop: async () => {} };
  },
};
