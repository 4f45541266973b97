import type { ServerPlugin } from '../src/channel/plugin.js';
import { webChatPlugin } from './web/web-plugin.js';
import { consolePlugin } from './web/console/plugin.js';
import { emailPlugin } from './email/plugin.js';
import { slackPlugin } from './slack/plugin.js';
import { teamsPlugin } from './teams/plugin.js';

/** Every channel the server can run (each switches itself on from the configuration), and the console. */
export const channelPlugins: ServerPlugin[] = [webChatPlugin, emailPlugin, slackPlugin, teamsPlugin, consolePlugin];
