import { parseArgs } from 'node:util';
import { addStaffAccount, normaliseEmail, resetStaffPassword } from '../console/staff-accounts.js';
import { AppError } from '../errors.js';
import type { StaffAccounts } from '../console/accounts.js';
import type { CliCommand, CliContext } from './context.js';

type TtyIn = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

/** Reads a password typed at a terminal without echoing it. */
function promptHidden(prompt: string, input: TtyIn): Promise<string> {
  return new Promise((resolve, reject) => {
    process.stderr.write(prompt);
    input.setRawMode?.(true);
    input.resume();
    let value = '';
    const done = (err?: Error) => {
      input.setRawMode?.(false);
      input.pause();
      input.removeListener('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of String(chunk)) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new AppError('BAD_REQUEST', 'cancelled'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    input.on('data', onData);
  });
}

/**
 * The password: the first line of standard input with --password-stdin (scripts), else typed twice at a
 * terminal without echo. Without either there is nothing to read it from: say how to pass it.
 */
export async function readPassword(ctx: CliContext, fromStdin: boolean): Promise<string> {
  const input = ctx.stdin as TtyIn;
  if (!fromStdin) {
    if (!input.isTTY) {
      throw new AppError('BAD_REQUEST', 'no terminal to type the password in; pipe it instead: printf \'%s\\n\' "$PASSWORD" | arcp staff add <email> --password-stdin');
    }
    const first = await promptHidden('Password: ', input);
    const again = await promptHidden('Password again: ', input);
    if (first !== again) throw new AppError('BAD_REQUEST', 'the two passwords differ');
    return first;
  }
  let data = '';
  for await (const chunk of input) data += String(chunk);
  return data.split(/\r?\n/)[0] ?? '';
}

async function listAccounts(store: StaffAccounts, ctx: CliContext, json: boolean): Promise<void> {
  const accounts = await store.list();
  if (json) ctx.out(JSON.stringify(accounts, null, 2));
  else for (const a of accounts) ctx.out(`${a.email.padEnd(32)} ${a.role.padEnd(6)} ${a.disabled ? 'disabled' : 'active  '} ${a.name}`);
  if (!json && accounts.length === 0) ctx.out('No staff accounts. Create one with: arcp staff add <email> --admin');
}

export const staffCommand: CliCommand = {
  name: 'staff',
  summary: 'manage staff console accounts (the password is prompted for, or read with --password-stdin)',
  usage: `arcp staff add <email> [--admin] [--name "Full name"] [--password-stdin]   create an account (role staff, or admin)
arcp staff passwd <email> [--password-stdin]           set a new password (signs the account out)
arcp staff disable <email> | enable <email>           block or allow sign-in
arcp staff list [--json]`,
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { admin: { type: 'boolean' }, name: { type: 'string' }, json: { type: 'boolean' }, 'password-stdin': { type: 'boolean' } },
      allowPositionals: true,
    });
    const [action = 'list', email] = positionals;
    if (action !== 'list' && !email) throw new AppError('BAD_REQUEST', `arcp staff ${action} needs an email address`);
    // Asked before the store opens (which takes seconds), so the prompt comes at once.
    const password = action === 'add' || action === 'passwd' ? (normaliseEmail(email!), await readPassword(ctx, Boolean(values['password-stdin']))) : '';
    const store = (await ctx.openApp({ create: action === 'add' })).staffAccounts;
    if (action === 'list') await listAccounts(store, ctx, Boolean(values.json));
    else if (action === 'add') {
      const account = await addStaffAccount(store, { email: email!, password, role: values.admin ? 'admin' : 'staff', name: values.name });
      ctx.out(`${account.email} added (${account.role}, shown as "${account.name}")`);
    } else if (action === 'passwd') {
      await resetStaffPassword(store, { email: email!, password });
      ctx.out(`${normaliseEmail(email!)}: password changed; its sessions are signed out`);
    } else if (action === 'disable' || action === 'enable') {
      if (!(await store.setDisabled(normaliseEmail(email!), action === 'disable'))) throw new AppError('NOT_FOUND', `no staff account for ${email}`);
      ctx.out(`${normaliseEmail(email!)} ${action}d`);
    } else throw new AppError('BAD_REQUEST', `unknown action ${action}`);
    return 0;
  },
};
