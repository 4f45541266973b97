import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../errors.js';
import { unwritableDataFolder } from '../store/db.js';

/**
 * The data folder a command opens. Commands that write (serve, ingest, ask, search, staff add) create a
 * missing one and say so; commands that only read refuse it, so a mistyped --data creates nothing.
 */
export function prepareDataFolder(dataDir: string, options: { create: boolean; say: (line: string) => void }): void {
  const dir = resolve(dataDir);
  if (existsSync(dir)) return;
  if (!options.create) {
    throw new AppError('NOT_FOUND', `no data folder at ${dir}; give the folder arcp serve or arcp ingest wrote (--data DIR or ARCP_DATA_DIR)`);
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (cause) {
    throw unwritableDataFolder(dir, cause);
  }
  options.say(`arcp: created the data folder ${dir}`);
}
