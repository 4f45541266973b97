import express, { type ErrorRequestHandler, type Express, type Router } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppServices } from '../app.js';
import { AppError } from '../errors.js';
import { bodyRefusal, logRefusal } from './body-errors.js';
import { mountFileDownloads } from './file-download.js';
import { mountHealth } from './health.js';
import { requestId } from './request-id.js';

export interface HttpServer {
  express: Express;
  /** Where channel plugins mount their routes; added before the error handler. */
  router: Router;
  server: Server;
  url: string;
  /** Stops taking new connections and marks the replica not ready; requests under way go on. */
  beginDrain(): void;
  /** Closes every connection left. */
  close(): Promise<void>;
}

const STATUS_OF: Partial<Record<AppError['code'], number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TICKET_NOT_FOUND: 404,
  TICKET_STATE: 409,
  DRAFT_STATE: 409,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_FILE: 415,
  REPLY_DUPLICATE: 409,
};

/** The one HTTP server: health, then every channel's routes (web chat, Teams, Slack, console). */
export async function startHttpServer(app: AppServices, port: number, host: string): Promise<HttpServer> {
  const ex = express();
  ex.disable('x-powered-by');
  ex.use(requestId());
  let draining = false;
  const health = express.Router();
  mountHealth(health, app, () => draining);
  ex.use(health);
  const router = express.Router();
  mountFileDownloads(router, app);
  ex.use(router);
  ex.use(errorHandler(app));
  const server = await listen(ex, port, host);
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    express: ex,
    router,
    server,
    url: `http://${shownHost}:${address.port}`,
    beginDrain() {
      draining = true;
      server.close();
    },
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/** Express 5 hands a failed listen to the callback: name the port and how to choose another. */
function listen(ex: Express, port: number, host: string): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const s = ex.listen(port, host, (err?: Error) => (err ? reject(listenError(err, port, host)) : resolve(s)));
  });
}

function listenError(cause: Error, port: number, host: string): AppError {
  const code = (cause as NodeJS.ErrnoException).code;
  const how = `choose another with PORT (for example PORT=${port === 3978 ? 3979 : 3978} in .env or the environment)`;
  if (code === 'EADDRINUSE') return new AppError('CONFIG_INVALID', `port ${port} on ${host} is already in use (another ARCP Assistant?); ${how}`, { cause });
  if (code === 'EACCES') return new AppError('CONFIG_INVALID', `port ${port} on ${host} needs privileges this user lacks; ${how}`, { cause });
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new AppError('CONFIG_INVALID', `HOST=${host} is not an address of this machine; use 127.0.0.1 or 0.0.0.0`, { cause });
  return new AppError('CONFIG_INVALID', `cannot listen on ${host}:${port}: ${cause.message}`, { cause });
}

function errorHandler(app: AppServices): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const refused = bodyRefusal(err);
    if (refused) {
      logRefusal(app.logger, req, err, refused);
      if (!res.headersSent) res.status(refused.status).json({ error: refused.code, message: refused.message });
      return;
    }
    if (app.storage.record(err)) {
      app.logger.error({ err, path: req.path }, 'request failed: storage');
      res.status(503).json({ error: 'STORE_FAILED', message: 'the assistant cannot save messages right now (a storage problem); your message was not kept, please send it again later' });
      return;
    }
    const appError = AppError.from(err);
    const status = STATUS_OF[appError.code] ?? 500;
    if (status >= 500) app.logger.error({ err, path: req.path }, 'request failed');
    res.status(status).json({ error: appError.code, message: status >= 500 ? 'internal error' : appError.message });
  };
}
