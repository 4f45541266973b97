import type { Logger } from '../logger.js';
import type { Leadership } from './leadership.js';
import type { ReplicaRoles } from './replica-roles.js';

export interface RunningDuty {
  stop(): Promise<void>;
}

export interface LeaderDutyOptions {
  leadership: Leadership;
  roles: ReplicaRoles;
  duty: string;
  logger: Logger;
  /** Starts the duty once this process leads it; stopped when the lease is lost. */
  start: () => Promise<RunningDuty> | RunningDuty;
  /** How often a standby tries to take the duty over. */
  retryMs?: number;
}

/**
 * Runs a duty in this process only while it holds the duty's lease: tries at once, then every `retryMs`
 * as a standby; starts the duty on taking it, stops it if the lease is lost, and stands by again.
 * The replica's role for the duty is kept in `roles` for /readyz.
 */
export function runAsLeader(o: LeaderDutyOptions): RunningDuty {
  const retryMs = o.retryMs ?? 5000;
  let stopping = false;
  let wake: (() => void) | undefined;
  let current: { running: RunningDuty; release: () => Promise<void> } | undefined;
  o.roles.set(o.duty, 'unknown');
  const pause = () => new Promise<void>((resolve) => {
    wake = resolve;
    setTimeout(resolve, retryMs).unref();
  });
  const loop = async () => {
    while (!stopping) {
      const lease = await o.leadership.tryAcquire(o.duty).catch((err: unknown) => {
        o.logger.warn({ err, duty: o.duty }, 'cannot reach the database to take a duty; trying again');
        return null;
      });
      if (!lease) {
        o.roles.set(o.duty, 'standby');
        await pause();
        continue;
      }
      if (stopping) return void (await lease.release());
      o.roles.set(o.duty, 'leader');
      o.logger.info({ duty: o.duty }, 'this replica leads the duty');
      const running = await Promise.resolve().then(o.start).catch((err: unknown) => {
        o.logger.error({ err, duty: o.duty }, 'the duty failed to start; giving the lead back');
        return undefined;
      });
      if (!running) {
        await lease.release();
        o.roles.set(o.duty, 'standby');
        await pause();
        continue;
      }
      current = { running, release: () => lease.release() };
      await Promise.race([lease.lost, new Promise<void>((resolve) => (wake = resolve))]);
      if (stopping) return;
      o.logger.warn({ duty: o.duty }, 'lost the lead of a duty (database connection dropped); standing by');
      await current.running.stop();
      current = undefined;
      o.roles.set(o.duty, 'standby');
      // A replica that lost its connection tries again only after a pause: a healthy standby goes first.
      await pause();
    }
  };
  const done = loop();
  return {
    async stop() {
      stopping = true;
      wake?.();
      await done;
      if (current) {
        await current.running.stop();
        await current.release();
      }
      o.roles.drop(o.duty);
    },
  };
}
