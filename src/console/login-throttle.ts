/**
 * Slows password guessing against one account: after `maxFailures` wrong passwords within the window,
 * sign-in for that email is refused until the window has passed. In memory: a restart forgets it, which
 * costs an attacker a restart they cannot cause.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: { maxFailures: number; windowMs: number } = { maxFailures: 5, windowMs: 15 * 60_000 }) {}

  blocked(key: string, now = Date.now()): boolean {
    return this.recent(key, now).length >= this.options.maxFailures;
  }

  fail(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.options.windowMs);
    if (list.length === 0) this.failures.delete(key);
    return list;
  }
}
