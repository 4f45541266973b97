import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { DeliveryHooks, DeliverySender, DeliverySettings } from './sender.js';
import type { Delivery, DeliveryQueue } from './types.js';

export interface AttemptContext {
  queue: DeliveryQueue;
  sender: DeliverySender;
  settings: DeliverySettings;
  hooks: DeliveryHooks;
  /** What follows a delivery once sent: the transcript, the ticket marked delivered… Idempotent. */
  onSent(delivery: Delivery): Promise<void>;
  logger: Logger;
}

/**
 * One attempt at one leased delivery. The attempt mark is written before the remote call, so that after
 * a crash a delivery that may have reached the remote is told apart from one that cannot have: the
 * first is settled by asking the remote or by the sender's in-doubt rule, the second simply sent. A
 * sender that can be asked is also asked before any retry (an earlier attempt's answer may have been
 * lost after the remote took the message); a first attempt is sent without asking.
 */
export async function attemptDelivery(ctx: AttemptContext, d: Delivery): Promise<Delivery> {
  const log = ctx.logger.child({ deliveryId: d.id, channel: d.channel, kind: d.kind });
  if (d.attemptStartedAt || (d.attempts > 0 && ctx.sender.confirm)) {
    const settled = await settleInDoubt(ctx, d, log);
    if (settled) return settled;
  }
  await ctx.hooks.beforeSend?.(d);
  await ctx.queue.markAttempt(d.id);
  let externalId: string;
  try {
    externalId = (await ctx.sender.send(d)).externalId;
  } catch (err) {
    return failed(ctx, d, err, log);
  }
  await ctx.hooks.afterSend?.(d);
  return sent(ctx, d, externalId, log);
}

async function settleInDoubt(ctx: AttemptContext, d: Delivery, log: Logger): Promise<Delivery | undefined> {
  let known: { externalId: string } | false | undefined;
  try {
    known = await ctx.sender.confirm?.(d);
  } catch (err) {
    // Not knowing whether it arrived, neither sent again nor given up: asked again at the next attempt.
    log.warn({ err }, 'could not ask the remote whether an earlier attempt arrived; asking again later');
    return failed(ctx, d, err, log);
  }
  if (known) {
    log.info({ externalId: known.externalId }, 'an earlier attempt had arrived: recorded as delivered, not sent again');
    return sent(ctx, d, known.externalId, log);
  }
  // A retry the remote cannot be asked about is sent again, as a retry is for senders that cannot be asked.
  if (known === false || ctx.sender.inDoubt === 'resend' || !d.attemptStartedAt) return undefined;
  log.error('a send was interrupted and the remote cannot say whether it arrived: held for staff, not sent twice');
  return ctx.queue.kill(d.id, 'in doubt: the process stopped during the send; check with the recipient, then retry from the console');
}

async function sent(ctx: AttemptContext, d: Delivery, externalId: string, log: Logger): Promise<Delivery> {
  await ctx.onSent(d).catch((err: unknown) => log.error({ err }, 'delivered, but what follows a delivery failed'));
  log.info({ attempts: d.attempts + 1 }, 'delivered');
  return ctx.queue.markSent(d.id, externalId);
}

async function failed(ctx: AttemptContext, d: Delivery, err: unknown, log: Logger): Promise<Delivery> {
  const error = AppError.from(err, 'SEND_FAILED');
  const attempts = d.attempts + 1;
  if (ctx.sender.isPermanent?.(err) || attempts >= ctx.settings.maxAttempts) {
    log.error({ err: error, attempts }, 'not delivered: a dead letter now, shown in the console');
    return ctx.queue.kill(d.id, error.message);
  }
  const { retryBaseMs, retryMaxMs } = ctx.settings;
  const delay = Math.min(retryBaseMs * 2 ** d.attempts, retryMaxMs) * (0.9 + Math.random() * 0.2);
  log.warn({ err: { message: error.message, code: error.code }, attempts, retryInMs: Math.round(delay) }, 'not delivered; will retry');
  return ctx.queue.retry(d.id, error.message, new Date(Date.now() + delay));
}
