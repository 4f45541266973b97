import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ConsoleAuth } from '../../src/console/auth.js';
import { silentLogger } from '../../src/logger.js';
import { openDatabase } from '../../src/store/db.js';
import { StaffStore } from '../../src/store/staff-store.js';
import { SAMPLE_CORPUS } from '../support/test-app.js';

/** A terminal that gives one typed line each time the prompt starts listening, recording raw mode. */
function terminal(lines: string[], raw: boolean[]): NodeJS.ReadableStream {
  const tty = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode: (on: boolean) => void };
  tty.isTTY = true;
  tty.setRawMode = (on) => void raw.push(on);
  const resume = tty.resume.bind(tty);
  tty.resume = () => {
    const line = lines.shift();
    if (line !== undefined) tty.write(line);
    return resume();
  };
  return tty;
}

describe('arcp staff', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'arcp-staff-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function arcp(args: string[], stdin: string | NodeJS.ReadableStream = ''): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli({
      argv: ['--data', dataDir, '--corpus', SAMPLE_CORPUS, 'staff', ...args],
      env: { LOG_LEVEL: 'silent' },
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      stdin: typeof stdin === 'string' ? Readable.from([stdin]) : stdin,
      interactive: false,
      loadPlugins: async () => [],
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('adds an administrator with the password from standard input, who can then sign in', async () => {
    const added = await arcp(['add', 'Layla.Mansour@Example.org', '--admin', '--name', 'ليلى منصور', '--password-stdin'], 'كلمة-مرور-الأمانة-2025\n');
    expect(added).toMatchObject({ code: 0, out: 'layla.mansour@example.org added (admin, shown as "ليلى منصور")' });
    const db = openDatabase(dataDir);
    try {
      const auth = new ConsoleAuth(new StaffStore(db), { sessionHours: 1, logger: silentLogger() });
      expect((await auth.signIn('layla.mansour@example.org', 'wrong-password-here')).ok).toBe(false);
      const ok = await auth.signIn('LAYLA.MANSOUR@example.org', 'كلمة-مرور-الأمانة-2025');
      expect(ok.ok && ok.session.staff).toMatchObject({ role: 'admin', name: 'ليلى منصور' });
    } finally {
      db.close();
    }
  });

  it('adds staff accounts named after their email by default, and lists them', async () => {
    expect((await arcp(['add', 'omar@example.org', '--password-stdin'], 'secretariat-desk-7\n')).code).toBe(0);
    const list = await arcp(['list', '--json']);
    expect(JSON.parse(list.out).map((a: { email: string; role: string; name: string }) => [a.email, a.role, a.name])).toEqual([
      ['layla.mansour@example.org', 'admin', 'ليلى منصور'],
      ['omar@example.org', 'staff', 'omar'],
    ]);
  });

  it('refuses a duplicate account, a short password and a malformed email, with exit code 2', async () => {
    const dup = await arcp(['add', 'omar@example.org', '--password-stdin'], 'another-long-password\n');
    expect(dup.code).toBe(2);
    expect(dup.err).toContain('exists already');
    const short = await arcp(['add', 'new@example.org', '--password-stdin'], 'short\n');
    expect(short).toMatchObject({ code: 2 });
    expect(short.err).toContain('at least 10 characters');
    expect((await arcp(['add', 'not-an-email', '--password-stdin'], 'long-enough-password\n')).err).toContain('not an email address');
  });

  it('asks for the password at a terminal, twice, without echoing it', async () => {
    const typed = ['مكتب-الأمانة-2026\r', 'مكتب-الأمانة-2026\r'];
    const raw: boolean[] = [];
    const echoed: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (echoed.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      const added = await arcp(['add', 'salma@example.org'], terminal(typed, raw));
      expect(added).toMatchObject({ code: 0, out: 'salma@example.org added (staff, shown as "salma")' });
    } finally {
      process.stderr.write = write;
    }
    expect(echoed.join('')).toBe('Password: \nPassword again: \n');
    expect(raw).toEqual([true, false, true, false]);
  });

  it('says how to pass the password when there is no terminal and no --password-stdin', async () => {
    const run = await arcp(['add', 'nadia@example.org'], 'piped-but-not-asked-for\n');
    expect(run.code).toBe(2);
    expect(run.err).toBe(`arcp staff: no terminal to type the password in; pipe it instead: printf '%s\\n' "$PASSWORD" | arcp staff add <email> --password-stdin`);
  });

  it('disables an account, which then cannot sign in', async () => {
    expect((await arcp(['disable', 'omar@example.org'])).out).toBe('omar@example.org disabled');
    const db = openDatabase(dataDir);
    try {
      const auth = new ConsoleAuth(new StaffStore(db), { sessionHours: 1, logger: silentLogger() });
      expect((await auth.signIn('omar@example.org', 'secretariat-desk-7')).ok).toBe(false);
    } finally {
      db.close();
    }
  });
});
