import type { ErrorRequestHandler, Request, Response } from 'express';
import { AppError, type ErrorCode } from '../../../src/errors.js';
import type { Logger } from '../../../src/logger.js';
import { bodyRefusal, logRefusal } from '../../../src/server/body-errors.js';
import { html } from './html.js';
import { t, type LabelKey } from './i18n.js';
import { renderPage } from './layout.js';
import type { ConsoleContext } from './session.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  METADATA_INVALID: 422,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TICKET_NOT_FOUND: 404,
  TICKET_STATE: 409,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_FILE: 415,
};

const MESSAGE: Partial<Record<number, LabelKey>> = { 403: 'forbidden', 404: 'notFound' };

function contextOf(res: Response): ConsoleContext {
  return (res.locals.console as ConsoleContext | undefined) ?? { lang: 'ar', csrf: '' };
}

const isApi = (req: Request) => req.originalUrl.startsWith('/console/api/');

/** Shows a refused request the way the caller reads it: JSON for the API, a page for a browser. */
export function sendProblem(req: Request, res: Response, status: number, code: ErrorCode, message: string, label?: LabelKey): void {
  if (isApi(req)) {
    res.status(status).json({ error: code, message });
    return;
  }
  const ctx = contextOf(res);
  const key = label ?? MESSAGE[status] ?? 'errorGeneric';
  const body = html`<p class="notice bad" role="alert">${t(ctx.lang, key)}</p><p><a href="/console/">${t(ctx.lang, 'back')}</a></p>`;
  res.status(status).type('html').send(renderPage(ctx, { title: t(ctx.lang, key), body, path: '/console/' }));
}

export function csrfFailure(req: Request, res: Response): void {
  sendProblem(req, res, 403, 'FORBIDDEN', 'missing or wrong CSRF token', 'csrfFailed');
}

export function adminOnly(req: Request, res: Response): void {
  sendProblem(req, res, 403, 'FORBIDDEN', 'administrators only', 'forbidden');
}

export function consoleErrors(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const refused = bodyRefusal(err);
    if (refused) {
      logRefusal(logger, req, err, refused);
      return sendProblem(req, res, refused.status, refused.code, refused.message);
    }
    const e = AppError.from(err);
    const status = STATUS[e.code] ?? 500;
    if (status >= 500) logger.error({ err, path: req.path }, 'console request failed');
    sendProblem(req, res, status, e.code, status >= 500 ? 'internal error' : e.message);
  };
}
