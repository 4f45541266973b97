/**
 * Ids seen lately, bounded in count and age. Slack retries an event it thinks we missed, and one message
 * can arrive both as `app_mention` and as `message`: the core's idempotency records an id only once its
 * turn is over, so a repeat that arrives while the first is still being answered is stopped here.
 */
export class RecentIds {
  private readonly seen = new Map<string, number>();

  constructor(private readonly max = 10_000, private readonly ttlMs = 30 * 60 * 1000) {}

  /** True the first time an id is seen within the window; false for a repeat. */
  add(id: string, now = Date.now()): boolean {
    this.evict(now);
    if (this.seen.has(id)) return false;
    this.seen.set(id, now);
    return true;
  }

  has(id: string, now = Date.now()): boolean {
    this.evict(now);
    return this.seen.has(id);
  }

  private evict(now: number): void {
    for (const [id, at] of this.seen) {
      if (this.seen.size <= this.max && now - at < this.ttlMs) break;
      this.seen.delete(id);
    }
  }
}
