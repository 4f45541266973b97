import type { webApi } from '@slack/bolt';
import type { ChannelStateScope } from '../../src/channel/channel-state.js';
import type { ReplyAttachment } from '../../src/channel/types.js';
import { AppError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import type { ReplyFile } from '../../src/tickets/reply-files.js';
import type { SlackThread } from './inbound.js';
import { slackErrorCode as slackError } from './slack-channel.js';

/** What became of a staff answer's document in Slack: shared in the thread, or not (and why). */
export type UploadOutcome = { uploaded: true; fileId: string } | { uploaded: false; reason: string; err?: unknown };

export interface UploadRequest {
  /** The queued delivery the document belongs to: one upload per delivery, whatever the attempts. */
  deliveryId: string;
  thread: SlackThread;
  attachment: ReplyAttachment;
  /** The line Slack shows with the file (`initial_comment`). */
  comment: string;
}

export interface SlackFileUploadDeps {
  client: webApi.WebClient;
  /** A client that does not repeat a call: a share repeated after its answer was lost could show the file twice. */
  onceClient: webApi.WebClient;
  files: { read(id: string): Promise<ReplyFile | undefined> };
  /** The Slack channel's scope of the channel state store: where each delivery's upload is recorded. */
  state: ChannelStateScope;
  logger: Logger;
  /** Timeout of a Web API call; the POST of the bytes gets it plus the time of a slow uplink for their size. */
  timeoutMs: number;
}

/** A delivery's upload as recorded: `completing` from just before the share, `shared` once Slack confirmed it. */
interface UploadRecord {
  fileId: string;
  state: 'completing' | 'shared';
}

/** What the operator is told for each reason an upload was not made; the answer then links to the document. */
const WHY: Record<string, string> = {
  missing_scope: 'the Slack app lacks the files:write scope: add it to the app (adapters/slack/manifest.yaml) and reinstall it',
  file_upload_size_restricted: 'the workspace refuses files of this size',
  file_uploads_disabled: 'the workspace has turned file uploads off',
  not_in_channel: 'the app is not a member of the conversation',
  channel_not_found: 'the app cannot see the conversation',
  interrupted: 'an earlier attempt stopped while Slack was sharing the file, which may be in the thread already: not uploaded twice',
  upload_refused: "Slack's upload URL refused the bytes",
  unreachable: 'Slack could not be reached, or did not answer in time',
  file_missing: 'the document is no longer in the store',
};

/**
 * A staff answer's document uploaded into the asker's Slack thread, the way `files.uploadV2` of
 * @slack/web-api does it (files.getUploadURLExternal → POST of the bytes → files.completeUploadExternal),
 * in three steps of our own so that the file id is recorded before the share: a resend of the delivery
 * (the message failed after the upload, or the process died) never shares the file a second time.
 */
export class SlackFileUploads {
  constructor(private readonly deps: SlackFileUploadDeps) {}

  /** Never throws: a document that cannot be uploaded is linked to instead, and the log says why. */
  async upload(req: UploadRequest): Promise<UploadOutcome> {
    const key = `upload:${req.deliveryId}`;
    const record = await this.deps.state.get<UploadRecord>(key);
    if (record?.state === 'shared') {
      this.deps.logger.info({ deliveryId: req.deliveryId, fileId: record.fileId }, 'Slack file already shared by an earlier attempt; not uploaded again');
      return { uploaded: true, fileId: record.fileId };
    }
    const outcome: UploadOutcome = record ? { uploaded: false, reason: 'interrupted' } : await this.share(key, req).catch(failure);
    if (!outcome.uploaded) {
      const why = WHY[outcome.reason] ?? `Slack answered ${outcome.reason}`;
      const { reason: slackError, err } = outcome;
      this.deps.logger.warn({ deliveryId: req.deliveryId, channelId: req.thread.channel, fileId: req.attachment.id, slackError, ...(err ? { err } : {}) }, `Slack file not uploaded: ${why}; the answer links to the document instead`);
    }
    return outcome;
  }

  private async share(key: string, req: UploadRequest): Promise<UploadOutcome> {
    const file = await this.deps.files.read(req.attachment.id);
    if (!file) return { uploaded: false, reason: 'file_missing' };
    const { client } = this.deps;
    const { upload_url: url, file_id: fileId } = await client.files.getUploadURLExternal({ filename: file.filename, length: file.bytes.length });
    if (!url || !fileId) throw new AppError('SEND_FAILED', 'files.getUploadURLExternal gave no upload URL', { details: { reason: 'upload_refused' } });
    await this.postBytes(url, file);
    // Recorded before the share: from here on the file may reach the thread, so it is never shared twice.
    await this.deps.state.put(key, { fileId, state: 'completing' } satisfies UploadRecord);
    const thread = req.thread.threadTs ? { thread_ts: req.thread.threadTs } : {};
    try {
      await this.deps.onceClient.files.completeUploadExternal({ files: [{ id: fileId, title: file.filename }], channel_id: req.thread.channel, ...thread, initial_comment: req.comment });
    } catch (err) {
      // Slack's own refusal shared nothing, so a later attempt may try again; no answer at all stays in doubt.
      if (slackError(err)) await this.deps.state.delete(key);
      throw err;
    }
    await this.deps.state.put(key, { fileId, state: 'shared' } satisfies UploadRecord);
    this.deps.logger.info({ channelId: req.thread.channel, fileId, size: file.bytes.length }, 'Slack file shared in the thread');
    return { uploaded: true, fileId };
  }

  /** The bytes as a multipart form, as the SDK's uploadV2 sends them; the URL is signed, so no token goes with them. */
  private async postBytes(url: string, file: ReplyFile): Promise<void> {
    const form = new FormData();
    form.append('filename', new Blob([new Uint8Array(file.bytes)], { type: file.mediaType }), file.filename);
    const timeoutMs = this.deps.timeoutMs + Math.ceil(file.bytes.length / SLOW_UPLINK_BYTES_PER_S) * 1000;
    const res = await fetch(url, { method: 'POST', body: form, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer().catch(() => undefined);
    if (res.status !== 200) throw new AppError('SEND_FAILED', `Slack's upload URL answered HTTP ${res.status}`, { details: { reason: 'upload_refused' } });
  }
}

/** 2 Mbit/s: a 10 MB document (the default cap) gets 40 s on top of the call timeout, not a flat 10 s. */
const SLOW_UPLINK_BYTES_PER_S = 256 * 1024;

/** Why an upload failed: our own reason, Slack's error code, else Slack not reached (the error kept for the log). */
function failure(err: unknown): UploadOutcome {
  const reason = AppError.is(err) ? err.details?.reason : undefined;
  if (typeof reason === 'string') return { uploaded: false, reason };
  const code = slackError(err);
  return code ? { uploaded: false, reason: code } : { uploaded: false, reason: 'unreachable', err };
}
