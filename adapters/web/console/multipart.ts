import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../../../src/errors.js';

/** A file field of a multipart form, read whole. */
export interface FormFile {
  filename: string;
  bytes: Buffer;
}

/** What is read past the cap before the connection is cut: enough for the browser to take the answer. */
const DRAIN_LIMIT = 200 * 1024 * 1024;

/**
 * Reads a multipart/form-data body (the reply form with its attachment) into `req.body`: text fields as
 * strings, file fields as {@link FormFile}, an empty file field left out. A body over `maxBytes` is read to
 * its end and discarded (a browser cut off mid-upload shows a network error, not our message), then
 * `onTooLarge` answers; nothing else happens, so it needs no CSRF check.
 */
export function multipartForm(maxBytes: number, onTooLarge: (req: Request, res: Response) => void): RequestHandler {
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) req.destroy();
    });
    req.on('error', next);
    req.on('end', () => {
      if (size > maxBytes) return onTooLarge(req, res);
      parseForm(String(req.headers['content-type']), Buffer.concat(chunks))
        .then((body) => {
          req.body = body;
          next();
        })
        .catch(next);
    });
  };
}

/** The platform's own multipart parser (fetch's Request.formData), rather than a hand-written one. */
async function parseForm(contentType: string, body: Buffer): Promise<Record<string, string | FormFile>> {
  const form = await new Request('http://form.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) })
    .formData()
    .catch((cause: unknown) => {
      throw new AppError('BAD_REQUEST', 'a malformed multipart form', { cause });
    });
  const out: Record<string, string | FormFile> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') out[name] = value;
    else if (value.size > 0) out[name] = { filename: value.name, bytes: Buffer.from(await value.arrayBuffer()) };
  }
  return out;
}
