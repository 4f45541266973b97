import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../errors.js';
import { repairArabicText } from '../ingest/arabic-repair/pipeline.js';
import { loadRepairResources } from '../ingest/arabic-repair/resources.js';
import { extractFile } from '../ingest/extract/index.js';
import type { CliCommand } from './context.js';

export const repairCommand: CliCommand = {
  name: 'repair',
  summary: 'print the text of a file with its Arabic extraction damage repaired (what ingest would index)',
  usage: `arcp repair <file> [--report] [--json] [--pdf-engine pdfjs|poppler] [--no-word-list]
  Prints the repaired text on standard output; --report adds the repair report on standard error,
  --json prints {"text", "report"} instead. The lexicon comes from the corpus folder and hunspell-ar.`,
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { report: { type: 'boolean' }, json: { type: 'boolean' }, 'pdf-engine': { type: 'string' }, 'no-word-list': { type: 'boolean' } },
      allowPositionals: true,
    });
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new AppError('BAD_REQUEST', 'arcp repair takes one file');
    const engine = values['pdf-engine'];
    if (engine !== undefined && engine !== 'pdfjs' && engine !== 'poppler') throw new AppError('BAD_REQUEST', '--pdf-engine takes pdfjs or poppler');
    const bytes = await readFile(file).catch((cause: unknown) => {
      throw new AppError('NOT_FOUND', `${file}: cannot be read`, { cause });
    });
    const extracted = await extractFile(bytes, resolve(file), file, { pdf: { engine } });
    const resources = await loadRepairResources({ corpusDir: resolve(ctx.config.core.corpusDir), wordListPath: values['no-word-list'] ? null : undefined });
    const { text, report } = repairArabicText(extracted.text, resources, { keepLineOrder: extracted.lineOrderFromBidi });
    if (values.json) ctx.out(JSON.stringify({ text, report }, null, 2));
    else {
      ctx.out(text);
      if (values.report) ctx.err(JSON.stringify(report, null, 2));
    }
    return 0;
  },
};
