/**
 * What this process does among the replicas sharing a database: for each duty that only one replica may
 * hold at a time (an email intake per mailbox…), whether it holds it, stands by, or does not know yet.
 * /readyz is ready only when every duty's role is known.
 */
export type DutyRole = 'leader' | 'standby' | 'unknown';

export class ReplicaRoles {
  private readonly duties = new Map<string, DutyRole>();

  constructor(readonly store: 'sqlite' | 'postgres') {}

  set(duty: string, role: DutyRole): void {
    this.duties.set(duty, role);
  }

  drop(duty: string): void {
    this.duties.delete(duty);
  }

  /** Every duty and its role, for /readyz and `arcp doctor`. */
  snapshot(): Record<string, DutyRole> {
    return Object.fromEntries(this.duties);
  }

  known(): boolean {
    return [...this.duties.values()].every((r) => r !== 'unknown');
  }
}
