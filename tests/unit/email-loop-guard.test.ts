import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loopGuard } from '../../adapters/email/loop-guard.js';
import { parseMail } from '../../adapters/email/mime.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'email');
const own = { ownAddresses: ['arcp@example.test'] };

function mail(headers: Record<string, string>, body = 'ما هو موقف العملية من الهجرة؟'): Buffer {
  const lines = Object.entries({
    From: 'Ahmed <ahmed@mofa.example.test>',
    To: 'arcp@example.test',
    Subject: 'question',
    'Message-ID': '<m1@mofa.example.test>',
    'Content-Type': 'text/plain; charset=UTF-8',
    ...headers,
  }).map(([k, v]) => `${k}: ${v}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}\r\n`);
}

const reason = async (raw: Buffer) => loopGuard(await parseMail(raw), own);

describe('email loop guard (RFC 3834): robots, lists, bounces and ourselves are never answered', () => {
  it('lets a person through, including Auto-Submitted: no', async () => {
    expect(await reason(mail({}))).toBeUndefined();
    expect(await reason(mail({ 'Auto-Submitted': 'no' }))).toBeUndefined();
  });

  it.each([
    ['auto-reply.eml', 'auto-submitted'],
    ['dsn-bounce.eml', 'auto-submitted'],
    ['list-message.eml', 'precedence'],
  ])('recorded %s → %s', async (file, expected) => {
    expect(await reason(readFileSync(join(FIXTURES, file)))).toBe(expected);
  });

  it.each([
    [{ 'Auto-Submitted': 'auto-generated' }, 'auto-submitted'],
    [{ 'Auto-Submitted': 'auto-replied; owner-email="x@y"' }, 'auto-submitted'],
    [{ 'X-Autoreply': 'yes' }, 'x-autoreply'],
    [{ Precedence: 'bulk' }, 'precedence'],
    [{ Precedence: 'junk' }, 'precedence'],
    [{ 'List-Id': '<migration.lists.example.test>' }, 'mailing-list'],
    [{ 'Return-Path': '<>' }, 'null-return-path'],
    [{ From: 'MAILER-DAEMON@mx.example.test' }, 'robot-sender'],
    [{ From: 'No Reply <no-reply@portal.example.test>' }, 'robot-sender'],
    [{ From: 'donotreply@portal.example.test' }, 'robot-sender'],
    [{ From: 'ARCP Secretariat <ARCP@example.test>' }, 'own-message'],
    [{ 'X-ARCP-Assistant': '1', From: 'forwarder@mofa.example.test' }, 'own-message'],
    [{ Subject: 'Out of Office: back on Monday' }, 'auto-reply-subject'],
    [{ Subject: '=?UTF-8?B?' + Buffer.from('رد تلقائي: خارج المكتب').toString('base64') + '?=' }, 'auto-reply-subject'],
  ])('%o → %s', async (headers, expected) => {
    expect(await reason(mail(headers as Record<string, string>))).toBe(expected);
  });

  it('a delivery report is recognised by its MIME type even without other marks', async () => {
    const raw = Buffer.from(
      'From: postmaster-robot@mx.example.test\r\nTo: arcp@example.test\r\nSubject: failure\r\nMessage-ID: <r1@x>\r\n' +
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--b--\r\n',
    );
    expect(await reason(raw)).toBe('delivery-report');
  });

  it('mail with no sender cannot be answered', async () => {
    expect(await reason(Buffer.from('Subject: orphan\r\n\r\nhello\r\n'))).toBe('no-sender');
  });
});
