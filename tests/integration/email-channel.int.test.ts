import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailPlugin } from '../../adapters/email/plugin.js';
import { loadConfig } from '../../src/config.js';
import { createLogger, silentLogger } from '../../src/logger.js';
import { serve, type RunningAssistant } from '../../src/main.js';
import {
  appendToInbox, deliverByLmtp, Dovecot, emailEnv, fixture, folderContents, simpleMail, SmtpSink, waitFor,
  type ReceivedMail,
} from '../fixtures/email/harness.js';
import { runUntilCrash } from '../fixtures/delivery/crash.js';
import { pdfWithLines } from '../support/pdf.js';
import { requireTool } from '../support/system-tools.js';
import { SAMPLE_CORPUS } from '../support/test-app.js';

/**
 * The email channel end to end: a private Dovecot from Debian (fixed ports 11143/11024, so all email
 * scenarios live in this one file and run in order) and an smtp-server sink. Every assertion is on
 * what people see: mail received by the sink, where the original ended up in the mailbox, drafts staff
 * approve, tickets with their documents.
 */
const HAS_DOVECOT = requireTool('dovecot') !== undefined;

const ids = (messages: { messageId?: string }[]) => messages.map((m) => m.messageId);
const textOf = (r: ReceivedMail) => r.mail.text ?? '';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!HAS_DOVECOT)('email channel with a real Dovecot and SMTP server', () => {
  let dovecot: Dovecot;
  let sink: SmtpSink;
  let dataDir: string;
  let running: RunningAssistant | undefined;
  const env = () => emailEnv({ dataDir, smtpPort: sink.port, corpusDir: SAMPLE_CORPUS });
  const logger = () => (process.env.ARCP_TEST_LOG_LEVEL ? createLogger('debug') : silentLogger());
  const start = async () => (running = await serve(loadConfig(env()), logger(), [emailPlugin]));
  const app = () => running!.app;
  /** Waits for the only reply to a message, then makes sure no second one follows. */
  const onlyReplyTo = async (messageId: string, settleMs = 600): Promise<ReceivedMail> => {
    await waitFor(`a reply to ${messageId}`, () => sink.inReplyTo(messageId).length > 0, 20_000);
    await sleep(settleMs);
    expect(sink.inReplyTo(messageId)).toHaveLength(1);
    return sink.inReplyTo(messageId)[0];
  };
  const filedIn = (folder: string, messageId: string) =>
    waitFor(`${messageId} in ${folder}`, async () => (await folderContents(folder)).find((m) => m.messageId === messageId), 20_000);

  beforeAll(async () => {
    dovecot = await Dovecot.start();
    sink = await new SmtpSink().start();
    dataDir = await mkdtemp(join(tmpdir(), 'arcp-email-test-'));
    await start();
  });

  afterAll(async () => {
    await running?.stop();
    await sink?.stop();
    await dovecot?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('answers an Arabic question once, in its thread, with numbered sources, files it and keeps a copy in Sent', async () => {
    await appendToInbox(fixture('arabic-question.eml'));
    const reply = await onlyReplyTo('ar-question-1@mofa.example.test');
    expect(reply.envelopeTo).toEqual(['focal.point@mofa.example.test']);
    expect(reply.mail.from?.value[0].address).toBe('arcp@example.test');
    expect(reply.mail.subject).toBe('Re: استفسار حول أهداف العملية');
    expect(reply.mail.references).toContain('<ar-question-1@mofa.example.test>');
    expect(reply.mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(textOf(reply)).toMatch(/«[^»]+» \[1\]/);
    expect(textOf(reply)).toMatch(/المصادر:\n\[1\] /);
    expect(reply.mail.html).toContain('dir="rtl"');
    expect(reply.mail.html).toContain('href="#arcp-source-1"');
    const filed = await filedIn('ARCP/Answered', 'ar-question-1@mofa.example.test');
    expect(filed.flags).toEqual(expect.arrayContaining(['\\Seen', '$ARCP-answered']));
    expect(await folderContents('INBOX')).toEqual([]);
    await filedIn('Sent', reply.mail.messageId!.replace(/^<|>$/g, ''));
  });

  it('reports the intake lag in /metrics: seconds since the mailbox was last scanned, small while the intake runs', async () => {
    const lag = async () => {
      const text = await (await fetch(`${running!.url}/metrics`)).text();
      const m = /^arcp_email_intake_seconds_since_scan\{mailbox="INBOX"\} (\S+)$/m.exec(text);
      return m ? { seconds: Number(m[1]) } : undefined;
    };
    const { seconds } = await waitFor('a scan of the mailbox recorded', lag, 20_000);
    expect(seconds).toBeGreaterThanOrEqual(0);
    expect(seconds).toBeLessThan(30);
  });

  it("threads the asker's reply to our answer into the same conversation", async () => {
    const ours = sink.inReplyTo('ar-question-1@mofa.example.test')[0].mail.messageId!.replace(/^<|>$/g, '');
    await deliverByLmtp(simpleMail({
      from: 'نقطة الاتصال الوطنية <focal.point@mofa.example.test>', subject: 'Re: استفسار حول أهداف العملية', messageId: 'ar-followup-1@mofa.example.test',
      inReplyTo: ours, references: ['ar-question-1@mofa.example.test', ours],
      body: 'شكراً لكم.\n\nوماذا ورد في البيان الختامي لعام 2016 بشأن عودة اللاجئين؟\n\nفي الاثنين، 1 ديسمبر 2025 في 10:00 ص، كتب ARCP Secretariat <arcp@example.test>:\n> ما ورد سابقاً',
    }));
    const reply = await onlyReplyTo('ar-followup-1@mofa.example.test');
    expect(reply.mail.references).toEqual(expect.arrayContaining(['<ar-question-1@mofa.example.test>', `<${ours}>`, '<ar-followup-1@mofa.example.test>']));
    const transcript = await app().conversations.transcript('email:ar-question-1@mofa.example.test');
    expect(transcript.map((e) => e.direction)).toEqual(['in', 'out', 'in', 'out']);
    expect(transcript[2].text).toBe('وماذا ورد في البيان الختامي لعام 2016 بشأن عودة اللاجئين؟');
  });

  let ticketId = '';

  it('opens a ticket for an English registration request, acknowledges it with the number, and notifies staff', async () => {
    await appendToInbox(fixture('english-registration.eml'));
    const ack = await onlyReplyTo('en-registration-1@mission.example.test');
    ticketId = /ARCP-\d{5}/.exec(textOf(ack))?.[0] ?? '';
    expect(ticketId).not.toBe('');
    expect(ack.envelopeTo).toEqual(['maria.haddad@mission.example.test']);
    const ticket = await app().tickets.get(ticketId);
    expect(ticket).toMatchObject({ category: 'registration', channel: 'email', sender: { email: 'maria.haddad@mission.example.test' } });
    expect(ticket!.question).toBe('We would like to register our delegation of three members for the next ARCP meeting.');
    const note = await waitFor('the staff notification', () => sink.to('staff@example.test').find((r) => r.mail.subject?.startsWith(`[${ticketId}]`)));
    expect(textOf(note)).toContain('We would like to register our delegation of three members');
    expect(note.mail.headers.get('auto-submitted')).toBe('auto-generated');
    await filedIn('ARCP/Tickets', 'en-registration-1@mission.example.test');
  });

  it("delivers a staff member's emailed answer to the asker, in the asker's thread, without the quoted notification", async () => {
    const note = sink.to('staff@example.test').find((r) => r.mail.subject?.startsWith(`[${ticketId}]`))!;
    await appendToInbox(simpleMail({
      from: 'Enas Staff <staff@example.test>', subject: `RE: ${note.mail.subject}`, messageId: 'staff-answer-1@example.test',
      inReplyTo: note.mail.messageId!.replace(/^<|>$/g, ''),
      body: `Your delegation of three is registered; badges will be ready at the venue in Cairo.\n\n________________________________\nFrom: ARCP Secretariat <arcp@example.test>\nSent: Tuesday, December 2, 2025 11:00 AM\nTo: staff@example.test\nSubject: ${note.mail.subject}\n\n${textOf(note)}`,
    }));
    const answer = await waitFor('the staff answer to the asker', () =>
      sink.inReplyTo('en-registration-1@mission.example.test').find((r) => textOf(r).includes('badges will be ready')));
    expect(answer.envelopeTo).toEqual(['maria.haddad@mission.example.test']);
    expect(textOf(answer)).toContain('Enas Staff');
    expect(textOf(answer)).not.toContain('From: ARCP Secretariat');
    expect(answer.mail.headers.get('auto-submitted')).toBeUndefined();
    expect(await app().tickets.get(ticketId)).toMatchObject({ status: 'answered', answeredBy: 'Enas Staff' });
  });

  it('sends a document staff attach to their answer as a real attachment of the reply, byte for byte', async () => {
    await appendToInbox(simpleMail({
      from: 'Maria Haddad <maria.haddad@mission.example.test>', subject: 'Agenda request', messageId: 'en-agenda-request-1@mission.example.test',
      body: 'Please register our delegation of two members for the next ARCP meeting, and send us the agenda.',
    }));
    const ack = await onlyReplyTo('en-agenda-request-1@mission.example.test');
    const agendaTicket = /ARCP-\d{5}/.exec(textOf(ack))?.[0] ?? '';
    expect(agendaTicket).not.toBe('');
    const pdf = pdfWithLines([Buffer.from('Provisional agenda of the ARCP meeting')]);
    await app().staff.reply(agendaTicket, 'Omar Saleh', 'Your delegation is registered; the agenda is attached.', {
      attachment: { filename: 'جدول الأعمال المؤقت.pdf', bytes: pdf },
    });
    const answer = await waitFor('the staff answer with its attachment', () =>
      sink.inReplyTo('en-agenda-request-1@mission.example.test').find((r) => textOf(r).includes('the agenda is attached')));
    expect(answer.mail.attachments).toHaveLength(1);
    const [file] = answer.mail.attachments;
    expect(file).toMatchObject({ filename: 'جدول الأعمال المؤقت.pdf', contentType: 'application/pdf', contentDisposition: 'attachment' });
    expect(Buffer.compare(file!.content, pdf)).toBe(0);
  });

  it('never answers an auto-reply, a bounce or a mailing list, and files them as ignored', async () => {
    for (const name of ['auto-reply.eml', 'dsn-bounce.eml', 'list-message.eml']) await appendToInbox(fixture(name));
    await waitFor('three ignored messages', async () => {
      const found = ids(await folderContents('ARCP/Ignored'));
      return ['ooo-1@mofa.example.test', 'dsn-1@mx.example.test', 'list-1@lists.example.test'].every((id) => found.includes(id));
    });
    await sleep(500);
    for (const to of ['omar.khalil@mofa.example.test', 'mailer-daemon@mx.example.test', 'news@lists.example.test']) expect(sink.to(to)).toEqual([]);
    expect(sink.inReplyTo('ooo-1@mofa.example.test')).toEqual([]);
  });

  it('handles malformed MIME, raw 8-bit headers, a windows-1256 body and a 30 MB attachment without losing anything', async () => {
    const big = Buffer.alloc(30 * 1024 * 1024, 'ARCP national report ');
    const bigMail = await new MailComposer({
      from: 'Planning Unit <planning@mofa.example.test>', to: 'arcp@example.test', subject: 'National report', messageId: '<big-1@mofa.example.test>',
      text: 'We hereby submit our national report on migration for the regional review; please find it attached.',
      attachments: [{ filename: 'التقرير الوطني.pdf', content: big, contentType: 'application/pdf' }],
    }).compile().build();
    for (const name of ['windows-1256-body.eml', 'eight-bit-headers.eml', 'malformed-mime.eml']) await appendToInbox(fixture(name));
    await appendToInbox(bigMail);

    const cp1256 = await onlyReplyTo('cp1256-1@mofa.example.test', 0);
    expect(cp1256.mail.subject).toBe('Re: سؤال عن الاتفاق العالمي');
    const inbound = (await app().conversations.transcript('email:cp1256-1@mofa.example.test'))[0];
    expect(inbound.text).toBe('ما هو الموقف العربي من الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية؟');

    const eightBit = await onlyReplyTo('eightbit-1@mofa.example.test', 0);
    expect(eightBit.mail.subject).toBe('Re: طلب تسجيل وفد');
    expect(eightBit.mail.to).toMatchObject({ value: [{ address: 'interior@mofa.example.test', name: 'وزارة الداخلية' }] });

    const malformedAck = await onlyReplyTo('malformed-1@mofa.example.test', 0);
    const malformedTicket = await app().tickets.get(/ARCP-\d{5}/.exec(textOf(malformedAck))![0]);
    expect(malformedTicket!.attachments).toMatchObject([{ filename: 'contribution.pdf', storedAt: expect.any(String) }]);

    const bigAck = await onlyReplyTo('big-1@mofa.example.test', 0);
    const bigTicket = await app().tickets.get(/ARCP-\d{5}/.exec(textOf(bigAck))![0]);
    expect(bigTicket).toMatchObject({ category: 'submission', attachments: [{ filename: 'التقرير الوطني.pdf', size: big.length }] });
    expect((await stat(bigTicket!.attachments[0].storedAt!)).size).toBe(big.length);
    expect((await readFile(bigTicket!.attachments[0].storedAt!)).subarray(0, 21).toString()).toBe('ARCP national report ');
    const filed = await filedIn('ARCP/Tickets', 'big-1@mofa.example.test');
    expect(filed.size).toBeGreaterThan(big.length);
    await filedIn('ARCP/Tickets', 'malformed-1@mofa.example.test');
    expect(await folderContents('INBOX')).toEqual([]);
  }, 60_000);

  it('holds the answer to a sender outside the allowlist as a draft; approved with edits, it is sent in the thread', async () => {
    await appendToInbox(simpleMail({
      from: 'Researcher <someone@unknown.example.test>', subject: 'سؤال عن العملية', messageId: 'unlisted-1@unknown.example.test',
      body: 'ما هي أهداف عملية التشاور العربية الإقليمية؟',
    }));
    await filedIn('ARCP/Drafted', 'unlisted-1@unknown.example.test');
    expect(sink.to('someone@unknown.example.test')).toEqual([]);
    const [draft] = (await app().drafts.list({ status: ['pending'] })).filter((d) => d.sender.email === 'someone@unknown.example.test');
    expect(draft.reply.kind).toBe('answer');
    expect(draft.question).toBe('ما هي أهداف عملية التشاور العربية الإقليمية؟');
    const edited = `${draft.reply.text}\n\nراجعت الأمانة الفنية هذه الإجابة.`;
    expect((await app().drafts.approve(draft.id, 'Salma Haddad', edited)).status).toBe('sent');
    const sent = await onlyReplyTo('unlisted-1@unknown.example.test');
    expect(sent.envelopeTo).toEqual(['someone@unknown.example.test']);
    expect(sent.mail.subject).toBe('Re: سؤال عن العملية');
    expect(textOf(sent)).toContain('راجعت الأمانة الفنية هذه الإجابة.');
    expect(textOf(sent)).toMatch(/المصادر:\n\[1\] /);
  });

  it('queues a reply while SMTP is down and sends it once when SMTP is back', async () => {
    await sink.stop();
    await appendToInbox(simpleMail({ from: 'desk@mofa.example.test', subject: 'GCM', messageId: 'smtp-down-1@mofa.example.test', body: 'What is the Arab position on the Global Compact for Migration?' }));
    await filedIn('ARCP/Answered', 'smtp-down-1@mofa.example.test');
    await sleep(1500);
    expect(sink.inReplyTo('smtp-down-1@mofa.example.test')).toEqual([]);
    await sink.start();
    const reply = await onlyReplyTo('smtp-down-1@mofa.example.test', 1500);
    expect(reply.mail.subject).toBe('Re: GCM');
  });

  it('reconnects after Dovecot restarts during IDLE and misses nothing', async () => {
    await sleep(500);
    await dovecot.restart();
    await appendToInbox(simpleMail({ from: 'desk@mofa.example.test', subject: 'بعد إعادة التشغيل', messageId: 'after-restart-1@mofa.example.test', body: 'ما هو الموقف العربي من الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية؟' }));
    const reply = await onlyReplyTo('after-restart-1@mofa.example.test');
    expect(reply.mail.subject).toBe('Re: بعد إعادة التشغيل');
  });

  /** Runs the server with email in a child process that dies at `point` of its first reply's delivery. */
  async function crashAt(point: 'before-send' | 'after-send'): Promise<string> {
    const { signal, out } = await runUntilCrash('email', point, env());
    expect(signal).toBe('SIGKILL');
    return out;
  }

  it('sends exactly one reply when the server is killed after composing the reply, before sending it', async () => {
    await running!.stop();
    running = undefined;
    await appendToInbox(simpleMail({ from: 'desk@mofa.example.test', subject: 'crash', messageId: 'crash-1@mofa.example.test', body: 'What is the Arab position on the Global Compact for Migration?' }));
    expect(await crashAt('before-send')).toContain('dying before-send');
    expect(sink.inReplyTo('crash-1@mofa.example.test')).toEqual([]);
    await start();
    const reply = await onlyReplyTo('crash-1@mofa.example.test', 1500);
    expect(reply.mail.subject).toBe('Re: crash');
    await filedIn('ARCP/Answered', 'crash-1@mofa.example.test');
  }, 60_000);

  it('sends exactly one reply when the server is killed after the mail server took it, and shows the delivery to staff as in doubt', async () => {
    await running!.stop();
    running = undefined;
    await appendToInbox(simpleMail({ from: 'desk@mofa.example.test', subject: 'crash after', messageId: 'crash-2@mofa.example.test', body: 'What is the Arab position on the Global Compact for Migration?' }));
    expect(await crashAt('after-send')).toContain('dying after-send');
    await waitFor('the reply sent before the crash', () => sink.inReplyTo('crash-2@mofa.example.test').length > 0);
    await start();
    await filedIn('ARCP/Answered', 'crash-2@mofa.example.test');
    const dead = await waitFor('the delivery held as in doubt', async () =>
      (await app().deliveries.list({ status: ['dead'] })).find((d) => (d.ref?.replyHandle as { inReplyTo?: string } | undefined)?.inReplyTo === 'crash-2@mofa.example.test'));
    expect(dead.lastError).toMatch(/in doubt/);
    await sleep(1500);
    expect(sink.inReplyTo('crash-2@mofa.example.test')).toHaveLength(1);
  }, 60_000);
  it('holds mail from an allowlisted ministry that failed authentication, or with a Reply-To elsewhere, for staff with the reason', async () => {
    await running!.stop();
    running = await serve(loadConfig({ ...env(), EMAIL_AUTHSERV_ID: 'mx.example.test' }), logger(), [emailPlugin]);
    const registration = 'We would like to register our delegation of two members for the next ARCP meeting.';
    // What the receiving server wrote on top of a spoofed ministry mail, and what the spoofer wrote below it.
    await appendToInbox(simpleMail({
      from: 'Minister Office <minister@mofa.example.test>', subject: 'Registration', messageId: 'spoof-1@freemail.example.net', body: registration,
      headers: {
        'Authentication-Results': 'mx.example.test; spf=fail smtp.mailfrom=freemail.example.net; dkim=none; dmarc=fail (p=reject dis=none) header.from=mofa.example.test',
        'Reply-To': 'ministry.desk@freemail.example.net',
      },
    }));
    await appendToInbox(simpleMail({
      from: 'Minister Office <minister@mofa.example.test>', subject: 'سؤال', messageId: 'spoof-2@freemail.example.net',
      body: 'ما هي أهداف عملية التشاور العربية الإقليمية؟', headers: { 'Authentication-Results': 'mx.attacker.example; dmarc=pass header.from=mofa.example.test' },
    }));
    await appendToInbox(simpleMail({
      from: 'Researcher <curious@unknown.example.test>', subject: 'Registration', messageId: 'replyto-1@unknown.example.test', body: registration,
      headers: { 'Reply-To': 'collector@elsewhere.example.net' },
    }));
    await appendToInbox(simpleMail({
      from: 'Desk <desk@mofa.example.test>', subject: 'GCM', messageId: 'authentic-1@mofa.example.test', body: 'What is the Arab position on the Global Compact for Migration?',
      headers: { 'Authentication-Results': 'mx.example.test; spf=pass smtp.mailfrom=mofa.example.test; dkim=pass header.d=mofa.example.test; dmarc=pass header.from=mofa.example.test' },
    }));
    expect(textOf(await onlyReplyTo('authentic-1@mofa.example.test'))).toMatch(/«[^»]+» \[1\]/);
    for (const id of ['spoof-1@freemail.example.net', 'spoof-2@freemail.example.net', 'replyto-1@unknown.example.test']) await filedIn('ARCP/Drafted', id);
    await sleep(500);
    for (const to of ['minister@mofa.example.test', 'ministry.desk@freemail.example.net', 'curious@unknown.example.test', 'collector@elsewhere.example.net']) expect(sink.to(to)).toEqual([]);
    const held = await app().drafts.list({ status: ['pending'] });
    const doubtOf = (question: string, email: string) => held.find((d) => d.question === question && d.sender.email === email)?.sender.doubt;
    expect(doubtOf(registration, 'minister@mofa.example.test')).toBe('From minister@mofa.example.test: mofa.example.test failed authentication at mx.example.test (dmarc=fail, spf=fail, dkim=none)');
    expect(doubtOf('ما هي أهداف عملية التشاور العربية الإقليمية؟', 'minister@mofa.example.test')).toBe('From minister@mofa.example.test: no Authentication-Results from mx.example.test for mofa.example.test');
    expect(doubtOf(registration, 'curious@unknown.example.test')).toBe('Reply-To collector@elsewhere.example.net is outside the allowlist (From curious@unknown.example.test)');
    // The request still reaches staff as a ticket, marked; only what goes back to the sender waits.
    const ack = held.find((d) => d.sender.email === 'minister@mofa.example.test' && d.question === registration)!.reply;
    expect(ack.kind).toBe('ticket');
    const ticketId = (ack as { ticketId: string }).ticketId;
    const note = await waitFor('the staff notification', () => sink.to('staff@example.test').find((r) => r.mail.subject?.startsWith(`[${ticketId}]`)));
    expect(textOf(note)).toContain('⚠ Sender in doubt');
    expect(textOf(note)).toContain('mofa.example.test failed authentication at mx.example.test');

    // A forged staff answer to that ticket reaches nobody: the staff address failed authentication too.
    await appendToInbox(simpleMail({
      from: 'Enas Staff <staff@example.test>', subject: `RE: ${note.mail.subject}`, messageId: 'forged-staff-1@freemail.example.net',
      inReplyTo: note.mail.messageId!.replace(/^<|>$/g, ''), body: 'Your registration is confirmed; send the passports to this address.',
      headers: { 'Authentication-Results': 'mx.example.test; spf=fail smtp.mailfrom=freemail.example.net; dmarc=fail header.from=example.test' },
    }));
    await filedIn('ARCP/Ignored', 'forged-staff-1@freemail.example.net');
    await sleep(300);
    expect(sink.received.filter((r) => textOf(r).includes('send the passports'))).toEqual([]);
    expect((await app().tickets.get(ticketId))?.status).toBe('open');
    await running!.stop();
    await start();
  });
  it('answers a mail that has no Message-ID without inventing one to point at: no In-Reply-To, no References', async () => {
    const raw = simpleMail({ from: 'Desk <desk@mofa.example.test>', subject: 'بلا معرّف', messageId: 'x', body: 'ما هو الموقف العربي من الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية؟' })
      .replace(/^Message-ID: <x>\r\n/m, '');
    expect(raw).not.toMatch(/^Message-ID/im);
    await appendToInbox(raw);
    const reply = await waitFor('the reply to the mail without Message-ID', () => sink.to('desk@mofa.example.test').find((r) => r.mail.subject === 'Re: بلا معرّف'), 20_000);
    expect(textOf(reply)).toMatch(/«[^»]+» \[1\]/);
    expect(reply.mail.headers.has('in-reply-to')).toBe(false);
    expect(reply.mail.headers.has('references')).toBe(false);
    expect(reply.raw.toString('latin1')).not.toContain('arcp.invalid');
  });
  /** The sections of a reply to a letter: each label the asker used, with the text under it, in order. */
  const sectionsOf = (text: string, labels: string[]) =>
    labels.map((label, i) => {
      const start = text.indexOf(`${label}. `);
      const end = i + 1 < labels.length ? text.indexOf(`${labels[i + 1]}. `) : text.search(/\n(?:Sources|المصادر):\n/);
      return { label, start, body: start >= 0 && end > start ? text.slice(start, end) : '' };
    });

  it('answers a formal English letter and a formal Arabic letter question by question, numbered as the asker numbered them, each with its own sources', async () => {
    await deliverByLmtp(simpleMail({ from: 'Ahmed Mansour <a.mansour@mofa.example.test>', subject: 'Request for clarification', messageId: 'letter-en-1@mofa.example.test', body: ENGLISH_LETTER }));
    await deliverByLmtp(simpleMail({ from: 'خالد العتيبي <k.otaibi@mofa.example.test>', subject: 'استفسار', messageId: 'letter-ar-1@mofa.example.test', body: ARABIC_LETTER }));
    for (const [id, labels, sources] of [['letter-en-1@mofa.example.test', ['1', '2'], 'Sources'], ['letter-ar-1@mofa.example.test', ['أولاً', 'ثانياً'], 'المصادر']] as const) {
      const text = textOf(await onlyReplyTo(id, 0));
      const sections = sectionsOf(text, [...labels]);
      expect(sections.map((x) => x.start >= 0)).toEqual([true, true]);
      expect(sections[0].start).toBeLessThan(sections[1].start);
      // Each answer quotes and cites on its own: the first cites [1], the second a source of its own.
      expect(sections[0].body).toMatch(/«[^»]+» \[1\]/);
      expect(sections[1].body).toMatch(/«[^»]+» \[[2-9]\]/);
      expect(sections[1].body).not.toMatch(/\[1\]/);
      expect(text).toContain(`${sources}:\n[1] `);
      expect(text).toMatch(/\n\[2\] /);
      // Greeting, closing formula, signature and disclaimer are not taken for questions.
      expect(text).not.toMatch(/DISCLAIMER|تنويه|Ahmed Mansour|خالد العتيبي/);
    }
    const [ar] = await app().conversations.transcript('email:letter-ar-1@mofa.example.test');
    expect(ar.text).toContain('أولاً: ما هي أهداف عملية التشاور العربية الإقليمية؟');
  });
});

/** A formal letter as ministries write them: salutation, numbered questions, closing formula, signature, legal footer. */
const ENGLISH_LETTER = [
  'Excellency,',
  '',
  'I have the honour to write to you on behalf of the Ministry of Foreign Affairs in preparation for our annual report, and I would be grateful if you could clarify the following:',
  '',
  '1. What are the objectives of the Arab Regional Consultative Process?',
  '2. What is the Arab position on the Global Compact for Migration?',
  '',
  'Please accept, Excellency, the assurances of my highest consideration.',
  '',
  'Ahmed Mansour',
  'Counsellor, Department of International Organisations',
  'Ministry of Foreign Affairs',
  'Tel. +962 6 000 0000',
  '',
  'DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.',
].join('\n');

const ARABIC_LETTER = [
  'سعادة مدير إدارة شؤون اللاجئين والمغتربين والهجرة المحترم،',
  'تحية طيبة وبعد،',
  '',
  'يطيب لي أن أتوجه إليكم بالاستفسار عما يلي تمهيداً لإعداد تقرير الوزارة السنوي:',
  '',
  'أولاً: ما هي أهداف عملية التشاور العربية الإقليمية؟',
  'ثانياً: ما هو الموقف العربي من الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية؟',
  '',
  'وتفضلوا بقبول فائق الاحترام والتقدير،',
  '',
  'المستشار خالد العتيبي',
  'إدارة المنظمات الدولية',
  'وزارة الخارجية',
  'هاتف: 00965 2200 0000',
  '',
  'تنويه: هذه الرسالة ومرفقاتها سرية ومخصصة للمرسَل إليه فقط. إذا وصلتك عن طريق الخطأ فيرجى إبلاغ المرسل وحذفها.',
].join('\n');
