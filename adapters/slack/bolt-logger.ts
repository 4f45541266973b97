import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';

export type { SlackLogger };

/**
 * Bolt's and the WebClient's log lines into the product's pino logger, tagged `slack`. They carry no
 * message bodies above debug (Bolt logs bodies only in developer mode, which stays off).
 */
export function boltLogger(logger: Logger): SlackLogger {
  const log = logger.child({ component: 'slack-sdk' });
  const line = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg: unknown[]) => log.debug(line(msg)),
    info: (...msg: unknown[]) => log.info(line(msg)),
    warn: (...msg: unknown[]) => log.warn(line(msg)),
    error: (...msg: unknown[]) => log.error(line(msg)),
    // pino's level is the product's to set; Bolt's setLevel is only its default wish.
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
