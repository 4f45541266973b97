import { z } from 'zod';
import { defineSection } from './section.js';

/**
 * Slack is off unless SLACK_BOT_TOKEN is set. With it, either a signing secret (HTTP mode: Slack posts to
 * `/slack/events`) or an app-level token (Socket Mode: no public URL needed) is required.
 */
export const slackSection = defineSection(
  {
    botToken: 'SLACK_BOT_TOKEN',
    signingSecret: 'SLACK_SIGNING_SECRET',
    appToken: 'SLACK_APP_TOKEN',
    staffChannelId: 'SLACK_STAFF_CHANNEL_ID',
    apiUrl: 'SLACK_API_URL',
    command: 'SLACK_COMMAND',
    timeoutMs: 'SLACK_TIMEOUT_MS',
  },
  z
    .object({
      botToken: z.string().optional(),
      signingSecret: z.string().optional(),
      appToken: z.string().startsWith('xapp-', 'an app-level token starts with xapp-').optional(),
      /** The channel where tickets are posted and staff claim, answer and close them. */
      staffChannelId: z.string().regex(/^[CG][A-Z0-9]{2,}$/, 'a channel id such as C0123456789').optional(),
      /** Another Web API base (tests: a local fake). Bolt's WebClient needs the trailing slash. */
      apiUrl: z.string().url().transform((u) => (u.endsWith('/') ? u : `${u}/`)).optional(),
      command: z.string().regex(/^\/[a-z0-9_-]{1,31}$/, 'a slash command such as /arcp').default('/arcp'),
      /** Timeout of every Web API call. */
      timeoutMs: z.coerce.number().int().positive().default(10_000),
    })
    .superRefine((v, ctx) => {
      if (v.botToken && !v.signingSecret && !v.appToken) {
        ctx.addIssue({ code: 'custom', path: ['signingSecret'], message: 'required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)' });
      }
      if (!v.botToken && (v.signingSecret || v.appToken || v.staffChannelId)) {
        ctx.addIssue({ code: 'custom', path: ['botToken'], message: 'required when other SLACK_ settings are set' });
      }
    }),
);
