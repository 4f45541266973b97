import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors.js';
import type { DocumentMeta, Passage } from '../ingest/types.js';
import { FieldIndex, type FieldMeta } from './field-index.js';
import { FIELDS, LexicalIndex, type FieldName, type LexicalOptions } from './lexical-index.js';

/**
 * Bumped whenever analysis or the stored layout changes: stored postings of another version are
 * dropped and the index is rebuilt from the stored passages (which every version can read).
 */
export const INDEX_FORMAT = 3;

interface StoredPassage {
  id: string;
  documentId: string;
  n: number;
  lang: Passage['lang'];
  text: string;
  heading?: string;
  contentHash: string;
}

export interface StoredIndex {
  format: number;
  /** Analysis options the postings were built with. */
  analysis: { stem: boolean };
  documents: Record<string, DocumentMeta>;
  /** Passages by internal id; null where a passage was removed. */
  slots: Array<StoredPassage | null>;
  /** The ingest store's generation these passages reflect (absent in indexes saved before it existed). */
  generation?: number;
}

const PASSAGES_FILE = 'passages.json';
const LEXICAL_META = 'lexical.json';
const LEXICAL_BIN = 'lexical.bin';

/** Writes a file so that readers never see half of it: a temporary file renamed over the old one. */
export async function writeAtomic(file: string, data: string | Uint8Array | Uint8Array[]): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, Array.isArray(data) ? Buffer.concat(data) : data);
  await rename(tmp, file);
}

function toStored(slots: ReadonlyArray<Passage | undefined>, analysis: LexicalOptions, generation: number | undefined): StoredIndex {
  const documents: Record<string, DocumentMeta> = {};
  const stored = slots.map((p): StoredPassage | null => {
    if (!p) return null;
    documents[p.documentId] = p.meta;
    return { id: p.id, documentId: p.documentId, n: p.n, lang: p.lang, text: p.text, heading: p.heading, contentHash: p.contentHash };
  });
  return { format: INDEX_FORMAT, analysis: { stem: analysis.stem ?? true }, documents, slots: stored, generation };
}

function fromStored(index: StoredIndex): Array<Passage | undefined> {
  return index.slots.map((p) => (p ? { ...p, meta: index.documents[p.documentId]! } : undefined));
}

/** Saves passages and postings; the next start loads them without re-analysing any text. */
export async function saveLexical(dir: string, index: LexicalIndex, generation?: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const { slots, fields } = index.snapshot();
  const meta = Object.fromEntries(FIELDS.map((f) => [f, fields[f].meta])) as Record<FieldName, FieldMeta>;
  await writeAtomic(join(dir, LEXICAL_BIN), FIELDS.flatMap((f) => fields[f].parts));
  await writeAtomic(join(dir, LEXICAL_META), JSON.stringify({ format: INDEX_FORMAT, fields: meta }));
  // Written last: its format number is what vouches for the other two files.
  await writeAtomic(join(dir, PASSAGES_FILE), JSON.stringify(toStored(slots, index.options, generation)));
}

async function readJson<T>(file: string): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AppError('STORE_FAILED', `cannot read ${file}`, { cause: err });
  }
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new AppError('STORE_FAILED', `${file} is damaged; delete the index folder to rebuild it`, { cause: err });
  }
}

/**
 * Loads the stored index. Postings are reused when they were written by this format with the same
 * analysis; otherwise the passages are re-indexed (slower, same result). Undefined when nothing is stored.
 */
export async function loadLexical(dir: string, options: LexicalOptions): Promise<{ index: LexicalIndex; generation?: number } | undefined> {
  const stored = await readJson<StoredIndex>(join(dir, PASSAGES_FILE));
  if (!stored) return undefined;
  const generation = stored.generation;
  const slots = fromStored({ ...stored, slots: stored.slots ?? [] });
  const meta = await readJson<{ format: number; fields: Record<FieldName, FieldMeta> }>(join(dir, LEXICAL_META));
  const usable = stored.format === INDEX_FORMAT && meta?.format === INDEX_FORMAT && stored.analysis?.stem === (options.stem ?? true);
  if (usable) {
    try {
      const bin = await readFile(join(dir, LEXICAL_BIN));
      let offset = 0;
      const read = (n: number) => bin.subarray(offset, (offset += n));
      const fields = Object.fromEntries(FIELDS.map((f) => [f, FieldIndex.restore(meta.fields[f], read)])) as Record<FieldName, FieldIndex>;
      if (offset === bin.length) return { index: LexicalIndex.restore(options, slots, fields), generation };
    } catch {
      // A missing or short postings file: fall through and rebuild from the passages.
    }
  }
  const index = new LexicalIndex(options);
  for (const p of slots) if (p) index.add(p);
  return { index, generation };
}
