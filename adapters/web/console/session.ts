import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Lang } from '../../../src/channel/types.js';
import { newToken, tokensMatch, type ConsoleAuth, type ConsoleSession } from '../../../src/console/auth.js';
import { securityHeaders as webSecurityHeaders } from '../security-headers.js';

export const SESSION_COOKIE = 'arcp_console_session';
/** Before sign-in there is no session to hold the CSRF token: a cookie carries it (double submit). */
export const PRE_CSRF_COOKIE = 'arcp_console_csrf';
export const LANG_COOKIE = 'arcp_console_lang';
export const CSRF_HEADER = 'x-csrf-token';
export const COOKIE_PATH = '/console';

/** What every console request knows about its caller. */
export interface ConsoleContext {
  session?: ConsoleSession;
  lang: Lang;
  /** The token to put in forms and the fetch header. */
  csrf: string;
  /** The session cookie, to sign out. */
  token?: string;
}

export interface CookieOptions {
  secure: boolean;
}

export function readCookies(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    try {
      out[name] ??= decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // A malformed cookie is ignored, as if absent.
    }
  }
  return out;
}

export function cookieOptions(opts: CookieOptions, maxAgeMs?: number) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: opts.secure, path: COOKIE_PATH, ...(maxAgeMs ? { maxAge: maxAgeMs } : {}) };
}

export function consoleContext(res: Response): ConsoleContext {
  return res.locals.console as ConsoleContext;
}

function preferredLang(req: Request, cookie: string | undefined): Lang {
  if (cookie === 'ar' || cookie === 'en') return cookie;
  const first = req.acceptsLanguages('ar', 'en');
  return first === 'en' ? 'en' : 'ar';
}

/** Reads the session, the interface language and the CSRF token of the request (no access decision yet). */
export function loadContext(auth: ConsoleAuth, opts: CookieOptions): RequestHandler {
  return async (req, res, next) => {
    const cookies = readCookies(req);
    const token = cookies[SESSION_COOKIE];
    const session = await auth.session(token);
    let csrf = session?.csrfToken ?? cookies[PRE_CSRF_COOKIE];
    if (!csrf) {
      csrf = newToken();
      res.cookie(PRE_CSRF_COOKIE, csrf, cookieOptions(opts));
    }
    const context: ConsoleContext = { session, lang: preferredLang(req, cookies[LANG_COOKIE]), csrf, token: session ? token : undefined };
    res.locals.console = context;
    next();
  };
}

const isApi = (req: Request) => req.originalUrl.startsWith('/console/api/');

/** No page or API call without a session: pages go to sign-in (and come back), API calls get 401. */
export function requireSession(req: Request, res: Response, next: NextFunction): void {
  if (consoleContext(res).session) return next();
  if (isApi(req)) {
    res.status(401).json({ error: 'UNAUTHORIZED', message: 'sign in to the console first' });
    return;
  }
  const target = req.method === 'GET' ? req.originalUrl : '/console/';
  res.redirect(303, `/console/signin?next=${encodeURIComponent(target)}`);
}

/** A `next` parameter is followed only within the console, so sign-in cannot redirect elsewhere. */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/console(\/|$|\?)/.test(value) && !value.includes('\\') ? value : '/console/';
}

// Host only: behind a TLS proxy the scheme seen here is http while the browser's Origin says https.
function originHost(origin: string | undefined): string | undefined {
  if (!origin) return undefined;
  try {
    return new URL(origin).host;
  } catch {
    return 'invalid';
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every state-changing request carries the synchroniser token (form field `_csrf` or the X-CSRF-Token
 * header) and, when the browser sends one, an Origin of this server.
 */
export function checkCsrf(onFailure: (req: Request, res: Response) => void): RequestHandler {
  return (req, res, next) => {
    if (!UNSAFE.has(req.method)) return next();
    const sameOrigin = originHost(req.headers.origin) === undefined || originHost(req.headers.origin) === req.headers.host;
    const provided = req.headers[CSRF_HEADER] ?? (req.body as Record<string, unknown> | undefined)?._csrf;
    if (sameOrigin && tokensMatch(consoleContext(res).csrf, provided)) return next();
    onFailure(req, res);
  };
}

export function requireAdmin(onFailure: (req: Request, res: Response) => void): RequestHandler {
  return (req, res, next) => (consoleContext(res).session?.staff.role === 'admin' ? next() : onFailure(req, res));
}

const webHeaders = webSecurityHeaders();

/** Headers for every console response: the web pages' (no framing, scripts from this server only), and no caching of staff data. */
export const securityHeaders: RequestHandler = (req, res, next) => {
  res.set('Cache-Control', 'no-store');
  webHeaders(req, res, next);
};
