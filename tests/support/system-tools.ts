import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The Debian tools some tests use. On a machine without them those tests skip with one line naming the
 * tool and the command that installs it; under CI=true a missing tool is a failure instead (CI installs
 * them through `.ci/run`). `ARCP_TEST_ASSUME_MISSING=poppler,chromium` makes a present tool count as
 * missing, to check this behaviour on a machine that has everything.
 */
export type SystemTool = 'dovecot' | 'postgres' | 'chromium' | 'poppler' | 'tesseract' | 'hunspell-ar' | 'freedict';

export const INSTALL_COMMAND = 'sudo bash scripts/install-system-deps.sh';

interface ToolSpec {
  label: string;
  packages: string;
  /** Commands: all must be executable, found on PATH or at an absolute path listed. */
  commands: string[][];
  /** Data files: one of them must exist. */
  files?: string[];
}

const TOOLS: Record<SystemTool, ToolSpec> = {
  dovecot: { label: 'Dovecot', packages: 'dovecot-imapd dovecot-lmtpd', commands: [['dovecot', '/usr/sbin/dovecot', '/usr/local/sbin/dovecot']] },
  postgres: {
    label: 'PostgreSQL', packages: 'postgresql',
    commands: [['initdb', ...['17', '16', '15'].map((v) => `/usr/lib/postgresql/${v}/bin/initdb`)]],
  },
  chromium: { label: 'Chromium', packages: 'chromium', commands: [['chromium', 'chromium-browser']] },
  poppler: { label: 'Poppler (pdftotext)', packages: 'poppler-utils', commands: [['pdftotext'], ['pdftoppm']] },
  tesseract: {
    label: 'Tesseract with Arabic', packages: 'tesseract-ocr tesseract-ocr-ara', commands: [['tesseract'], ['pdftoppm']],
    files: ['/usr/share/tesseract-ocr/5/tessdata/ara.traineddata', '/usr/share/tesseract-ocr/4.00/tessdata/ara.traineddata'],
  },
  'hunspell-ar': { label: 'hunspell-ar', packages: 'hunspell-ar', commands: [], files: ['/usr/share/hunspell/ar.dic'] },
  freedict: { label: 'FreeDict English–Arabic', packages: 'dict-freedict-eng-ara', commands: [], files: ['/usr/share/dictd/freedict-eng-ara.index'] },
};

export const SYSTEM_TOOLS = Object.keys(TOOLS) as SystemTool[];

export type ToolEnv = Record<string, string | undefined>;

function assumedMissing(env: ToolEnv): Set<string> {
  return new Set((env.ARCP_TEST_ASSUME_MISSING ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function locate(command: string, env: ToolEnv): string | undefined {
  if (command.startsWith('/')) return executable(command) ? command : undefined;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  return dirs.map((d) => join(d, command)).find(executable);
}

/** Where the tool is on this machine (its first command or data file), or undefined. */
export function findTool(tool: SystemTool, env: ToolEnv = process.env): string | undefined {
  if (assumedMissing(env).has(tool)) return undefined;
  const spec = TOOLS[tool];
  const commands = spec.commands.map((alternatives) => alternatives.map((c) => locate(c, env)).find(Boolean));
  if (commands.some((c) => !c)) return undefined;
  const file = spec.files?.find((f) => existsSync(f));
  if (spec.files && !file) return undefined;
  return commands[0] ?? file;
}

export function missingTools(env: ToolEnv = process.env): SystemTool[] {
  return SYSTEM_TOOLS.filter((t) => !findTool(t, env));
}

/** The one line a skipped test file prints. */
export function skipLine(tool: SystemTool): string {
  const t = TOOLS[tool];
  return `skipped: needs ${t.label}, not installed (Debian package ${t.packages}; install with: ${INSTALL_COMMAND})`;
}

/** The one line printed at the end of `npm test`, or undefined when nothing was missing. */
export function summaryLine(missing: SystemTool[]): string | undefined {
  if (missing.length === 0) return undefined;
  const labels = missing.map((t) => TOOLS[t].label).join(', ');
  return `Skipped the tests that need ${labels} (not installed here); install them with: ${INSTALL_COMMAND}`;
}

/** The error of a CI run missing a tool. */
export function ciFailure(missing: SystemTool[]): string {
  const labels = missing.map((t) => `${TOOLS[t].label} (${TOOLS[t].packages})`).join(', ');
  return `CI=true and these test tools are missing: ${labels}. .ci/run installs them (${INSTALL_COMMAND}).`;
}

const warned = new Set<SystemTool>();

/**
 * For a test file: the tool's path when installed. When missing, prints the skip line once and returns
 * undefined (use with describe.skipIf / it.skipIf); under CI=true throws, failing the file.
 */
export function requireTool(tool: SystemTool, env: ToolEnv = process.env): string | undefined {
  const found = findTool(tool, env);
  if (found) return found;
  if (env.CI === 'true') throw new Error(ciFailure([tool]));
  if (!warned.has(tool)) console.warn(skipLine(tool));
  warned.add(tool);
  return undefined;
}
