import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../errors.js';
import { loadRepairResources } from '../ingest/arabic-repair/resources.js';
import { readDocumentText } from '../ingest/read-text.js';
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
    const repairResources = () => loadRepairResources({ corpusDir: resolve(ctx.config.core.corpusDir), wordListPath: values['no-word-list'] ? null : undefined });
    const { text, repair } = await readDocumentText(bytes, resolve(file), file, { extract: { pdf: { engine } }, repairResources });
    // Exact text (Word, HTML, Markdown) is indexed as it is: there is no report to give.
    const report = repair ?? null;
    if (values.json) ctx.out(JSON.stringify({ text, report }, null, 2));
    else {
      ctx.out(text);
      if (values.report) ctx.err(report ? JSON.stringify(report, null, 2) : 'no repair: this kind of file gives exact text');
    }
    return 0;
  },
};
