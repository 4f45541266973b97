import type { OutboundReply } from '../channel/types.js';
import { conversationKey } from '../core/conversation-log.js';
import type { Deliveries } from '../delivery/deliveries.js';
import type { Delivery, DeliveryInput } from '../delivery/types.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { assertDraftTransition, draftNotFound } from './transitions.js';
import type { Draft, DraftQueue, DraftStatus } from './types.js';

export interface DraftServiceDeps {
  queue: DraftQueue;
  deliveries: Deliveries;
  logger: Logger;
}

/**
 * What staff do with drafts from any staff surface: list, read, approve (as written or edited) or reject.
 * Approving queues the reply for the asker's original thread and tries it at once; one the channel
 * refuses stays approved, and the delivery queue sends it when the channel is back.
 */
export class DraftService {
  constructor(private readonly deps: DraftServiceDeps) {
    deps.deliveries.afterSent((d) => this.afterSent(d));
  }

  list(filter: { status?: DraftStatus[]; limit?: number } = {}): Promise<Draft[]> {
    return this.deps.queue.list(filter);
  }

  get(id: string): Promise<Draft | undefined> {
    return this.deps.queue.get(id);
  }

  /** Holds a reply for approval; idempotent on the inbound message id. */
  create(input: Parameters<DraftQueue['create']>[0]): Promise<Draft> {
    return this.deps.queue.create(input);
  }

  /** Approves (with the staff member's edits, if any) and sends; throws SEND_FAILED if the channel is down. */
  async approve(id: string, staff: string, editedText?: string): Promise<Draft> {
    let approved = await this.mustGet(id);
    // Approving again an approved draft sends it now (its first attempt failed).
    if (approved.status !== 'approved') {
      assertDraftTransition(approved, 'approve');
      approved = await this.deps.queue.approve(id, staff, editedText);
    }
    const delivery = await this.deps.deliveries.sendNow(draftDelivery(approved));
    if (delivery.status !== 'sent') {
      throw new AppError('SEND_FAILED', `draft ${id} is approved but could not be sent yet`, { details: { draftId: id, reason: delivery.lastError } });
    }
    this.deps.logger.info({ draftId: id, staff: approved.decidedBy, edited: Boolean(approved.editedText) }, 'draft approved and sent');
    return this.mustGet(id);
  }

  async reject(id: string, staff: string, reason?: string): Promise<Draft> {
    const draft = await this.deps.queue.reject(id, staff, reason);
    this.deps.logger.info({ draftId: id, staff }, 'draft rejected');
    return draft;
  }

  /** Drafts approved before the delivery queue existed, still to send. */
  async enqueueApproved(): Promise<void> {
    for (const d of await this.deps.queue.list({ status: ['approved'] })) await this.deps.deliveries.enqueue(draftDelivery(d));
  }

  /** The reply as it will be sent: the staff member's text replaces the draft's when they edited it. */
  static replyOf(draft: Draft): OutboundReply {
    return draft.editedText ? { ...draft.reply, text: draft.editedText } : draft.reply;
  }

  private async afterSent(d: Delivery): Promise<void> {
    if (d.kind !== 'draft') return;
    await this.deps.queue.markSent(String(d.payload.draftId)).catch((err: unknown) => {
      if (!AppError.is(err, 'DRAFT_STATE')) throw err;
    });
  }

  private async mustGet(id: string): Promise<Draft> {
    const draft = await this.deps.queue.get(id);
    if (!draft) throw draftNotFound(id);
    return draft;
  }
}

function draftDelivery(draft: Draft): DeliveryInput {
  return {
    channel: draft.ref.channel, key: `draft:${draft.id}`, kind: 'draft', subject: conversationKey(draft.ref), ref: draft.ref,
    payload: { reply: DraftService.replyOf(draft), draftId: draft.id },
  };
}
