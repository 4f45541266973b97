import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolePlugin } from '../../adapters/web/console/plugin.js';
import { webChatPlugin } from '../../adapters/web/web-plugin.js';
import { addStaffAccount } from '../../src/console/staff-accounts.js';
import { loadConfig, type Env } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { serve, type RunningAssistant } from '../../src/main.js';
import { StaffStore } from '../../src/store/staff-store.js';
import { ConversationScript, SAMPLE_CORPUS } from '../support/test-app.js';
import { ConsoleClient as Client } from '../support/console-client.js';

const ADMIN = { email: 'amina.haddad@example.org', password: 'ورقة-موقف-2025!', name: 'أمينة حداد' };
const STAFF = { email: 'omar.saleh@example.org', password: 'secretariat-desk-7', name: 'Omar Saleh' };

// Uploads are written into the corpus folder: each server works on a copy, never on the repository's.
const workDirs: string[] = [];
afterAll(() => workDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function start(env: Env = {}): Promise<RunningAssistant> {
  const dir = mkdtempSync(join(tmpdir(), 'arcp-console-http-'));
  workDirs.push(dir);
  cpSync(SAMPLE_CORPUS, join(dir, 'corpus'), { recursive: true });
  const config = loadConfig({ PORT: '0', ARCP_CORPUS_DIR: join(dir, 'corpus'), LOG_LEVEL: 'silent', ...env });
  const running = await serve(config, silentLogger(), [webChatPlugin, consolePlugin], { inMemory: true });
  const store = new StaffStore(running.app.db);
  await addStaffAccount(store, { ...ADMIN, role: 'admin' });
  await addStaffAccount(store, { ...STAFF, role: 'staff' });
  return running;
}

describe('the staff console over HTTP', () => {
  let running: RunningAssistant;
  let ticketId: string;

  beforeAll(async () => {
    running = await start();
    const reply = await new ConversationScript(running.app).say('Please register <script>alert(1)</script> our delegation for the next ARCP meeting');
    ticketId = reply.kind === 'ticket' ? reply.ticketId : '';
  });
  afterAll(async () => running?.stop());

  it('sends every page to sign-in, and answers the API with 401, without a session', async () => {
    const anon = new Client(running.url);
    for (const path of ['/console', '/console/tickets?status=all', `/console/tickets/${ticketId}`, '/console/insights', '/console/static/console.js']) {
      const res = await anon.fetch(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location')).toBe(`/console/signin?next=${encodeURIComponent(path)}`);
    }
    const api = await anon.fetch('/console/api/tickets');
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ error: 'UNAUTHORIZED' });
    expect((await anon.fetch('/console/static/console.css')).status).toBe(200);
  });

  it('sets HttpOnly, SameSite=Lax session cookies scoped to /console, and keeps only a hash of the token', async () => {
    const client = new Client(running.url);
    const res = await client.signIn(ADMIN);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/console/tickets');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('arcp_console_session='))!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\/console/);
    expect(cookie).not.toMatch(/; Secure/);
    const token = client.cookies.get('arcp_console_session')!;
    const store = new StaffStore(running.app.db);
    expect(await store.session(token)).toBeUndefined();
    expect((await store.session(createHash('sha256').update(token).digest('hex')))?.staff.email).toBe(ADMIN.email);
  });

  it('refuses a wrong password with 401 and the same message for an unknown account', async () => {
    const client = new Client(running.url);
    const wrong = await client.signIn({ email: STAFF.email, password: 'wrong password!' });
    const unknown = await client.signIn({ email: 'nobody@example.org', password: 'wrong password!' });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.text()).toContain('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
    expect(await unknown.text()).toContain('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
    expect(client.cookies.has('arcp_console_session')).toBe(false);
  });

  it('refuses state changes without the CSRF token or from another origin, and does nothing', async () => {
    const client = new Client(running.url);
    await client.signIn(STAFF);
    const none = await client.form(`/console/tickets/${ticketId}/claim`, {});
    expect(none.status).toBe(403);
    const forged = await client.form(`/console/tickets/${ticketId}/claim`, { _csrf: 'guessed' });
    expect(forged.status).toBe(403);
    const crossSite = await client.form(`/console/tickets/${ticketId}/claim`, { _csrf: client.csrf }, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect((await running.app.tickets.get(ticketId))?.status).toBe('open');
    const ok = await client.form(`/console/tickets/${ticketId}/claim`, { _csrf: client.csrf }, { origin: running.url });
    expect(ok.status).toBe(303);
    expect((await running.app.tickets.get(ticketId))).toMatchObject({ status: 'claimed', claimedBy: STAFF.name });
  });

  it('also protects sign-in itself with a token', async () => {
    const client = new Client(running.url);
    const res = await client.form('/console/signin', { email: ADMIN.email, password: ADMIN.password });
    expect(res.status).toBe(403);
    expect(client.cookies.has('arcp_console_session')).toBe(false);
  });

  it('answers a ticket through the JSON API with the token in a header, delivered on the web chat', async () => {
    const client = new Client(running.url);
    await client.signIn(STAFF);
    const post = (headers: Record<string, string>) => client.fetch(`/console/api/tickets/${ticketId}/reply`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ text: 'تم تسجيل وفدكم.' }),
    });
    expect((await post({})).status).toBe(403);
    const res = await post({ 'x-csrf-token': client.csrf });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ delivered: true, ticket: { status: 'answered', answeredBy: STAFF.name } });
  });

  it('refuses the same answer to the same ticket a second time unless confirmed, so the asker gets it once', async () => {
    const client = new Client(running.url);
    await client.signIn(STAFF);
    const answers = async () => (await running.app.tickets.events(ticketId)).filter((e) => e.type === 'answered').length;
    const before = await answers();
    const again = await client.form(`/console/tickets/${ticketId}/reply`, { _csrf: client.csrf, text: 'تم تسجيل وفدكم.' });
    expect(again.headers.get('location')).toContain('error=errDuplicateReply');
    expect(await answers()).toBe(before);
    const { body } = await client.page(`/console/tickets/${ticketId}?error=errDuplicateReply`);
    expect(body).toContain('أُرسل هذا الرد نفسه إلى السائل قبل دقائق');
    expect(body).toMatch(/<textarea id="reply-text"[^>]*><\/textarea>/);
    const confirmed = await client.form(`/console/tickets/${ticketId}/reply`, { _csrf: client.csrf, text: 'تم تسجيل وفدكم.', confirm: '1' });
    expect(confirmed.headers.get('location')).toContain('flash=flash_delivered');
    expect(await answers()).toBe(before + 1);
  });

  it('lists the messages that could not be delivered under the ticket queue, and sends one again on Retry', async () => {
    const attempts: string[] = [];
    running.app.deliveries.register({ name: 'staff-mailbox', inDoubt: 'hold', isPermanent: () => true, send: async (d) => {
      attempts.push(d.id);
      throw new Error('550 5.1.1 the staff mailbox does not exist');
    } });
    const dead = await running.app.deliveries.sendNow({ channel: 'staff-mailbox', key: 'notice:test', kind: 'staff-notice', subject: 'ticket:x', payload: {} });
    expect(dead.status).toBe('dead');
    const client = new Client(running.url);
    await client.signIn(STAFF);
    const { body } = await client.page('/console/tickets');
    expect(body).toContain('رسائل تعذّر إيصالها (1)');
    expect(body).toContain('550 5.1.1 the staff mailbox does not exist');
    const retried = await client.form(`/console/deliveries/${dead.id}/retry`, { _csrf: client.csrf });
    expect(retried.status).toBe(303);
    expect(retried.headers.get('location')).toContain('flash=flash_deliveryRetried');
    await expect.poll(() => attempts.length).toBe(2);
  });

  it('shows a question with markup as escaped text', async () => {
    const client = new Client(running.url);
    await client.signIn(STAFF);
    const { body } = await client.page('/console/tickets?status=all');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).not.toContain('<script>alert(1)');
  });

  it('lets only administrators upload, and refuses unknown file types', async () => {
    const staff = new Client(running.url);
    await staff.signIn(STAFF);
    const upload = (c: Client, name: string) => c.fetch(`/console/api/corpus/upload?name=${encodeURIComponent(name)}`, {
      method: 'POST', headers: { 'x-csrf-token': c.csrf, 'content-type': 'application/octet-stream' }, body: 'MZ',
    });
    expect((await upload(staff, 'note.md')).status).toBe(403);
    const admin = new Client(running.url);
    await admin.signIn(ADMIN);
    const exe = await upload(admin, 'tool.exe');
    expect(exe.status).toBe(415);
    expect(await exe.json()).toMatchObject({ error: 'UNSUPPORTED_FILE' });
  });

  it('ingests an uploaded text file, reading the fields left empty from the file, and shows it in the corpus', async () => {
    const admin = new Client(running.url);
    await admin.signIn(ADMIN);
    const meta = { title: { ar: 'مذكرة الأمانة بشأن مواعيد التسجيل' }, type: 'reference', forum: ['ARCP'], date: '', language: [] };
    const text = 'مذكرة الأمانة الفنية\n\nتستقبل الأمانة الفنية طلبات تسجيل الوفود قبل شهر من موعد الاجتماع العادي، عبر البريد الإلكتروني الرسمي لكل دولة.\n';
    const res = await admin.fetch(`/console/api/corpus/upload?name=registration-note.txt&meta=${encodeURIComponent(JSON.stringify(meta))}`, {
      method: 'POST', headers: { 'x-csrf-token': admin.csrf, 'content-type': 'application/octet-stream' }, body: text,
    });
    expect(res.status).toBe(202);
    const { job } = await res.json();
    let done = job;
    for (let i = 0; i < 100 && (done.status === 'queued' || done.status === 'running'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      done = (await (await admin.fetch(`/console/api/ingest/${job.id}`)).json()).job;
    }
    expect(done).toMatchObject({ status: 'done', file: 'registration-note.txt', documentId: expect.any(String), startedBy: ADMIN.name });
    const { body } = await admin.page(`/console/corpus/${done.documentId}`);
    expect(body).toContain('مذكرة الأمانة بشأن مواعيد التسجيل');
    expect(body).toContain('uploads/registration-note.txt');
    expect(body).toContain('قبل شهر من موعد الاجتماع العادي');
  });

  it('does not redirect outside the console after sign-in', async () => {
    const client = new Client(running.url);
    const res = await client.signIn(ADMIN, 'https://evil.example/phish');
    expect(res.headers.get('location')).toBe('/console/');
  });

  it('ends the session on sign-out: the old cookie opens nothing', async () => {
    const client = new Client(running.url);
    await client.signIn(STAFF);
    const token = client.cookies.get('arcp_console_session')!;
    const out = await client.form('/console/signout', { _csrf: client.csrf });
    expect(out.headers.get('location')).toBe('/console/signin?notice=flash_signedOut');
    const replay = new Client(running.url);
    replay.cookies.set('arcp_console_session', token);
    expect((await replay.fetch('/console/tickets')).status).toBe(303);
  });

  it('refuses further attempts on an account after five wrong passwords, even the right one', async () => {
    const client = new Client(running.url);
    const victim = { email: 'target@example.org', password: 'the-real-password-1' };
    await addStaffAccount(new StaffStore(running.app.db), { ...victim, role: 'staff' });
    for (let i = 0; i < 5; i++) expect((await client.signIn({ ...victim, password: `guess-${i}-wrong` })).status).toBe(401);
    const blocked = await client.signIn(victim);
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain('محاولات كثيرة. حاول مرة أخرى بعد 15 دقيقة.');
  });

  it('sends the headers that keep the console out of frames and caches', async () => {
    const client = new Client(running.url);
    const res = await client.fetch('/console/signin');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the staff console behind TLS', () => {
  let running: RunningAssistant;
  beforeAll(async () => {
    running = await start({ CONSOLE_SECURE_COOKIES: 'true' });
  });
  afterAll(async () => running?.stop());

  it('marks its cookies Secure when CONSOLE_SECURE_COOKIES=true', async () => {
    const client = new Client(running.url);
    const res = await client.signIn(ADMIN);
    const cookies = res.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('arcp_console_session='))).toMatch(/; Secure/);
  });
});
