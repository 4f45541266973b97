import type { ChannelRegistry } from '../channel/registry.js';
import type { OutboundReply } from '../channel/types.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ConversationStore } from '../store/conversation-store.js';
import { assertDraftTransition, draftNotFound } from './transitions.js';
import type { Draft, DraftQueue, DraftStatus } from './types.js';

export interface DraftServiceDeps {
  queue: DraftQueue;
  channels: ChannelRegistry;
  conversations: ConversationStore;
  logger: Logger;
}

/**
 * What staff do with drafts from any staff surface: list, read, approve (as written or edited) or reject.
 * Approving delivers the reply in the asker's original thread through the channel registry; a delivery
 * that fails leaves the draft approved, and `redeliverApproved` sends it later.
 */
export class DraftService {
  constructor(private readonly deps: DraftServiceDeps) {}

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
    const current = await this.mustGet(id);
    // Approving again an approved draft retries its delivery (the first attempt failed).
    if (current.status === 'approved') return this.deliver(current);
    assertDraftTransition(current, 'approve');
    return this.deliver(await this.deps.queue.approve(id, staff, editedText));
  }

  async reject(id: string, staff: string, reason?: string): Promise<Draft> {
    const draft = await this.deps.queue.reject(id, staff, reason);
    this.deps.logger.info({ draftId: id, staff }, 'draft rejected');
    return draft;
  }

  /** Sends approved drafts whose delivery failed, for channels running in this process. */
  async redeliverApproved(): Promise<Draft[]> {
    const sent: Draft[] = [];
    for (const draft of await this.deps.queue.list({ status: ['approved'] })) {
      if (!this.deps.channels.has(draft.ref.channel)) continue;
      try {
        sent.push(await this.deliver(draft));
      } catch (err) {
        this.deps.logger.warn({ err, draftId: draft.id }, 'approved draft still not delivered');
      }
    }
    return sent;
  }

  /** The reply as it will be sent: the staff member's text replaces the draft's when they edited it. */
  static replyOf(draft: Draft): OutboundReply {
    return draft.editedText ? { ...draft.reply, text: draft.editedText } : draft.reply;
  }

  private async deliver(draft: Draft): Promise<Draft> {
    const reply = DraftService.replyOf(draft);
    try {
      await this.deps.channels.get(draft.ref.channel).send(draft.ref, reply);
    } catch (cause) {
      this.deps.logger.warn({ err: cause, draftId: draft.id, channel: draft.ref.channel }, 'approved draft not delivered; will retry');
      throw new AppError('SEND_FAILED', `draft ${draft.id} is approved but could not be sent yet`, { cause, details: { draftId: draft.id } });
    }
    const sent = await this.deps.queue.markSent(draft.id);
    this.deps.conversations.recordOutbound(draft.ref, reply);
    this.deps.logger.info({ draftId: draft.id, staff: draft.decidedBy, edited: Boolean(draft.editedText) }, 'draft approved and sent');
    return sent;
  }

  private async mustGet(id: string): Promise<Draft> {
    const draft = await this.deps.queue.get(id);
    if (!draft) throw draftNotFound(id);
    return draft;
  }
}
