import type { ScoreBoard } from './score-board.js';

const SKIP = 64;

/**
 * Document ids (ascending) and term frequencies of one term, packed as varints: each posting is
 * (gap << 3 | min(tf − 1, 7)), followed by tf − 8 when tf > 7. Common terms have small gaps, so most
 * postings take one byte (typed arrays took six). A skip entry every 64 postings keeps `has` fast.
 */
export class PostingList {
  private bytes: Uint8Array<ArrayBufferLike>;
  private used = 0;
  private lastId = -1;
  /** Triples (first id of the block, byte offset, id before the block). */
  private skips: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private skipCount = 0;
  /** Read position of readVarint. */
  private cursor = 0;
  length = 0;

  constructor(capacity = 4) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Appends a document; ids must arrive in ascending order (the index only ever hands out new ids). */
  push(id: number, tf: number): void {
    if (this.length % SKIP === 0) this.addSkip(id);
    const t = Math.max(1, tf) - 1;
    const v = (id - this.lastId) * 8 + Math.min(t, 7);
    if (v < 128 && this.used < this.bytes.length) this.bytes[this.used++] = v;
    else this.writeVarint(v);
    if (t >= 7) this.writeVarint(t - 7);
    this.lastId = id;
    this.length++;
  }

  /** Calls back with every (id, tf), in id order. */
  forEach(fn: (id: number, tf: number) => void): void {
    this.cursor = 0;
    let id = -1;
    for (let i = 0; i < this.length; i++) {
      const v = this.readVarint();
      id += (v - (v % 8)) / 8;
      let tf = (v % 8) + 1;
      if (tf === 8) tf += this.readVarint();
      fn(id, tf);
    }
  }

  /**
   * Adds each document's BM25 contribution to the board. The decoding loop is written out here (rather
   * than through forEach) because it is the hottest loop of a query.
   */
  scoreInto(board: ScoreBoard, w: number, k1: number, b: number, lengths: Float32Array, avg: number): void {
    const bytes = this.bytes;
    const norm0 = k1 * (1 - b);
    const normL = (k1 * b) / avg;
    let pos = 0;
    let id = -1;
    for (let i = 0; i < this.length; i++) {
      let v = bytes[pos++]!;
      if (v & 0x80) {
        v &= 0x7f;
        let shift = 128;
        let byte: number;
        do {
          byte = bytes[pos++]!;
          v += (byte & 0x7f) * shift;
          shift *= 128;
        } while (byte & 0x80);
      }
      id += (v - (v & 7)) / 8;
      let tf = (v & 7) + 1;
      if (tf === 8) {
        this.cursor = pos;
        tf += this.readVarint();
        pos = this.cursor;
      }
      board.add(id, (w * tf) / (tf + norm0 + normL * lengths[id]!));
    }
  }

  /** Whether the list holds this id: binary search over the skip table, then at most 64 postings. */
  has(target: number): boolean {
    if (this.length === 0 || target > this.lastId) return false;
    let lo = 0;
    let hi = this.skipCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.skips[mid * 3]! <= target) lo = mid;
      else hi = mid - 1;
    }
    if (this.skips[lo * 3]! > target) return false;
    this.cursor = this.skips[lo * 3 + 1]!;
    let id = this.skips[lo * 3 + 2]!;
    const count = Math.min(SKIP, this.length - lo * SKIP);
    for (let i = 0; i < count; i++) {
      const v = this.readVarint();
      id += (v - (v % 8)) / 8;
      if (v % 8 === 7) this.readVarint();
      if (id >= target) return id === target;
    }
    return false;
  }

  /** Drops the ids for which `dead` is true; returns how many were dropped. */
  removeIds(dead: (id: number) => boolean): number {
    const keep: number[] = [];
    this.forEach((id, tf) => {
      if (!dead(id)) keep.push(id, tf);
    });
    const removed = this.length - keep.length / 2;
    if (removed === 0) return 0;
    this.bytes = new Uint8Array(Math.max(4, this.used));
    this.used = 0;
    this.lastId = -1;
    this.length = 0;
    this.skipCount = 0;
    for (let i = 0; i < keep.length; i += 2) this.push(keep[i]!, keep[i + 1]!);
    return removed;
  }

  /** The list's state for the stored index; the arrays are trimmed views, not copies. */
  serialize(): { header: [number, number, number, number]; bytes: Uint8Array; skips: Int32Array } {
    return {
      header: [this.length, this.lastId, this.used, this.skipCount],
      bytes: this.bytes.subarray(0, this.used),
      skips: this.skips.subarray(0, this.skipCount * 3),
    };
  }

  /** A list from stored state. `bytes` may view a larger file buffer: it is full, so appends copy first. */
  static restore(header: readonly number[], bytes: Uint8Array, skips: Int32Array): PostingList {
    const list = new PostingList(0);
    [list.length, list.lastId, list.used, list.skipCount] = header as [number, number, number, number];
    list.bytes = bytes;
    list.skips = skips;
    return list;
  }

  /** Releases the spare capacity left by doubling. */
  trim(): void {
    if (this.bytes.length > this.used) this.bytes = this.bytes.slice(0, this.used);
    if (this.skips.length > this.skipCount * 3) this.skips = this.skips.slice(0, this.skipCount * 3);
  }

  /** Approximate bytes held, for the memory report. */
  byteSize(): number {
    return this.bytes.length + this.skips.length * 4;
  }

  private readVarint(): number {
    const b = this.bytes;
    let v = 0;
    let shift = 1;
    let byte: number;
    do {
      byte = b[this.cursor++]!;
      v += (byte & 0x7f) * shift;
      shift *= 128;
    } while (byte & 0x80);
    return v;
  }

  private addSkip(id: number): void {
    if ((this.skipCount + 1) * 3 > this.skips.length) {
      const next = new Int32Array(Math.max(3, this.skips.length * 2));
      next.set(this.skips);
      this.skips = next;
    }
    this.skips.set([id, this.used, this.lastId], this.skipCount * 3);
    this.skipCount++;
  }

  private writeVarint(value: number): void {
    let v = value;
    while (v >= 128) {
      this.ensure(1);
      this.bytes[this.used++] = (v % 128) | 0x80;
      v = Math.floor(v / 128);
    }
    this.ensure(1);
    this.bytes[this.used++] = v;
  }

  private ensure(extra: number): void {
    if (this.used + extra <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(8, this.bytes.length * 2));
    next.set(this.bytes);
    this.bytes = next;
  }
}
