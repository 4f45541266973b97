import { z } from 'zod';
import { AppError } from '../errors.js';
import type { StaffAccount, StaffRole, StaffStore } from '../store/staff-store.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';

const email = z.string().trim().toLowerCase().email();

export function normaliseEmail(value: string): string {
  const parsed = email.safeParse(value);
  if (!parsed.success) throw new AppError('BAD_REQUEST', `not an email address: ${value}`);
  return parsed.data;
}

/** Creates a console account (`arcp staff add`); the name defaults to the part of the email before @. */
export async function addStaffAccount(
  store: StaffStore,
  input: { email: string; password: string; role: StaffRole; name?: string },
): Promise<StaffAccount> {
  const address = normaliseEmail(input.email);
  if (store.credentials(address)) throw new AppError('BAD_REQUEST', `a staff account for ${address} exists already`);
  checkPasswordPolicy(input.password);
  const name = input.name?.trim() || address.split('@')[0]!;
  return store.create({ email: address, name, role: input.role, passwordHash: await hashPassword(input.password) });
}

/** Sets a new password and signs the account out everywhere. */
export async function resetStaffPassword(store: StaffStore, input: { email: string; password: string }): Promise<void> {
  const address = normaliseEmail(input.email);
  checkPasswordPolicy(input.password);
  if (!store.setPassword(address, await hashPassword(input.password))) throw new AppError('NOT_FOUND', `no staff account for ${address}`);
}
