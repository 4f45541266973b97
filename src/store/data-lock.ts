import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../errors.js';

const LOCK_FILE = 'server.lock';

export interface DataLock {
  release(): void;
}

interface Holder {
  pid: number;
  host: string;
}

function holderOf(file: string): Holder | undefined {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof h.pid === 'number' && typeof h.host === 'string' ? { pid: h.pid, host: h.host } : undefined;
  } catch {
    return undefined;
  }
}

function alive(h: Holder): boolean {
  if (h.host !== hostname()) return true; // another machine on a shared folder: cannot tell, assume it runs
  try {
    process.kill(h.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One server per data folder: two of them shared one search index and one delivery loop, each saving
 * over the other. The lock is a file naming the holder; a lock left by a process that is gone (kill -9)
 * is taken over. `arcp` commands (ingest, tickets) do not take it: they may run beside a server.
 */
export function lockDataFolder(dataDir: string): DataLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return { release: () => release(file, me) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new AppError('STORE_FAILED', `cannot lock the data folder ${dataDir}`, { cause: err });
      const holder = holderOf(file);
      if (holder && alive(holder)) {
        throw new AppError('STORE_FAILED', `another ARCP server (pid ${holder.pid} on ${holder.host}) is using the data folder ${dataDir}; stop it first, or give this one its own folder with ARCP_DATA_DIR`, {
          details: { holder },
        });
      }
      unlinkSync(file);
    }
  }
  throw new AppError('STORE_FAILED', `cannot lock the data folder ${dataDir}: another process keeps taking it`);
}

function release(file: string, me: Holder): void {
  const holder = holderOf(file);
  if (holder?.pid === me.pid && holder.host === me.host) unlinkSync(file);
}
