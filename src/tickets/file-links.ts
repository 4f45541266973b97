import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Download links for documents attached to answers, for channels whose messages carry a link rather than
 * the file (Teams, Slack): signed with a server secret and expiring, so that only someone given the link
 * can fetch it, and only for a while.
 */
export class FileLinks {
  private readonly secret: Buffer;

  constructor(secret: string | undefined, private readonly ttlMs: number) {
    this.secret = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  /** The path and query of a link to file `id` (to put after the server's public URL). */
  path(id: string, now = Date.now()): string {
    const expires = Math.floor((now + this.ttlMs) / 1000);
    return `/files/${encodeURIComponent(id)}?e=${expires}&s=${this.signature(id, expires)}`;
  }

  /** Whether a link to `id` with expiry `e` and signature `s` was made here and still works. */
  valid(id: string, e: unknown, s: unknown, now = Date.now()): boolean {
    const expires = Number(e);
    if (typeof s !== 'string' || !Number.isInteger(expires) || expires * 1000 < now) return false;
    const want = Buffer.from(this.signature(id, expires));
    const got = Buffer.from(s);
    return got.length === want.length && timingSafeEqual(got, want);
  }

  private signature(id: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${id}\n${expires}`).digest('base64url');
  }
}
