/** Per-query score accumulator over internal document ids, reset cheaply between queries. */
export class ScoreBoard {
  values: Float64Array;
  private seen: Uint8Array;
  readonly touched: number[] = [];

  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
    this.seen = new Uint8Array(capacity);
  }

  ensure(capacity: number): void {
    if (capacity <= this.values.length) return;
    const cap = Math.max(capacity, this.values.length * 2);
    const values = new Float64Array(cap);
    values.set(this.values);
    const seen = new Uint8Array(cap);
    seen.set(this.seen);
    this.values = values;
    this.seen = seen;
  }

  add(id: number, value: number): void {
    if (this.seen[id] === 0) {
      this.seen[id] = 1;
      this.touched.push(id);
    }
    this.values[id]! += value;
  }

  /** Keeps, for every id, the larger of this board's and the other board's value. */
  maxWith(other: ScoreBoard): void {
    for (const id of other.touched) {
      const v = other.get(id);
      if (this.seen[id] === 0) this.add(id, v);
      else if (v > this.values[id]!) this.values[id] = v;
    }
  }

  /** Adds the other board's values, times a weight. */
  addFrom(other: ScoreBoard, weight: number): void {
    for (const id of other.touched) this.add(id, weight * other.get(id));
  }

  get(id: number): number {
    return this.values[id]!;
  }

  max(): number {
    let m = 0;
    for (const id of this.touched) if (this.values[id]! > m) m = this.values[id]!;
    return m;
  }

  /** The k best ids accepted by the filter, best first (ties by lower id, i.e. older passage). */
  top(k: number, accept: (id: number) => boolean = () => true): Array<{ id: number; score: number }> {
    const heap: Array<{ id: number; score: number }> = [];
    for (const id of this.touched) {
      const score = this.values[id]!;
      if (heap.length === k && !better(score, id, heap[0]!)) continue;
      if (!accept(id)) continue;
      if (heap.length < k) heapPush(heap, { id, score });
      else heapReplace(heap, { id, score });
    }
    return heap.sort((a, b) => (better(a.score, a.id, b) ? -1 : 1));
  }

  reset(): void {
    for (const id of this.touched) {
      this.values[id] = 0;
      this.seen[id] = 0;
    }
    this.touched.length = 0;
  }
}

function better(score: number, id: number, than: { id: number; score: number }): boolean {
  return score > than.score || (score === than.score && id < than.id);
}

// Min-heap on "better": the root is the worst of the kept entries.
function heapPush(heap: Array<{ id: number; score: number }>, item: { id: number; score: number }): void {
  heap.push(item);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!better(heap[parent]!.score, heap[parent]!.id, heap[i]!)) break;
    [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
    i = parent;
  }
}

function heapReplace(heap: Array<{ id: number; score: number }>, item: { id: number; score: number }): void {
  heap[0] = item;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let worst = i;
    if (l < heap.length && better(heap[worst]!.score, heap[worst]!.id, heap[l]!)) worst = l;
    if (r < heap.length && better(heap[worst]!.score, heap[worst]!.id, heap[r]!)) worst = r;
    if (worst === i) return;
    [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
    i = worst;
  }
}
