import type { InboundAction } from '../channel/types.js';
import type { AuditLog } from './audit-log.js';

/** How many replies back "Ask the secretariat" may look: from the 👎 offer to the answer it judged. */
const MAX_HOPS = 3;

/**
 * The question "Ask the secretariat" passes on: the one the reply under the button answered, read from
 * that reply's audit record (following a 👍/👎 offer back to the answer it was about), else the question
 * the button itself carries. Never the conversation's latest question: the button may sit under an
 * earlier answer, and a ticket for another question sends staff after the wrong thing.
 */
export async function escalatedQuestion(audit: Pick<AuditLog, 'get'>, action: Extract<InboundAction, { type: 'ask-secretariat' }>): Promise<string | undefined> {
  let replyId = action.replyId;
  for (let hop = 0; replyId && hop < MAX_HOPS; hop++) {
    const record = await audit.get(replyId);
    if (!record) break;
    const question = (record.resolvedQuestion ?? record.question).trim();
    if (question) return question;
    replyId = record.aboutReplyId;
  }
  return action.question?.trim() || undefined;
}
