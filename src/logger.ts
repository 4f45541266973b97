import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

/**
 * The product's logger: JSON lines on stderr (stdout stays clean for `arcp ask --json`). Message bodies
 * and tokens are logged only at debug level.
 */
export function createLogger(level: LevelWithSilent = 'info'): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination(2));
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
