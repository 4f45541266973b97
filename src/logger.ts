import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

/** What every log line written while handling one HTTP request carries: its request id. */
const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `fn` (and everything it awaits) with the request id on every log line, whichever logger writes it. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return requestContext.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

// A mixin rather than a child logger: the turn's loggers are made deep in the core, which knows nothing of HTTP.
const mixin = () => requestContext.getStore() ?? {};

/**
 * The product's logger: JSON lines on stderr (stdout stays clean for `arcp ask --json`). Message bodies
 * and tokens are logged only at debug level.
 */
export function createLogger(level: LevelWithSilent = 'info', destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime, mixin }, destination);
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
