import type { ChannelPlugin } from '../src/channel/plugin.js';
import { webChatPlugin } from './web/web-plugin.js';

/** Every channel the server can run; each switches itself on from the configuration. */
export const channelPlugins: ChannelPlugin[] = [webChatPlugin];
