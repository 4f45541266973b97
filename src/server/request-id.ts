import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { withRequestId } from '../logger.js';

/** An id a proxy or a client sent, if it is a plain token: anything else is replaced, never logged as given. */
const ACCEPTED = /^[\w.:-]{1,128}$/;

/**
 * Gives every request an id (the caller's X-Request-Id when it is a plain token, else a new one), sends it
 * back in the response, and puts it on every log line written while the request is handled — the turn's
 * lines included (src/logger.ts). Compare hono's request-id middleware.
 */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const given = req.get('x-request-id');
    const id = given && ACCEPTED.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', id);
    withRequestId(id, next);
  };
}
