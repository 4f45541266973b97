/** A seeded generator (mulberry32): the same seed tries the same cases, so a failure can be replayed. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  bytes(n: number): Buffer {
    return Buffer.from(Array.from({ length: n }, () => this.int(256)));
  }
}

/** Values that have broken handlers before: nulls in lists, nested arrays, wrong types, huge and odd text. */
export function oddValue(r: Random): unknown {
  return r.pick<() => unknown>([
    () => null,
    () => [null],
    () => [[[]]],
    () => ({}),
    () => -1,
    () => 1e308,
    () => '',
    () => 'ما هي أهداف عملية التشاور العربية الإقليمية؟\u202e\u0000',
    () => '\ud800',
    () => 'x'.repeat(70_000),
    () => true,
    () => ({ __proto__: { polluted: true } }),
  ])();
}

/** A copy of a JSON object with one field (at any depth) replaced by an odd value, or removed. */
export function mutate<T>(value: T, r: Random): T {
  const copy = structuredClone(value) as unknown;
  const paths: Array<{ parent: Record<string, unknown>; key: string }> = [];
  const visit = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    for (const [k, child] of Object.entries(v)) {
      paths.push({ parent: v as Record<string, unknown>, key: k });
      visit(child);
    }
  };
  visit(copy);
  if (paths.length === 0) return oddValue(r) as T;
  const at = r.pick(paths);
  if (r.int(5) === 0) delete at.parent[at.key];
  else at.parent[at.key] = oddValue(r);
  return copy as T;
}
