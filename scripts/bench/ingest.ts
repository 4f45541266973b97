import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { evaluateLineOrder } from '../../src/ingest/arabic-repair/evaluate.js';
import { loadHunspell } from '../../src/ingest/arabic-repair/hunspell.js';
import { repairArabicText, type RepairResources } from '../../src/ingest/arabic-repair/pipeline.js';
import { loadRepairResources } from '../../src/ingest/arabic-repair/resources.js';
import { scoreRepair, type RepairScore } from '../../src/ingest/arabic-repair/score.js';
import { findOcr } from '../../src/ingest/extract/ocr.js';
import { readPdf, type PdfEngine } from '../../src/ingest/extract/pdf.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { splitFrontMatter } from '../../src/ingest/markdown.js';
import { silentLogger } from '../../src/logger.js';
import { MemoryRetriever } from '../../src/retrieval/memory-retriever.js';
import { openDatabase } from '../../src/store/db.js';

const run = promisify(execFile);
const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const FIXTURES = join(repoRoot, 'tests', 'fixtures', 'ingest');
const CORPUS = join(repoRoot, 'corpus');
const SHARED = resolve(repoRoot, '..', 'shared');
const TEXT_PDFS = ['rtl-paragraphs.pdf', 'ltr-paragraphs.pdf'];
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const flat = (t: string) => t.replace(/\s*\n\s*/g, ' ');

/** Extraction quality of both PDF engines, after repair, against the fixtures' ground truth. */
async function compareEngines(log: (line: string) => void, resources: RepairResources): Promise<void> {
  for (const engine of ['pdfjs', 'poppler'] as PdfEngine[]) {
    const scores: RepairScore[] = [];
    for (const name of TEXT_PDFS) {
      const path = join(FIXTURES, name);
      const doc = await readPdf(await readFile(path), path, name, { engine, ocr: null });
      const truth = await readFile(join(FIXTURES, name.replace('.pdf', '.truth.txt')), 'utf8');
      scores.push(scoreRepair(flat(repairArabicText(doc.text, resources).text), flat(truth)));
    }
    const mean = (k: 'wordRecoveryStrict' | 'bigramRecall') => scores.reduce((s, x) => s + x[k], 0) / scores.length;
    log(`ingest: PDF engine ${engine.padEnd(7)} words ${pct(mean('wordRecoveryStrict'))}, word pairs in order ${pct(mean('bigramRecall'))} (fixtures, after repair)`);
  }
}

/**
 * Text PDF pages per second on a 40-page document (the fixtures joined with poppler's `pdfunite`), warm:
 * extraction alone, then with repair. Single-page files would measure pdf.js's per-document start-up.
 */
async function pdfThroughput(log: (line: string) => void, resources: RepairResources): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'arcp-bench-pdf-'));
  try {
    const path = join(dir, 'forty-pages.pdf');
    const parts = Array.from({ length: 20 }, () => TEXT_PDFS.map((n) => join(FIXTURES, n))).flat();
    const joined = await run('pdfunite', [...parts, path]).then(() => true, () => false);
    if (!joined) return log('ingest: PDF throughput not measured (pdfunite from poppler-utils not installed)');
    const bytes = await readFile(path);
    for (const engine of ['pdfjs', 'poppler'] as PdfEngine[]) {
      await readPdf(bytes, path, 'warm-up', { engine, ocr: null });
      const started = performance.now();
      const doc = await readPdf(bytes, path, path, { engine, ocr: null });
      const extracted = performance.now();
      repairArabicText(doc.text, resources);
      const done = performance.now();
      const rate = (ms: number) => ((doc.pages ?? 0) / (ms / 1000)).toFixed(0);
      log(`ingest: ${engine} text PDF ${rate(extracted - started)} pages/s extracted, ${rate(done - started)} pages/s with repair (${doc.pages} pages; target ≥ 50)`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function ocrThroughput(log: (line: string) => void): Promise<void> {
  const ocr = await findOcr();
  if (!ocr) return log('ingest: OCR not measured (tesseract-ocr with Arabic data not installed)');
  const started = performance.now();
  for (let i = 0; i < 3; i++) await ocr.readPage(join(FIXTURES, 'scanned.pdf'), 1);
  log(`ingest: OCR ${(3 / ((performance.now() - started) / 1000)).toFixed(2)} pages/s (pdftoppm 300 dpi + tesseract ara+eng)`);
}

async function seedFigures(log: (line: string) => void, resources: RepairResources): Promise<void> {
  const seedPath = join(SHARED, 'seed', 'arcp-presentation-extracted.txt');
  if (!existsSync(seedPath)) return log('ingest: seed deck not measured (../shared/seed absent)');
  const seed = await readFile(seedPath, 'utf8');
  const truth = await readFile(join(FIXTURES, 'seed-ground-truth.txt'), 'utf8');
  const t = performance.now();
  const repaired = repairArabicText(seed, resources);
  const ms = performance.now() - t;
  const [b, a] = [scoreRepair(seed, truth), scoreRepair(repaired.text, truth)];
  log(`ingest: seed deck words ${pct(b.wordRecoveryStrict)} → ${pct(a.wordRecoveryStrict)}, word pairs in order ${pct(b.bigramRecall)} → ${pct(a.bigramRecall)}, lines in order ${pct(b.linesInOrder)} → ${pct(a.linesInOrder)} (${ms.toFixed(0)} ms)`);
}

async function heldOut(log: (line: string) => void): Promise<void> {
  const dir = join(CORPUS, 'documents');
  const docs = await Promise.all(readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map(async (f) => splitFrontMatter(await readFile(join(dir, f), 'utf8'), f).body));
  const e = evaluateLineOrder(docs, loadHunspell());
  log(`ingest: line order, held-out corpus documents (5 folds, ${e.lines} lines): clean kept ${pct(e.cleanKept)}, reversed restored ${pct(e.reversedRestored)}, two runs swapped restored ${pct(e.swappedRestored)}`);
}

async function unchangedReingest(log: (line: string) => void): Promise<void> {
  const data = await mkdtemp(join(tmpdir(), 'arcp-bench-ingest-'));
  try {
    const db = openDatabase(data);
    const run = () => ingestPaths({ paths: [CORPUS], corpusDir: CORPUS, db, index: new MemoryRetriever(), logger: silentLogger(), maxFileBytes: 25 << 20 });
    const first = await run();
    const again = await run();
    log(`ingest: sample corpus ${first.files.length} files in ${first.elapsedMs} ms; unchanged re-ingest ${again.elapsedMs} ms (target < 1000)`);
    db.close();
  } finally {
    await rm(data, { recursive: true, force: true });
  }
}

export async function runIngestBench(log: (line: string) => void): Promise<void> {
  const resources = await loadRepairResources({ corpusDir: CORPUS });
  await compareEngines(log, resources);
  await pdfThroughput(log, resources);
  await ocrThroughput(log);
  await seedFigures(log, resources);
  await heldOut(log);
  await unchangedReingest(log);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runIngestBench((line) => console.log(line)).catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
