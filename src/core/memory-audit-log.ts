import type { AuditLog, AuditRecord, Feedback } from './audit-log.js';

/** In-memory twin of the audit log, for tests and the contract suite. */
export class MemoryAuditLog implements AuditLog {
  private readonly records: AuditRecord[] = [];
  private readonly feedback: Feedback[] = [];

  async record(audit: AuditRecord): Promise<void> {
    if (!this.records.some((r) => r.id === audit.id)) this.records.push(structuredClone(audit));
  }

  async get(id: string): Promise<AuditRecord | undefined> {
    const r = this.records.find((x) => x.id === id);
    return r && structuredClone(r);
  }

  async forConversation(key: string): Promise<AuditRecord[]> {
    return structuredClone(this.records.filter((r) => r.conversationId === key).sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
  }

  async recordFeedback(replyId: string, helpful: boolean, senderId?: string): Promise<void> {
    this.feedback.push({ replyId, helpful, senderId, createdAt: new Date().toISOString() });
  }

  /** Every record, as written (for the in-memory insights twin). */
  all(): AuditRecord[] {
    return structuredClone(this.records);
  }

  async feedbackOn(replyId: string): Promise<Feedback[]> {
    return structuredClone(this.feedback.filter((f) => f.replyId === replyId));
  }
}
