import { lstat, readdir, readlink, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isSidecar } from './sidecar.js';

export interface SourceFile {
  /** Absolute path, to read it. */
  path: string;
  /**
   * The key the store remembers the file by: relative to the corpus folder when inside it, so that the
   * corpus and data folders can be copied or moved together (absolute for a file given from elsewhere).
   */
  key: string;
  /** As shown to people: relative to the corpus folder when inside it. */
  shown: string;
  size: number;
  mtimeMs: number;
  mtime: Date;
}

export interface Discovery {
  files: SourceFile[];
  /** Folders scanned: files the store knows under them but not found any more were deleted. */
  roots: string[];
  /** Paths given explicitly that do not exist. */
  missing: { path: string; key: string; shown: string }[];
  /** Entries that are not regular files or folders (pipes, devices, broken or looping links), with why. */
  refused: { shown: string; reason: string }[];
}

/** Files that live in a corpus folder without being documents. */
const NOT_DOCUMENTS = /^(readme|coverage|changelog|license|contributing)(\.[a-z]+)?$|^glossary\.tsv$/i;

export function shownPath(path: string, corpusDir: string): string {
  const rel = relative(corpusDir, path);
  return rel.startsWith('..') || rel === '' ? path : rel.split(sep).join('/');
}

/** The store's key of a file: its path relative to the corpus folder when inside it, else absolute. */
export const sourceKey = shownPath;

/** The absolute path of a store key. */
export function pathOfKey(key: string, corpusDir: string): string {
  return isAbsolute(key) ? key : join(corpusDir, ...key.split('/'));
}

export function isUnder(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
}

/** Folder entries worth a look: real folders are walked, everything else is classified by `classify`. */
async function walk(dir: string, out: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (!isSidecar(entry.name) && !NOT_DOCUMENTS.test(entry.name)) out.push(full);
  }
}

type Classified = { kind: 'file'; info: Stats } | { kind: 'folder' } | { kind: 'missing' } | { kind: 'refused'; reason: string };

/**
 * What a path is, links followed: reading a named pipe waited forever, a symbolic link was skipped
 * without a word, and a link pointing at itself was reported as "no such file".
 */
async function classify(path: string): Promise<Classified> {
  const link = await lstat(path).catch(() => null);
  if (!link) return { kind: 'missing' };
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { kind: 'refused', reason: 'a symbolic link that loops back on itself' };
    const target = await readlink(path).catch(() => '?');
    return { kind: 'refused', reason: `a symbolic link to ${target}, which does not exist` };
  }
  if (info.isFile()) return { kind: 'file', info };
  if (info.isDirectory()) return link.isSymbolicLink() ? { kind: 'refused', reason: 'a symbolic link to a folder (not followed; give the folder itself)' } : { kind: 'folder' };
  const what = info.isFIFO() ? 'a named pipe' : info.isSocket() ? 'a socket' : 'a device';
  return { kind: 'refused', reason: `not a regular file (${what})` };
}

/** The files to ingest under the given files and folders, in a stable order. */
export async function discoverSources(paths: string[], corpusDir: string): Promise<Discovery> {
  const found = new Set<string>();
  const roots: string[] = [];
  const missing: Discovery['missing'] = [];
  for (const given of paths) {
    const path = resolve(given);
    const what = await classify(path);
    if (what.kind === 'missing') missing.push({ path, key: sourceKey(path, corpusDir), shown: shownPath(path, corpusDir) });
    else if (what.kind === 'folder') {
      roots.push(path);
      const files: string[] = [];
      await walk(path, files);
      files.forEach((f) => found.add(f));
    } else found.add(path);
  }
  const files: SourceFile[] = [];
  const refused: Discovery['refused'] = [];
  for (const path of [...found].sort()) {
    const what = await classify(path);
    const shown = shownPath(path, corpusDir);
    if (what.kind === 'refused') refused.push({ shown, reason: what.reason });
    else if (what.kind === 'file') {
      const { info } = what;
      files.push({ path, key: sourceKey(path, corpusDir), shown, size: info.size, mtimeMs: Math.trunc(info.mtimeMs), mtime: info.mtime });
    }
  }
  return { files, roots, missing, refused };
}
