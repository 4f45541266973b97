import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { AppError } from '../errors.js';
import { chunkDocument } from './chunker.js';
import { splitFrontMatter } from './markdown.js';
import { parseDocumentMeta } from './metadata.js';
import type { CorpusDocument, Passage } from './types.js';

export interface LoadedCorpus {
  documents: CorpusDocument[];
  passages: Passage[];
}

/** Every Markdown file with front matter under the folder (recursively), README/COVERAGE files aside. */
export async function listMarkdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !/^(README|COVERAGE|CHANGELOG)\.md$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Loads one Markdown document: front matter validated, body cut into passages. */
export async function loadMarkdownDocument(file: string, corpusDir: string): Promise<LoadedCorpus> {
  const bytes = await readFile(file);
  const rel = relative(corpusDir, file);
  const { data, body } = splitFrontMatter(bytes.toString('utf8'), rel);
  if (data === undefined) throw new AppError('METADATA_INVALID', `${rel}: no YAML front matter`, { details: { file: rel } });
  const meta = parseDocumentMeta(data, rel);
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const passages = chunkDocument(body, meta, contentHash);
  return { documents: [{ meta, sourcePath: rel, contentHash, text: body }], passages };
}

/** Loads the sample corpus (Markdown only); the full ingest pipeline handles PDF, DOCX and HTML too. */
export async function loadCorpusPassages(corpusDir: string): Promise<Passage[]> {
  return (await loadMarkdownCorpus(corpusDir)).passages;
}

export async function loadMarkdownCorpus(corpusDir: string): Promise<LoadedCorpus> {
  const out: LoadedCorpus = { documents: [], passages: [] };
  const seen = new Map<string, string>();
  for (const file of await listMarkdownFiles(corpusDir)) {
    const loaded = await loadMarkdownDocument(file, corpusDir);
    const doc = loaded.documents[0];
    const clash = seen.get(doc.meta.id);
    if (clash) throw new AppError('CORPUS_INVALID', `duplicate document id ${doc.meta.id} in ${clash} and ${doc.sourcePath}`);
    seen.set(doc.meta.id, doc.sourcePath);
    out.documents.push(doc);
    out.passages.push(...loaded.passages);
  }
  return out;
}
