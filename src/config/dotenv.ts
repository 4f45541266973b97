import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { AppError } from '../errors.js';
import type { Env } from '../config.js';

/**
 * The environment with `.env` of the working directory under it: a variable set in the real environment
 * wins over the file. Parsed by Node's own `util.parseEnv` (the `--env-file` format); no `.env`, no change.
 */
export function withDotEnv(env: Env, cwd: string): Env {
  const path = join(cwd, '.env');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return env;
    throw new AppError('CONFIG_INVALID', `cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
  const fromFile = parseEnv(text) as Env;
  const merged: Env = { ...fromFile };
  for (const [k, v] of Object.entries(env)) if (v !== undefined) merged[k] = v;
  return merged;
}
