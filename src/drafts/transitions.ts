import { AppError } from '../errors.js';
import type { Draft, DraftStatus } from './types.js';

export type DraftAction = 'approve' | 'reject' | 'markSent';

const ALLOWED_FROM: Record<DraftAction, readonly DraftStatus[]> = {
  approve: ['pending'],
  reject: ['pending'],
  // An approved draft whose delivery failed stays approved until it is sent.
  markSent: ['approved'],
};

export const NEXT_DRAFT_STATUS: Record<DraftAction, DraftStatus> = {
  approve: 'approved',
  reject: 'rejected',
  markSent: 'sent',
};

/** Shared by every draft queue so that they agree on the state machine. */
export function assertDraftTransition(draft: Draft, action: DraftAction): void {
  if (!ALLOWED_FROM[action].includes(draft.status)) {
    throw new AppError('DRAFT_STATE', `draft ${draft.id} is ${draft.status}: cannot ${action === 'markSent' ? 'mark it sent' : action} it`, {
      details: { draftId: draft.id, status: draft.status, action },
    });
  }
}

export function draftNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', `no draft ${id}`, { details: { draftId: id } });
}

export function formatDraftId(seq: number): string {
  return `D-${String(seq).padStart(5, '0')}`;
}

export function assertStaffName(staff: string): void {
  if (!staff.trim()) throw new AppError('BAD_REQUEST', 'a staff name is required to decide on a draft');
}
