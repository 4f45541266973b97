import { resolve } from 'node:path';
import { AppError } from '../errors.js';
import type { RepairResources } from './arabic-repair/pipeline.js';
import { loadRepairResources } from './arabic-repair/resources.js';
import { discoverSources, shownPath } from './discover.js';
import { prepareDocument, readSource, sidecarOf, type FileContext } from './ingest-file.js';
import type { Passage } from './types.js';

/**
 * The passages of every document in a corpus folder, in memory and without the store: the same
 * extraction, repair, metadata and chunking as `arcp ingest`, so that evaluations and benchmarks measure
 * the passages the product indexes. A file that cannot be ingested, or two files claiming one id, fail
 * the whole load: an evaluation over part of a corpus would mislead.
 */
export async function loadCorpusPassages(corpusDir: string): Promise<Passage[]> {
  const root = resolve(corpusDir);
  let resources: Promise<RepairResources> | undefined;
  const ctx: FileContext = {
    maxFileBytes: Number.POSITIVE_INFINITY,
    extract: {},
    repairResources: () => (resources ??= loadRepairResources({ corpusDir: root })),
    shown: (path) => shownPath(path, root),
  };
  const owners = new Map<string, string>();
  const passages: Passage[] = [];
  for (const file of (await discoverSources([root], root)).files) {
    const doc = await prepareDocument(file, await readSource(file), await sidecarOf(file, ctx), ctx);
    const owner = owners.get(doc.meta.id);
    if (owner) throw new AppError('CORPUS_INVALID', `duplicate document id ${doc.meta.id} in ${owner} and ${file.shown}`);
    owners.set(doc.meta.id, file.shown);
    passages.push(...doc.passages);
  }
  return passages;
}
