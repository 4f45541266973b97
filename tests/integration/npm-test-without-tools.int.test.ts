import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findTool, missingTools, requireTool } from '../support/system-tools.js';
import { REPO_ROOT } from '../support/test-app.js';

const run = promisify(execFile);
const VITEST = join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const INSTALL = 'sudo bash scripts/install-system-deps.sh';

/** `npm test` on a machine without a Debian tool, run as a child vitest on one file that needs it. */
async function testRun(env: Record<string, string>): Promise<{ code: number; output: string; stdout: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [VITEST, 'run', 'tests/unit/repair-hunspell.test.ts'], {
      cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env },
    });
    return { code: 0, output: stdout + stderr, stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr, stdout: e.stdout };
  }
}

describe('npm test on a machine without the Debian packages', () => {
  it('passes, each skipping file naming the missing tool and its install command, and ends with one summary line', async () => {
    const { code, output, stdout } = await testRun({ ARCP_TEST_ASSUME_MISSING: 'hunspell-ar' });
    expect(code).toBe(0);
    expect(output).toContain(`skipped: needs hunspell-ar, not installed (Debian package hunspell-ar; install with: ${INSTALL})`);
    const last = stdout.trim().split('\n').at(-1);
    expect(last).toBe(`Skipped the tests that need hunspell-ar (not installed here); install them with: ${INSTALL}`);
  }, 120_000);

  it('fails under CI=true, naming the missing tool', async () => {
    const { code, output } = await testRun({ ARCP_TEST_ASSUME_MISSING: 'hunspell-ar', CI: 'true' });
    expect(code).not.toBe(0);
    expect(output).toContain('CI=true and these test tools are missing: hunspell-ar (hunspell-ar)');
  }, 120_000);

  it('finds a command only where it is executable on PATH', () => {
    expect(findTool('poppler', { PATH: '' })).toBeUndefined();
    expect(missingTools({ PATH: '', ARCP_TEST_ASSUME_MISSING: 'hunspell-ar' })).toEqual(expect.arrayContaining(['chromium', 'poppler', 'tesseract', 'hunspell-ar']));
    expect(() => requireTool('chromium', { PATH: '', CI: 'true' })).toThrow(/Chromium \(chromium\)/);
  });
});
