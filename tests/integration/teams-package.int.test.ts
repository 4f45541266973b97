import JSZip from 'jszip';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePng } from '../fixtures/teams/png.js';
import { REPO_ROOT } from '../support/test-app.js';

const run = promisify(execFile);
const APP_ID = '7c2e9a41-5b3d-4f18-a6c0-2e8d9b1f4a57';

describe('npm run teams:package: the Teams app package to sideload', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arcp-teams-package-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const build = (env: Record<string, string>, out: string) =>
    run('npm', ['run', '--silent', 'teams:package', '--', '--out', out], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });

  it('builds a zip with the filled manifest, its Arabic localisation and both icons', async () => {
    const out = join(dir, 'arcp-teams.zip');
    const { stdout } = await build({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', ARCP_PUBLIC_URL: 'https://arcp.example.org' }, out);
    expect(stdout.trim()).toBe(out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['ar.json', 'color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]).toMatchObject({ botId: APP_ID, scopes: ['personal', 'team', 'groupChat'] });
    expect(manifest.validDomains).toEqual(['arcp.example.org']);
    expect(manifest.developer.websiteUrl).toBe('https://arcp.example.org/');
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{/);
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    const teamCommands = manifest.bots[0].commandLists.find((l: { scopes: string[] }) => l.scopes.includes('team')).commands;
    expect(teamCommands.map((c: { title: string }) => c.title)).toContain('arcp staff-channel here');

    const ar = JSON.parse(await zip.file('ar.json')!.async('string'));
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'ar', file: 'ar.json' }]);
    expect(ar['name.short']).toMatch(/مساعد/);
    expect(ar['name.short'].length).toBeLessThanOrEqual(30);
    expect(ar.$schema).toContain(`/v${manifest.manifestVersion}/`);
  });

  it('ships a 192×192 opaque colour icon and a 32×32 white-on-transparent outline icon', async () => {
    const color = decodePng(readFileSync(join(REPO_ROOT, 'adapters', 'teams', 'appPackage', 'color.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    const alphas = new Set<number>();
    for (let i = 3; i < color.pixels.length; i += 4) alphas.add(color.pixels[i]);
    expect([...alphas]).toEqual([255]);

    const outline = decodePng(readFileSync(join(REPO_ROOT, 'adapters', 'teams', 'appPackage', 'outline.png')));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let drawn = 0;
    let transparent = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const [r, g, b, a] = outline.pixels.subarray(i, i + 4);
      if (a === 0) transparent++;
      else {
        drawn++;
        expect([r, g, b]).toEqual([255, 255, 255]);
      }
    }
    expect(drawn).toBeGreaterThan(100);
    expect(transparent).toBeGreaterThan(500);
  });

  it('refuses to build without the bot app id, saying which variable is missing', async () => {
    const failure = await build({}, join(dir, 'none.zip')).then(() => null, (err: { code: number; stderr: string }) => err);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/MicrosoftAppId/);
  });
});
