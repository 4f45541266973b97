import { z } from 'zod';
import type { PayloadKind } from './receiver.js';

/**
 * The fields Bolt reads before any listener runs, in the types it assumes. Bolt finds the conversation
 * and the user of each request (`getTypeAndConversation` in its helpers, `buildSource` in App) with
 * `typeof x === 'object'` checks that let `null` through, so a signed event with `"channel": null`,
 * `"user": null` or `"authorizations": [null]` threw inside Bolt and became a 500. Checked here, such a
 * payload is refused as malformed before Bolt sees it. Everything else is left to the listeners.
 */
const idObject = z.object({ id: z.string().optional() }).passthrough();
const userField = z.union([z.string(), idObject]);
const channelField = z.union([z.string(), z.object({}).passthrough()]);

const eventBody = z.object({
  authorizations: z.array(z.object({}).passthrough()).optional(),
  event: z.object({
    type: z.string(),
    user: userField.optional(),
    channel: channelField.optional(),
    channel_id: z.string().optional(),
    item: z.object({}).passthrough().optional(),
    subteam: z.object({}).passthrough().optional(),
  }).passthrough(),
}).passthrough();

const interactionBody = z.object({
  user: z.object({ id: z.string().min(1) }).passthrough(),
  channel: z.object({ id: z.string().min(1) }).passthrough().optional(),
  team: z.object({ id: z.string().optional() }).passthrough().nullable().optional(),
  enterprise: z.object({ id: z.string().optional() }).passthrough().nullable().optional(),
}).passthrough();

const commandBody = z.object({ user_id: z.string(), channel_id: z.string().optional(), team_id: z.string().optional() }).passthrough();

/** Whether Bolt can take this verified payload without throwing on its shape. */
export function boltCanRead(body: Record<string, unknown>, kind: PayloadKind): boolean {
  const schema = kind === 'event' ? eventBody : kind === 'command' ? commandBody : interactionBody;
  return schema.safeParse(body).success;
}
