/**
 * `npm run teams:package`: builds the Teams app package to sideload (manifest.json, ar.json, color.png,
 * outline.png in one zip) from adapters/teams/appPackage/, with the bot's app id and public address from
 * the configuration (MicrosoftAppId, ARCP_PUBLIC_URL).
 *
 *   npm run teams:package [-- --out FILE] [-- --icons]
 *
 * `--icons` redraws the two PNG icons with the Debian Chromium (a development step; the PNGs are committed).
 */
import JSZip from 'jszip';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Env } from '../src/config.js';
import { AppError } from '../src/errors.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const APP_PACKAGE_DIR = join(repoRoot, 'adapters', 'teams', 'appPackage');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ICONS = { 'color.png': 192, 'outline.png': 32 } as const;

export interface PackageResult {
  file: string;
  manifest: Record<string, unknown>;
  warnings: string[];
}

/** Fills the manifest template, checks it and the icons, and writes the zip. */
export async function buildTeamsPackage(options: { env: Env; out?: string }): Promise<PackageResult> {
  const config = loadConfig(options.env);
  const appId = config.teams.appId;
  if (!GUID.test(appId)) throw new AppError('CONFIG_INVALID', 'MicrosoftAppId must be set to the bot\'s app id (a GUID) to build the Teams package');
  const publicUrl = new URL(config.core.publicUrl ?? `http://${config.core.host}:${config.core.port}`);
  const warnings = publicUrl.protocol === 'https:' ? [] : [`ARCP_PUBLIC_URL (${publicUrl.origin}) is not https: Teams rejects the developer URLs and cannot reach the bot`];
  const base = publicUrl.origin + publicUrl.pathname.replace(/\/$/, '');
  const values: Record<string, string> = {
    appId, version: packageVersion(), publicHost: publicUrl.host, websiteUrl: `${base}/`, privacyUrl: `${base}/`, termsOfUseUrl: `${base}/`,
  };
  const manifestText = fill(readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8'), values);
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;
  const zip = new JSZip();
  zip.file('manifest.json', manifestText);
  zip.file('ar.json', readFileSync(join(APP_PACKAGE_DIR, 'ar.json')));
  for (const [name, size] of Object.entries(ICONS)) {
    const png = readFileSync(join(APP_PACKAGE_DIR, name));
    const { width, height } = pngSize(png);
    if (width !== size || height !== size) throw new AppError('BAD_REQUEST', `${name} is ${width}×${height}; Teams needs ${size}×${size}`);
    zip.file(name, png);
  }
  const file = resolve(options.out ?? join(repoRoot, 'dist', 'teams', 'arcp-assistant-teams.zip'));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { file, manifest, warnings };
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, key: string) => {
    if (values[key] === undefined) throw new AppError('INTERNAL', `manifest placeholder ${m} has no value`);
    return JSON.stringify(values[key]).slice(1, -1);
  });
}

function packageVersion(): string {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return version;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || png.toString('latin1', 1, 4) !== 'PNG') throw new AppError('BAD_REQUEST', 'not a PNG file');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const ACCENT = '#0E6B5C';
/** A speech bubble holding «», the quotation marks of Arabic and French texts: answers that quote. */
const COLOR_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 192 192">
  <rect width="192" height="192" fill="${ACCENT}"/>
  <path d="M58 50h76a16 16 0 0 1 16 16v52a16 16 0 0 1-16 16H92l-24 20v-20H58a16 16 0 0 1-16-16V66a16 16 0 0 1 16-16z" fill="#fff"/>
  <g fill="none" stroke="${ACCENT}" stroke-width="7" stroke-linecap="round" stroke-linejoin="round">
    <path d="M79 78l-12 14 12 14M91 78l-12 14 12 14M101 78l12 14-12 14M113 78l12 14-12 14"/>
  </g>
</svg>`;
const OUTLINE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
  <g fill="none" stroke="#fff" stroke-linecap="round" stroke-linejoin="round">
    <path stroke-width="2" d="M7 5h18a4 4 0 0 1 4 4v10a4 4 0 0 1-4 4H14l-6 5v-5H7a4 4 0 0 1-4-4V9a4 4 0 0 1 4-4z"/>
    <path stroke-width="1.75" d="M10.5 10.5L8 14l2.5 3.5M14 10.5L11.5 14l2.5 3.5M18 10.5l2.5 3.5-2.5 3.5M21.5 10.5L24 14l-2.5 3.5"/>
  </g>
</svg>`;

/** Redraws color.png (192×192, full colour) and outline.png (32×32, white on transparent) with Chromium. */
export async function drawIcons(executablePath = '/usr/bin/chromium'): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const [name, svg] of [['color.png', COLOR_SVG], ['outline.png', OUTLINE_SVG]] as const) {
      const size = ICONS[name];
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
      await page.screenshot({ path: join(APP_PACKAGE_DIR, name), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    }
  } finally {
    await browser.close();
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--icons')) {
    await drawIcons();
    process.stderr.write(`icons redrawn in ${APP_PACKAGE_DIR}\n`);
  }
  const outIndex = argv.indexOf('--out');
  const result = await buildTeamsPackage({ env: process.env, out: outIndex >= 0 ? argv[outIndex + 1] : undefined });
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  process.stdout.write(`${result.file}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`teams:package failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
