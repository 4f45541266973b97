import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { simpleParser, type AddressObject } from 'mailparser';

/** One received mail, as the rest of the adapter sees it: no mailparser types past this file. */
export interface MailAddress {
  address: string;
  name?: string;
}

export interface MailPart {
  filename: string;
  contentType: string;
  size: number;
  content: Buffer;
  /** An image referenced from the HTML body (a logo in a signature), not a document sent in. */
  inline: boolean;
}

export interface ParsedMail {
  /** Message-ID without angle brackets; a digest of the bytes when the mail has none. */
  messageId: string;
  hasMessageId: boolean;
  from?: MailAddress;
  replyTo?: MailAddress;
  to: MailAddress[];
  subject: string;
  date?: Date;
  inReplyTo?: string;
  /** Oldest first, as in the References header. */
  references: string[];
  text: string;
  /** Every Authentication-Results value, topmost (the receiving server's) first. */
  authResults: string[];
  /** Raw header values by lower-cased name (first occurrence), for the loop guard. */
  headers: Map<string, string>;
  contentType: string;
  attachments: MailPart[];
}

/** `<a@b>` or ` a@b ` → `a@b`. */
export function bareMessageId(id: string): string {
  return id.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
}

/** Every `<…>` id of a References / In-Reply-To value, in order. */
export function messageIdsIn(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(' ') : value ?? '';
  const bracketed = [...joined.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1]);
  if (bracketed.length > 0) return bracketed;
  return joined.split(/\s+/).map(bareMessageId).filter((s) => s.includes('@'));
}

/**
 * Headers sent as raw 8-bit bytes in a legacy charset (some Arabic mail clients and gateways still do)
 * are not valid UTF-8; decoded as UTF-8 they turn into replacement characters. Such a header block is
 * decoded with whichever of the declared charset, windows-1256 and ISO-8859-6 reads as Arabic best,
 * and re-encoded as UTF-8.
 */
export function repairEightBitHeaders(raw: Buffer): Buffer {
  const end = headerEnd(raw);
  const head = raw.subarray(0, end);
  if (!head.some((b) => b >= 0x80) || isUtf8(head)) return raw;
  const declared = /charset\s*=\s*"?([A-Za-z0-9_:.-]+)/i.exec(raw.subarray(0, Math.min(raw.length, end + 4096)).toString('latin1'))?.[1];
  const candidates = [declared, ...LEGACY_CHARSETS].filter((c): c is string => Boolean(c && iconv.encodingExists(c) && !/^utf-?8$/i.test(c)));
  const decoded = candidates
    .map((charset) => iconv.decode(head, charset))
    .reduce((best, text) => (arabicReadability(text) > arabicReadability(best) ? text : best));
  return Buffer.concat([Buffer.from(decoded, 'utf8'), raw.subarray(end)]);
}

const LEGACY_CHARSETS = ['windows-1256', 'iso-8859-6'];

/** Arabic letters count for a decoding; undefined bytes and stray accented Latin letters count against it. */
function arabicReadability(text: string): number {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(/[\u0621-\u064A]/g) - 10 * count(/\uFFFD/g) - 3 * count(/[\u00C0-\u00FF]/g);
}

function headerEnd(raw: Buffer): number {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const ends = [crlf, lf].filter((i) => i >= 0);
  return ends.length ? Math.min(...ends) : raw.length;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function firstAddress(field: AddressObject | AddressObject[] | undefined): MailAddress | undefined {
  return addresses(field)[0];
}

function addresses(field: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const objects = Array.isArray(field) ? field : field ? [field] : [];
  return objects
    .flatMap((o) => o.value.flatMap((v) => (v.group ? v.group : [v])))
    .filter((v) => v.address && v.address.includes('@'))
    .map((v) => ({ address: v.address!.trim().toLowerCase(), name: v.name?.trim() || undefined }));
}

function rawHeaders(lines: readonly { key: string; line: string }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { key, line } of lines) {
    if (map.has(key)) continue;
    const colon = line.indexOf(':');
    map.set(key, line.slice(colon + 1).replace(/\r?\n[ \t]+/g, ' ').trim());
  }
  return map;
}

/** Parses a raw RFC 5322 message. Never throws on malformed MIME: mailparser is lenient, and so is this. */
export async function parseMail(raw: Buffer): Promise<ParsedMail> {
  const m = await simpleParser(repairEightBitHeaders(raw), { skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true });
  const headers = rawHeaders(m.headerLines);
  const id = m.messageId ? bareMessageId(m.messageId) : '';
  const contentType = (headers.get('content-type') ?? 'text/plain').split(';')[0].trim().toLowerCase();
  return {
    messageId: id || `sha256-${createHash('sha256').update(raw).digest('hex').slice(0, 32)}@arcp.invalid`,
    hasMessageId: Boolean(id),
    from: firstAddress(m.from),
    replyTo: firstAddress(m.replyTo),
    to: [...addresses(m.to), ...addresses(m.cc)],
    subject: (m.subject ?? '').replace(/\s+/g, ' ').trim(),
    date: m.date,
    inReplyTo: messageIdsIn(m.inReplyTo)[0],
    references: messageIdsIn(m.references),
    text: (m.text ?? '').replace(/\r\n/g, '\n'),
    authResults: m.headerLines.filter((h) => h.key === 'authentication-results').map((h) => h.line.slice(h.line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim()),
    headers,
    contentType,
    attachments: m.attachments.map((a, i) => ({
      filename: a.filename?.trim() || `attachment-${i + 1}`,
      contentType: a.contentType || 'application/octet-stream',
      size: a.size ?? a.content.length,
      content: a.content,
      inline: Boolean(a.related) || (a.contentDisposition === 'inline' && a.contentType.startsWith('image/')),
    })),
  };
}
