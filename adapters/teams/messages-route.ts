import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Activity, ActivityHandler } from 'botbuilder';
import type { Logger } from '../../src/logger.js';
import { AppError } from '../../src/errors.js';
import { isAuthenticationError, type Authenticated, type BotConnector } from './bot-adapter.js';
import { envelopeProblem } from './inbound.js';

/** Teams activities are small; this bounds what a client can make us parse. */
const BODY_LIMIT = '1mb';
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/**
 * `POST /api/messages`: the Bot Framework endpoint. Order matters: refuse a remote caller while
 * authentication is off (401), parse JSON (malformed → 400), check the activity envelope (→ 400), then
 * let the CloudAdapter validate the token (→ 401) and run the turn. The status is the invoke response's
 * for an invoke (501 when nobody handles it), else 200.
 */
export function mountMessagesRoute(options: { router: Router; connector: BotConnector; bot: ActivityHandler; logger: Logger }): void {
  const { router, connector, bot, logger } = options;
  router.post('/api/messages', loopbackGate(connector, logger), parseJson(logger), async (req, res, next) => {
    const problem = envelopeProblem(req.body);
    if (problem) {
      logger.warn({ problem, activityId: req.body?.id }, 'Teams request is not a Bot Framework activity');
      res.status(400).json({ error: 'BAD_REQUEST', message: `not a Bot Framework activity: ${problem}` });
      return;
    }
    const activity = req.body as Activity;
    let auth: Authenticated;
    try {
      auth = await connector.authenticate(req.headers.authorization ?? '', activity);
    } catch (err) {
      if (!refused(res, err, { logger, retryMs: connector.keysRetryMs, remote: req.socket.remoteAddress, activityId: activity.id })) next(err);
      return;
    }
    try {
      const invoke = await connector.adapter.handle(auth, activity, (context) => bot.run(context));
      res.status(invoke?.status ?? 200);
      if (invoke?.body === undefined) res.end();
      else res.json(invoke.body);
    } catch (err) {
      next(err);
    }
  });
}

/**
 * A refused token → 401; signing keys that cannot be had → 503, logged as the key endpoint being down.
 * False for any other failure (the server's error handler takes it).
 */
function refused(res: Response, err: unknown, context: { logger: Logger; retryMs: number; remote?: string; activityId?: string }): boolean {
  const { logger, retryMs, ...where } = context;
  if (isAuthenticationError(err)) {
    logger.warn({ ...where, reason: (err as Error).message }, 'Teams request refused: token not valid');
    res.status(401).json({ error: 'UNAUTHORIZED', message: 'a valid Bot Framework token is required' });
    return true;
  }
  const error = AppError.from(err);
  if (error.code !== 'CHANNEL_UNAVAILABLE') return false;
  logger.warn({ ...where, reason: error.message }, 'Teams request not checked: the Bot Framework key endpoint is down');
  res.status(503).set('retry-after', String(Math.ceil(retryMs / 1000))).json({ error: 'CHANNEL_UNAVAILABLE', message: 'the bot cannot check tokens right now; retry later' });
  return true;
}

/** express.json, with the refusal logged here (the server's error handler logs only failures of ours). */
function parseJson(logger: Logger): RequestHandler {
  const parse = express.json({ limit: BODY_LIMIT });
  return (req, res, next) => {
    parse(req, res, (err?: unknown) => {
      if (!err) return next();
      const tooLarge = (err as { type?: string }).type === 'entity.too.large';
      logger.warn({ remote: req.socket.remoteAddress, reason: (err as Error).message }, 'Teams request body refused');
      res.status(tooLarge ? 413 : 400).json({ error: tooLarge ? 'FILE_TOO_LARGE' : 'BAD_REQUEST', message: tooLarge ? 'the request body is too large' : 'the request body is not valid JSON' });
    });
  };
}

function loopbackGate(connector: BotConnector, logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (connector.authEnabled || isLocalRequest(req)) return next();
    logger.warn({ remote: req.socket.remoteAddress }, 'Teams request refused: no MicrosoftAppId, so only loopback requests are served');
    res.status(401).json({ error: 'UNAUTHORIZED', message: 'this bot has no MicrosoftAppId: only local requests are accepted' });
  };
}

/**
 * A request made on this machine, not relayed: a tunnel or reverse proxy also connects from loopback but
 * adds forwarding headers, and must not open the unauthenticated mode to the Internet.
 */
export function isLocalRequest(req: Pick<Request, 'headers'> & { socket: { remoteAddress?: string } }): boolean {
  return LOOPBACK.test(req.socket.remoteAddress ?? '') && PROXY_HEADERS.every((h) => req.headers[h] === undefined);
}
