import { z } from 'zod';
import { AppError } from '../errors.js';
import { accountExists, type StaffAccount, type StaffAccounts, type StaffRole } from './accounts.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';

const email = z.string().trim().toLowerCase().email();

export function normaliseEmail(value: string): string {
  const parsed = email.safeParse(value);
  if (!parsed.success) throw new AppError('BAD_REQUEST', `not an email address: ${value}`);
  return parsed.data;
}

/** Creates a console account (`arcp staff add`); the name defaults to the part of the email before @. */
export async function addStaffAccount(
  store: StaffAccounts,
  input: { email: string; password: string; role: StaffRole; name?: string },
): Promise<StaffAccount> {
  const address = normaliseEmail(input.email);
  if (await store.credentials(address)) throw accountExists(address);
  checkPasswordPolicy(input.password);
  const name = input.name?.trim() || address.split('@')[0]!;
  return store.create({ email: address, name, role: input.role, passwordHash: await hashPassword(input.password) });
}

/** Sets a new password and signs the account out everywhere. */
export async function resetStaffPassword(store: StaffAccounts, input: { email: string; password: string }): Promise<void> {
  const address = normaliseEmail(input.email);
  checkPasswordPolicy(input.password);
  if (!(await store.setPassword(address, await hashPassword(input.password)))) throw new AppError('NOT_FOUND', `no staff account for ${address}`);
}
