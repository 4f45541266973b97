import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freePort, serveArcp, workFolder } from '../support/arcp-process.js';

/** Starting the product as a new user does: `arcp serve` from a folder of their own, README in hand. */
describe('arcp serve from a working folder', () => {
  it('reads .env from the working folder, a variable of the real environment winning', async () => {
    const cwd = workFolder();
    const [filePort, envPort] = [await freePort(), await freePort()];
    writeFileSync(`${cwd}/.env`, `# copied from .env.example\nPORT=${filePort}\nARCP_DATA_DIR=./data-from-dotenv\n`);
    const running = await serveArcp({ cwd, env: { PORT: String(envPort) } });
    try {
      expect(running.url).toBe(`http://127.0.0.1:${envPort}`);
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    } finally {
      await running.stop();
    }
    expect(existsSync(`${cwd}/data-from-dotenv/arcp.sqlite`)).toBe(true);
  }, 120_000);
});
