import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionText, ticketTagOf, toInboundMessage } from '../../adapters/email/inbound.js';
import { parseMail, repairEightBitHeaders } from '../../adapters/email/mime.js';
import { newConversationId, readReplyHandle, replyReferences, replySubject, threadCandidates } from '../../adapters/email/threading.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'email');
const load = (name: string) => parseMail(readFileSync(join(FIXTURES, name)));

describe('email inbound: a received mail becomes the neutral message', () => {
  it('an Arabic question (UTF-8, base64): sender, thread handle, and only what was written', async () => {
    const mail = await load('arabic-question.eml');
    const msg = toInboundMessage(mail, { conversationId: 'ar-question-1@mofa.example.test', attachments: [] });
    expect(msg.id).toBe('email:ar-question-1@mofa.example.test');
    expect(msg.sender).toEqual({ id: 'focal.point@mofa.example.test', email: 'focal.point@mofa.example.test', name: 'نقطة الاتصال الوطنية' });
    expect(msg.text).toBe('ما هي أهداف عملية التشاور العربية الإقليمية؟');
    // The subject without its Re: travels with the message: what a letter's questions may point back to.
    expect(msg.subject).toBe('استفسار حول أهداف العملية');
    expect(msg.ref).toEqual({
      channel: 'email',
      conversationId: 'ar-question-1@mofa.example.test',
      replyHandle: {
        to: 'focal.point@mofa.example.test',
        toName: 'نقطة الاتصال الوطنية',
        subject: 'Re: استفسار حول أهداف العملية',
        inReplyTo: 'ar-question-1@mofa.example.test',
        references: ['ar-question-1@mofa.example.test'],
      },
    });
    expect(JSON.parse(JSON.stringify(msg.ref))).toEqual(msg.ref);
  });

  it('decodes a windows-1256 body and encoded words', async () => {
    const mail = await load('windows-1256-body.eml');
    expect(mail.text.trim()).toBe('ما هو الموقف العربي من الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية؟');
    expect(mail.subject).toBe('سؤال عن الاتفاق العالمي');
    expect(mail.from?.name).toBe('سفارة');
  });

  it('repairs raw 8-bit windows-1256 headers and decodes an ISO-8859-6 quoted-printable body', async () => {
    const mail = await load('eight-bit-headers.eml');
    expect(mail.subject).toBe('طلب تسجيل وفد');
    expect(mail.from).toEqual({ address: 'interior@mofa.example.test', name: 'وزارة الداخلية' });
    expect(questionText(mail)).toBe('نرجو تسجيل وفدنا في الاجتماع القادم لعملية التشاور العربية الإقليمية.');
  });

  it('leaves valid UTF-8 headers untouched', () => {
    const raw = Buffer.from('Subject: سؤال\r\nFrom: a@b.test\r\n\r\nنص\r\n');
    expect(repairEightBitHeaders(raw)).toBe(raw);
  });

  it('reads malformed MIME without losing the text or the attachment', async () => {
    const mail = await load('malformed-mime.eml');
    expect(questionText(mail)).toMatch(/^Please find attached our national contribution/);
    expect(mail.attachments.map((a) => a.filename)).toEqual(['contribution.pdf']);
    expect(mail.attachments[0].size).toBeGreaterThan(0);
  });

  it('gives a mail without Message-ID a stable id from its bytes', async () => {
    const raw = Buffer.from('From: a@mofa.example.test\r\nSubject: x\r\n\r\nما هو الاتفاق العالمي؟\r\n');
    const [a, b] = [await parseMail(raw), await parseMail(raw)];
    expect(a.hasMessageId).toBe(false);
    expect(a.messageId).toBe(b.messageId);
    expect(a.messageId).toMatch(/@arcp\.invalid$/);
  });

  it('falls back to the subject when the body is empty, without its Re: prefix', async () => {
    const mail = await parseMail(Buffer.from('From: a@mofa.example.test\r\nSubject: RE: ما هو الاتفاق العالمي؟\r\nMessage-ID: <e@x>\r\n\r\n\r\n'));
    expect(questionText(mail)).toBe('ما هو الاتفاق العالمي؟');
  });

  it('replies to Reply-To when the mail names one', async () => {
    const mail = await parseMail(Buffer.from('From: a@mofa.example.test\r\nReply-To: Desk <desk@mofa.example.test>\r\nSubject: q\r\nMessage-ID: <e@x>\r\n\r\nWhat is the GCM?\r\n'));
    expect(toInboundMessage(mail, { conversationId: 'c', attachments: [] }).ref.replyHandle).toMatchObject({ to: 'desk@mofa.example.test', toName: 'Desk' });
  });

  it('finds the ticket tag a staff reply keeps in its subject', () => {
    expect(ticketTagOf('RE: [ARCP-00012] registration: We would like…')).toBe('ARCP-00012');
    expect(ticketTagOf('رد: [arcp-00007] طلب')).toBe('ARCP-00007');
    expect(ticketTagOf('ARCP-00012 without brackets')).toBeUndefined();
  });
});

describe('email threading: Message-ID, In-Reply-To and References only', () => {
  const reply = (over: Record<string, unknown>) => ({ messageId: 'c@x', hasMessageId: true, inReplyTo: undefined, references: [] as string[], ...over }) as never;

  it('looks up the direct parent first, then the chain newest first', () => {
    expect(threadCandidates(reply({ inReplyTo: 'b@x', references: ['root@x', 'a@x', 'b@x'] }))).toEqual(['b@x', 'a@x', 'root@x']);
  });

  it('names a new conversation after the oldest message it refers to', () => {
    expect(newConversationId(reply({ references: ['root@x', 'b@x'] }))).toBe('root@x');
    expect(newConversationId(reply({}))).toBe('c@x');
  });

  it('prefixes Re: once, in any language an MUA uses', () => {
    expect(replySubject('استفسار حول أهداف العملية')).toBe('Re: استفسار حول أهداف العملية');
    expect(replySubject('RE: Registration')).toBe('RE: Registration');
    expect(replySubject('رد: طلب')).toBe('رد: طلب');
    expect(replySubject('AW: Frage')).toBe('AW: Frage');
  });

  it('keeps the root and the latest ids when a chain grows long', () => {
    const refs = Array.from({ length: 30 }, (_, i) => `m${i}@x`);
    const out = replyReferences(reply({ messageId: 'last@x', references: refs, inReplyTo: 'm29@x' }));
    expect(out).toHaveLength(12);
    expect(out[0]).toBe('m0@x');
    expect(out.at(-1)).toBe('last@x');
  });

  it('refuses a reference that is not an email thread', () => {
    expect(() => readReplyHandle({ thread: 'abc' })).toThrow(/not an email thread/);
  });
});
