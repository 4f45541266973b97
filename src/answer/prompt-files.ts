import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors.js';

const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));
const VARIABLE = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;
const cache = new Map<string, string>();

/** A file of `prompts/` (e.g. `replies/help.ar.md`), read once, trailing whitespace removed. */
export function readPrompt(relativePath: string): string {
  const hit = cache.get(relativePath);
  if (hit !== undefined) return hit;
  let text: string;
  try {
    text = readFileSync(PROMPTS_DIR + relativePath, 'utf8').replace(/\s+$/, '');
  } catch (err) {
    throw new AppError('INTERNAL', `prompt file ${relativePath} is missing`, { cause: err });
  }
  cache.set(relativePath, text);
  return text;
}

/** The `{{variables}}` a prompt file uses. */
export function promptVariables(relativePath: string): string[] {
  return [...new Set([...readPrompt(relativePath).matchAll(VARIABLE)].map((m) => m[1]))];
}

/**
 * Fills a prompt file's `{{variables}}`. A variable the file uses but `vars` lacks is a bug in the caller,
 * so it throws rather than sending text with a hole in it. Values are inserted once, never re-scanned.
 */
export function renderPrompt(relativePath: string, vars: Record<string, string> = {}): string {
  const missing = promptVariables(relativePath).filter((v) => vars[v] === undefined);
  if (missing.length > 0) {
    throw new AppError('INTERNAL', `prompt ${relativePath} needs ${missing.join(', ')}`, {
      details: { prompt: relativePath, missing },
    });
  }
  return readPrompt(relativePath).replace(VARIABLE, (_, v: string) => vars[v]);
}
