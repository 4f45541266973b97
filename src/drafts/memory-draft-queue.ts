import type { Draft, DraftQueue, DraftStatus } from './types.js';
import { assertDraftTransition, assertStaffName, draftNotFound, formatDraftId, NEXT_DRAFT_STATUS, type DraftAction } from './transitions.js';

/** In-memory twin of the draft queue, for tests and the contract suite. */
export class MemoryDraftQueue implements DraftQueue {
  private readonly drafts: Draft[] = [];
  private readonly bySource = new Map<string, string>();

  async create(input: Parameters<DraftQueue['create']>[0]): Promise<Draft> {
    const existing = this.bySource.get(input.sourceMessageId);
    if (existing) return structuredClone(this.mustGet(existing));
    const draft: Draft = {
      id: formatDraftId(this.drafts.length + 1),
      status: 'pending',
      ref: structuredClone(input.ref),
      sender: structuredClone(input.sender),
      question: input.question,
      reply: structuredClone(input.reply),
      createdAt: new Date().toISOString(),
    };
    this.drafts.push(draft);
    this.bySource.set(input.sourceMessageId, draft.id);
    return structuredClone(draft);
  }

  async get(id: string): Promise<Draft | undefined> {
    const draft = this.drafts.find((d) => d.id === id);
    return draft && structuredClone(draft);
  }

  async list(filter: { status?: DraftStatus[]; limit?: number } = {}): Promise<Draft[]> {
    const found = this.drafts.filter((d) => !filter.status?.length || filter.status.includes(d.status));
    return structuredClone(filter.limit === undefined ? found : found.slice(0, filter.limit));
  }

  async approve(id: string, staff: string, editedText?: string): Promise<Draft> {
    assertStaffName(staff);
    return this.decide(id, 'approve', { decidedBy: staff, editedText: editedText?.trim() || undefined });
  }

  async reject(id: string, staff: string, reason?: string): Promise<Draft> {
    assertStaffName(staff);
    return this.decide(id, 'reject', { decidedBy: staff, reason: reason?.trim() || undefined });
  }

  markSent(id: string): Promise<Draft> {
    return this.decide(id, 'markSent', {});
  }

  private async decide(id: string, action: DraftAction, changes: Partial<Draft>): Promise<Draft> {
    const draft = this.mustGet(id);
    assertDraftTransition(draft, action);
    const decided = action === 'markSent' ? {} : { decidedAt: new Date().toISOString() };
    Object.assign(draft, changes, decided, { status: NEXT_DRAFT_STATUS[action] });
    return structuredClone(draft);
  }

  private mustGet(id: string): Draft {
    const draft = this.drafts.find((d) => d.id === id);
    if (!draft) throw draftNotFound(id);
    return draft;
  }
}
