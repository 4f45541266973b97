import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { AppError } from '../errors.js';

export interface Sidecar {
  path: string;
  data: unknown;
  hash: string;
}

/** Where a file's metadata may sit: `<file>.meta.yaml`, then `<name without extension>.meta.yaml`. */
export function sidecarCandidates(path: string): string[] {
  const dir = dirname(path);
  const name = basename(path);
  const stem = basename(path, extname(path));
  return [...new Set([join(dir, `${name}.meta.yaml`), join(dir, `${name}.meta.yml`), join(dir, `${stem}.meta.yaml`), join(dir, `${stem}.meta.yml`)])];
}

export function isSidecar(name: string): boolean {
  return /\.meta\.ya?ml$/i.test(name);
}

/** Reads and parses a sidecar; null when absent. A sidecar that is not YAML is an error naming it. */
export async function readSidecarFile(path: string, shownAs: string): Promise<Sidecar | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  const hash = createHash('sha256').update(text).digest('hex');
  try {
    return { path, data: parseYaml(text), hash };
  } catch (cause) {
    throw new AppError('METADATA_INVALID', `${shownAs}: not valid YAML`, { cause, details: { file: shownAs } });
  }
}

/** The first sidecar found next to a file (or the one given explicitly). */
export async function findSidecar(path: string, shown: (p: string) => string, explicit?: string): Promise<Sidecar | null> {
  for (const candidate of explicit ? [explicit] : sidecarCandidates(path)) {
    const found = await readSidecarFile(candidate, shown(candidate));
    if (found) return found;
    if (explicit) throw new AppError('METADATA_INVALID', `${shown(candidate)}: metadata file not found`, { details: { file: shown(candidate) } });
  }
  return null;
}
