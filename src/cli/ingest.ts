import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { AppError } from '../errors.js';
import { ingestPaths, type IngestProgress } from '../ingest/ingest.js';
import type { PdfEngine } from '../ingest/extract/pdf.js';
import { formatSummary } from '../ingest/summary.js';
import type { IngestLedger } from '../ingest/ledger.js';
import { withPgIngestLock } from '../store/pg/ingest-lock.js';
import type { CliCommand, CliContext } from './context.js';

/** Runs long enough to deserve a bar. */
const BAR_FROM_FILES = 5;

function progressBar(ctx: CliContext): { update: (p: IngestProgress) => void; stop: () => void } {
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(p) {
      if (!ctx.interactive || p.total < BAR_FROM_FILES) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true, stream: process.stdout },
          cliProgress.Presets.shades_classic,
        );
        bar.start(p.total, 0, { file: '' });
      }
      bar.update(p.done, { file: p.file.slice(-50) });
    },
    stop: () => bar?.stop(),
  };
}

async function listStored(ctx: CliContext, store: IngestLedger, json: boolean): Promise<number> {
  const rows = await store.all();
  if (json) ctx.out(JSON.stringify(rows, null, 2));
  else if (rows.length === 0) ctx.out('Nothing ingested yet.');
  else for (const r of rows) ctx.out(`${r.documentId.padEnd(40)} ${r.kind.padEnd(8)} ${String(r.passages).padStart(4)} passages  ${r.sourcePath}${r.repair ? `  repair confidence ${(r.repair as { confidence: number }).confidence.toFixed(2)}` : ''}`);
  return 0;
}

export const ingestCommand: CliCommand = {
  name: 'ingest',
  summary: 'add PDF, Word, HTML, Markdown and text files to the corpus index (incremental; repairs Arabic PDF text)',
  usage: `arcp ingest [<file|folder>...] [--force] [--rebuild] [--meta FILE] [--pdf-engine pdfjs|poppler] [--no-ocr] [--all] [--json]
arcp ingest --list [--json]          what is ingested, with each document's repair confidence
  --rebuild builds the search index again from the stored passages, every passage re-embedded (after
  changing ARCP_EMBEDDER); a damaged index is rebuilt at start-up without it.
  With no path, the corpus folder (ARCP_CORPUS_DIR) is ingested. Unchanged files are skipped; files
  removed from a folder leave the index. --meta gives the metadata file for a single file given.
  Exit code 1 when any file failed (the others are still ingested).`,
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        force: { type: 'boolean' }, meta: { type: 'string' }, 'pdf-engine': { type: 'string' }, 'no-ocr': { type: 'boolean' },
        all: { type: 'boolean' }, json: { type: 'boolean' }, list: { type: 'boolean' }, rebuild: { type: 'boolean' },
      },
      allowPositionals: true,
    });
    const engine = values['pdf-engine'];
    if (engine !== undefined && engine !== 'pdfjs' && engine !== 'poppler') throw new AppError('BAD_REQUEST', '--pdf-engine takes pdfjs or poppler');
    if (values.meta && positionals.length !== 1) throw new AppError('BAD_REQUEST', '--meta goes with exactly one file');
    const app = await ctx.openApp({ ingest: false, create: true, rebuildIndex: values.rebuild });
    if (values.list) return listStored(ctx, app.ingestLedger, values.json ?? false);
    const corpusDir = resolve(ctx.config.core.corpusDir);
    const bar = progressBar(ctx);
    // On PostgreSQL the ledger is the deployment's: one ingest at a time (replicas ingest at start-up).
    const exclusive = <T>(fn: () => Promise<T>) => (app.stores.pool ? withPgIngestLock(app.stores.pool, fn) : fn());
    const report = await exclusive(() => ingestPaths({
      paths: positionals.length > 0 ? positionals : [corpusDir],
      corpusDir, ledger: app.ingestLedger, index: app.engine, logger: ctx.logger,
      maxFileBytes: ctx.config.core.maxFileMb * 1024 * 1024,
      onProgress: bar.update, force: values.force, metaFile: values.meta, pdfEngine: engine as PdfEngine | undefined,
      ocr: values['no-ocr'] ? null : undefined,
    })).finally(bar.stop);
    for (const f of report.files) if (f.status === 'failed') ctx.err(`arcp ingest: error: ${f.error}`);
    if (values.json) ctx.out(JSON.stringify(report, null, 2));
    else for (const line of formatSummary(report, { all: values.all })) ctx.out(line);
    return report.failed > 0 ? 1 : 0;
  },
};
