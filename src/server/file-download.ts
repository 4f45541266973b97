import type { Response, Router } from 'express';
import type { AppServices } from '../app.js';
import { AppError } from '../errors.js';
import type { ReplyFile } from '../tickets/reply-files.js';

/** A document attached to an answer, as a download: its own type, never shown in the page, never sniffed. */
export function sendReplyFile(res: Response, file: ReplyFile): void {
  res.attachment(file.filename);
  res.type(file.mediaType);
  res.set({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store', 'Content-Security-Policy': "default-src 'none'; sandbox" });
  res.send(file.bytes);
}

/** GET /files/:id?e=…&s=… — the signed, expiring links Teams and Slack messages carry. */
export function mountFileDownloads(router: Router, app: Pick<AppServices, 'replyFiles' | 'fileLinks'>): void {
  router.get('/files/:id', async (req, res) => {
    const id = String(req.params.id);
    if (!app.fileLinks.valid(id, req.query.e, req.query.s)) throw new AppError('FORBIDDEN', 'this download link is not valid or has expired');
    const file = await app.replyFiles.get(id);
    if (!file) throw new AppError('NOT_FOUND', 'no such file');
    sendReplyFile(res, file);
  });
}
