import type { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';

export interface BodyRefusal {
  status: number;
  code: ErrorCode;
  message: string;
}

/** body-parser's (and raw-body's) errors: http-errors with a 4xx status and a `type` naming the case. */
interface ParserError {
  status?: unknown;
  type?: unknown;
  expose?: unknown;
  message?: unknown;
}

const CODE_OF: Record<number, ErrorCode> = { 403: 'FORBIDDEN', 413: 'FILE_TOO_LARGE' };

/**
 * A request body the parsers refused, as the caller should see it: an unknown charset or content
 * encoding (415), gzip that is not gzip, a body cut off mid-way, bad JSON (400), too large or too many
 * form fields (413). These are the client's mistakes, not failures of ours: never a 500.
 */
export function bodyRefusal(err: unknown): BodyRefusal | undefined {
  const e = err as ParserError | undefined;
  if (typeof e?.status !== 'number' || e.status < 400 || e.status > 499) return undefined;
  // A zlib error (gzip that is not gzip) comes through http-errors with only its status and `expose`.
  if (typeof e.type !== 'string' && e.expose !== true) return undefined;
  const message = e.type === 'entity.parse.failed' ? 'the request body is not valid' : `the request body was refused: ${String(e.message)}`;
  return { status: e.status, code: CODE_OF[e.status] ?? 'BAD_REQUEST', message };
}

/** One warning line per refused body, without a stack: the request's fault, worth a look, not an alarm. */
export function logRefusal(logger: Logger, req: { path: string; socket: { remoteAddress?: string } }, err: unknown, refusal: BodyRefusal): void {
  const e = err as ParserError;
  logger.warn({ path: req.path, remote: req.socket.remoteAddress, status: refusal.status, type: e.type, reason: String(e.message) }, 'request body refused');
}
