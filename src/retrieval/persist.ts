import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors.js';
import type { DocumentMeta, Passage } from '../ingest/types.js';
import { FieldIndex, type FieldMeta } from './field-index.js';
import { FIELDS, LexicalIndex, type FieldName, type LexicalOptions } from './lexical-index.js';

/**
 * Bumped whenever analysis or the stored layout changes: stored postings of another version are
 * dropped and the index is rebuilt from the stored passages (which every version can read).
 * 4: passages of PDFs carry their pages (absent in passages saved before; the ingest store puts them back).
 */
export const INDEX_FORMAT = 4;

interface StoredPassage {
  id: string;
  documentId: string;
  n: number;
  lang: Passage['lang'];
  text: string;
  heading?: string;
  contentHash: string;
  page?: number;
  lastPage?: number;
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
  try {
    await writeFile(tmp, Array.isArray(data) ? Buffer.concat(data) : data);
    await rename(tmp, file);
  } catch (err) {
    // A full disk left 0-byte temporary files behind, one per failed save.
    await rm(tmp, { force: true });
    throw new AppError('STORE_FAILED', `cannot write ${file}: ${(err as Error).message}`, { cause: err });
  }
}

function toStored(slots: ReadonlyArray<Passage | undefined>, analysis: LexicalOptions, generation: number | undefined): StoredIndex {
  const documents: Record<string, DocumentMeta> = {};
  const stored = slots.map((p): StoredPassage | null => {
    if (!p) return null;
    documents[p.documentId] = p.meta;
    const { id, documentId, n, lang, text, heading, contentHash, page, lastPage } = p;
    return { id, documentId, n, lang, text, heading, contentHash, page, lastPage };
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

/** Told when a stored file is damaged and set aside: the index is then rebuilt from the store. */
export type OnDamaged = (file: string, reason: string) => void;

async function readJson(file: string, onDamaged: OnDamaged): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AppError('STORE_FAILED', `cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    onDamaged(file, `not valid JSON (${(err as Error).message})`);
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a passages file must look like to be read; a damaged one (a crash, a disk full, a hand edit) is not. */
function storedShape(v: unknown): string | undefined {
  if (!isObject(v)) return 'not an object';
  if (!Array.isArray(v.slots)) return '"slots" is not a list';
  if (!isObject(v.documents)) return '"documents" is not an object';
  const documents = v.documents;
  const bad = v.slots.findIndex((p) => p !== null && !(isObject(p) && typeof p.id === 'string' && typeof p.text === 'string' && isObject(documents[p.documentId as string])));
  return bad >= 0 ? `passage ${bad} is damaged` : undefined;
}

/**
 * Loads the stored index. Postings are reused when they were written by this format with the same
 * analysis; otherwise the passages are re-indexed (slower, same result). Undefined when nothing is stored.
 */
export async function loadLexical(
  dir: string,
  options: LexicalOptions,
  onDamaged: OnDamaged,
): Promise<{ index: LexicalIndex; generation?: number } | undefined> {
  const file = join(dir, PASSAGES_FILE);
  const raw = await readJson(file, onDamaged);
  if (raw === undefined) return undefined;
  const damage = storedShape(raw);
  if (damage) {
    onDamaged(file, damage);
    return undefined;
  }
  const stored = raw as StoredIndex;
  const generation = typeof stored.generation === 'number' ? stored.generation : undefined;
  const slots = fromStored(stored);
  const meta = (await readJson(join(dir, LEXICAL_META), onDamaged)) as { format: number; fields: Record<FieldName, FieldMeta> } | undefined;
  const usable = stored.format === INDEX_FORMAT && isObject(meta) && meta.format === INDEX_FORMAT && isObject(meta.fields) && stored.analysis?.stem === (options.stem ?? true);
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
