import { HTTPModuleFunctions as http, HTTPResponseAck, type App, type Receiver, type ReceiverEvent } from '@slack/bolt';
import type { Request, Response } from 'express';
import type { Logger } from '../../src/logger.js';
import type { SlackLogger } from './bolt-logger.js';
import { boltCanRead } from './payload-guard.js';

/** The payloads this app answers; anything else Slack may send is acknowledged and dropped. */
export type PayloadKind = 'event' | 'command' | 'block_actions' | 'view' | 'other-interactive';

const OTHER_INTERACTIVE = new Set(['shortcut', 'message_action', 'block_suggestion', 'interactive_message', 'workflow_step_edit']);

/** What a verified body is, or undefined for something that is not a Slack payload at all. */
export function payloadKind(body: unknown): PayloadKind | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  if (b.type === 'event_callback') return isObject(b.event) && typeof (b.event as { type?: unknown }).type === 'string' ? 'event' : undefined;
  if (typeof b.command === 'string') return typeof b.trigger_id === 'string' ? 'command' : undefined;
  if (b.type === 'block_actions') return Array.isArray(b.actions) && b.actions.length > 0 ? 'block_actions' : undefined;
  if (b.type === 'view_submission' || b.type === 'view_closed') return isObject(b.view) ? 'view' : undefined;
  if (typeof b.type === 'string' && OTHER_INTERACTIVE.has(b.type)) return 'other-interactive';
  return undefined;
}

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface RouterReceiverOptions {
  signingSecret: string;
  logger: Logger;
  boltLogger: SlackLogger;
  /** Whether a command or interaction has a listener here (others are acknowledged at once). */
  handles(body: Record<string, unknown>, kind: 'command' | 'block_actions' | 'view'): boolean;
}

/**
 * A Bolt receiver on the server's shared express router, so that Slack shares the port, health check
 * and shutdown with every other channel. Signature checks are Bolt's own (`parseAndVerifyHTTPRequest`:
 * HMAC-SHA256 over `v0:timestamp:body`, five-minute window); what this adds is a 400 for a verified body
 * that is not a Slack payload (Bolt would wait 3 s, then answer 404), an at-once 200 for interactions
 * with no listener here, and `X-Slack-No-Retry` on retries: the core's turn gateway answers each message
 * once however often it comes, so more retries would only cost requests.
 *
 * Bolt's own ExpressReceiver (mounted with `router`) was tried in its place: a verified payload that is not
 * Slack's and an interaction with no listener both got 404 after its unhandled-request timeout (3.1 s), where
 * the channel tests expect 400 and 200 at once, and it has no hook between its body parser and dispatch
 * (bolt-js src/receivers/ExpressReceiver.ts) to add them; so this receiver stays.
 */
export class RouterReceiver implements Receiver {
  private bolt?: App;

  constructor(private readonly opts: RouterReceiverOptions) {}

  init(app: App): void {
    this.bolt = app;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  readonly handle = async (req: Request, res: Response): Promise<void> => {
    const log = this.opts.logger;
    try {
      const body = await this.verifiedBody(req, res);
      if (body === undefined) return;
      if (body.ssl_check) return http.buildSSLCheckResponse(res);
      if (body.type === 'url_verification') return http.buildUrlVerificationResponse(res, body);
      const kind = payloadKind(body);
      if (!kind) {
        log.warn({ type: typeof body.type === 'string' ? body.type : undefined, keys: Object.keys(body).slice(0, 10) }, 'Slack payload not recognised');
        return jsonError(res, 400, 'not a Slack event, command or interaction');
      }
      if (http.extractRetryNumFromHTTPRequest(req) !== undefined) res.setHeader('X-Slack-No-Retry', '1');
      const listened = kind === 'event' || (kind !== 'other-interactive' && this.opts.handles(body, kind));
      if (!listened) return ackEmpty(res);
      if (!boltCanRead(body, kind)) {
        log.warn({ kind, type: typeof body.type === 'string' ? body.type : undefined }, 'Slack payload malformed');
        return jsonError(res, 400, 'malformed Slack payload');
      }
      await this.dispatch(req, res, body);
    } catch (err) {
      log.error({ err }, 'Slack request failed');
      if (!res.headersSent) jsonError(res, 500, 'internal error');
    }
  };

  private async verifiedBody(req: Request, res: Response): Promise<Record<string, unknown> | undefined> {
    let buffered;
    try {
      buffered = await http.parseAndVerifyHTTPRequest({ signingSecret: this.opts.signingSecret, bodyLimit: '1mb', logger: this.opts.boltLogger }, req);
    } catch (err) {
      if (http.isRawBodyError(err) && err.statusCode === 413) return void jsonError(res, 413, 'request body too large');
      this.opts.logger.warn({ reason: err instanceof Error ? err.message : String(err), ip: req.ip }, 'Slack request refused: signature');
      return void jsonError(res, 401, 'invalid Slack signature');
    }
    try {
      const body: unknown = http.parseHTTPRequestBody(buffered);
      if (isObject(body)) return body as Record<string, unknown>;
    } catch {
      // falls through to the 400 below
    }
    this.opts.logger.warn({ contentType: req.headers['content-type'], bytes: buffered.rawBody.length }, 'Slack payload malformed');
    return void jsonError(res, 400, 'malformed Slack payload');
  }

  private async dispatch(req: Request, res: Response, body: Record<string, unknown>): Promise<void> {
    const ack = new HTTPResponseAck({
      logger: this.opts.boltLogger,
      processBeforeResponse: false,
      httpRequest: req,
      httpRequestBody: body,
      httpResponse: res,
    });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: http.extractRetryNumFromHTTPRequest(req),
      retryReason: http.extractRetryReasonFromHTTPRequest(req),
    };
    await this.bolt?.processEvent(event);
    if (ack.storedResponse !== undefined && !res.headersSent) http.buildContentResponse(res, ack.storedResponse);
  }
}

function ackEmpty(res: Response): void {
  res.status(200).end();
}

function jsonError(res: Response, status: number, message: string): void {
  res.status(status).json({ error: status === 401 ? 'UNAUTHORIZED' : status === 413 ? 'FILE_TOO_LARGE' : status === 400 ? 'BAD_REQUEST' : 'INTERNAL', message });
}
