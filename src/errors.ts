/**
 * The one error type of the product. Codes form a closed list so that callers (and tests) can branch on
 * them; the original error is always kept as `cause`.
 */
export const ERROR_CODES = [
  'CONFIG_INVALID',
  'STORE_FAILED',
  'MIGRATION_FAILED',
  'CORPUS_INVALID',
  'METADATA_INVALID',
  'INGEST_FAILED',
  'UNSUPPORTED_FILE',
  'FILE_TOO_LARGE',
  'PDF_ENCRYPTED',
  'PDF_CORRUPT',
  'NEEDS_OCR',
  'INDEX_MISMATCH',
  'RETRIEVAL_FAILED',
  'COMPOSE_FAILED',
  'LLM_FAILED',
  'QUOTE_UNVERIFIED',
  'TICKET_NOT_FOUND',
  'TICKET_STATE',
  'CHANNEL_FAILED',
  'CHANNEL_UNAVAILABLE',
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'MAIL_MALFORMED',
  'SEND_FAILED',
  'TIMEOUT',
  'INTERNAL',
  'DRAFT_STATE',
  'DELIVERY_STATE',
  'REPLY_DUPLICATE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }

  static is(err: unknown, code?: ErrorCode): err is AppError {
    return err instanceof AppError && (code === undefined || err.code === code);
  }

  /** Wraps anything thrown into an AppError, keeping an existing one as it is. */
  static from(err: unknown, code: ErrorCode = 'INTERNAL', message?: string): AppError {
    if (err instanceof AppError) return err;
    const text = message ?? (err instanceof Error ? err.message : String(err));
    return new AppError(code, text, { cause: err });
  }
}
