import { REQUEST_INTENTS, type Intent } from '../intents/types.js';

export type NoPositionPolicy = 'offer' | 'ticket';

export type Decision =
  | { action: 'help' }
  | { action: 'ticket' }
  | { action: 'answer' }
  | { action: 'no-position'; openTicket: boolean }
  | { action: 'feedback' };

/** What to do with a message once its intent is known (before retrieval). */
export function decideByIntent(intent: Intent, policy: NoPositionPolicy): Decision {
  if (intent === 'greeting') return { action: 'help' };
  if (intent === 'feedback') return { action: 'feedback' };
  if (REQUEST_INTENTS.has(intent)) return { action: 'ticket' };
  if (intent === 'out-of-scope') return { action: 'no-position', openTicket: policy === 'ticket' };
  return { action: 'answer' };
}
