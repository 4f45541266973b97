import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SAMPLE_CORPUS } from './test-app.js';

/** The `arcp` command as a user runs it: `node bin/arcp.mjs …` from a working directory of their own. */
export const ARCP_BIN = join(REPO_ROOT, 'bin', 'arcp.mjs');

export interface ArcpRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ArcpServing {
  url: string;
  stderr: () => string;
  stop(): Promise<void>;
  /** SIGKILL: the process dies at once, as in a crash (nothing drained, no connection closed cleanly). */
  kill(): Promise<void>;
}

/** A working folder holding a one-document corpus at ./corpus (quick to ingest). */
export function workFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'arcp-cwd-'));
  mkdirSync(join(dir, 'corpus', 'documents'), { recursive: true });
  cpSync(join(SAMPLE_CORPUS, 'documents', 'arcp-objectives.md'), join(dir, 'corpus', 'documents', 'arcp-objectives.md'));
  return dir;
}

function baseEnv(env: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env };
}

/** Runs one command to its end. */
export function runArcp(args: string[], opts: { cwd: string; env?: Record<string, string>; input?: string }): Promise<ArcpRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ARCP_BIN, ...args], { cwd: opts.cwd, env: baseEnv(opts.env ?? {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

/** `arcp serve`: resolves once it prints its address, or rejects with what it printed when it exits. */
export function serveArcp(opts: { cwd: string; env?: Record<string, string> }): Promise<ArcpServing> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ARCP_BIN, 'serve'], { cwd: opts.cwd, env: baseEnv(opts.env ?? {}) });
    let stderr = '';
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.stderr.on('data', (d) => {
      stderr += d;
      const m = /web chat at (http:\/\/\S+?)\/ /.exec(stderr);
      if (m) {
        resolve({
          url: m[1]!, stderr: () => stderr,
          stop: async () => void (child.kill('SIGTERM'), await exited),
          kill: async () => void (child.kill('SIGKILL'), await exited),
        });
      }
    });
    child.once('exit', (code) => reject(Object.assign(new Error(`arcp serve exited with ${code}`), { code, stderr })));
  });
}

/** A port free at the time of asking. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}
