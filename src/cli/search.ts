import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Lang } from '../channel/types.js';
import { AppError } from '../errors.js';
import { DOC_TYPES, titleIn, type DocType } from '../ingest/types.js';
import type { SearchEngine, SearchResult } from '../retrieval/index.js';
import type { SearchFilters } from '../retrieval/types.js';
import { pageSpanOf, pagesLabel } from '../replies/page-label.js';
import { detectLang } from '../text/lang.js';
import type { CliCommand, CliContext } from './context.js';

const OPTIONS = {
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  lang: { type: 'string' },
  limit: { type: 'string' },
  type: { type: 'string', multiple: true },
  forum: { type: 'string', multiple: true },
  'year-from': { type: 'string' },
  'year-to': { type: 'string' },
  'as-of': { type: 'string' },
  status: { type: 'string', multiple: true },
  'passage-lang': { type: 'string' },
} as const;

function parseLang(value: string | undefined, option: string): Lang | undefined {
  if (value === undefined || value === 'ar' || value === 'en') return value;
  throw new AppError('BAD_REQUEST', `${option} must be ar or en, not ${value}`);
}

function parseYear(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new AppError('BAD_REQUEST', `${option} must be a year (YYYY), not ${value}`);
  return Number(value);
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** Explicit filters from the command line; years and forums in the question itself are read by the engine. */
export function cliFilters(values: Values): SearchFilters {
  const types = values.type?.map((t) => {
    if (!(DOC_TYPES as readonly string[]).includes(t)) {
      throw new AppError('BAD_REQUEST', `--type must be one of ${DOC_TYPES.join(', ')}, not ${t}`);
    }
    return t as DocType;
  });
  if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'])) {
    throw new AppError('BAD_REQUEST', `--as-of must be a day (YYYY-MM-DD), not ${values['as-of']}`);
  }
  const filters: SearchFilters = {
    types,
    forums: values.forum,
    yearFrom: parseYear(values['year-from'], '--year-from'),
    yearTo: parseYear(values['year-to'], '--year-to'),
    asOf: values['as-of'],
    status: values.status,
    lang: parseLang(values['passage-lang'], '--passage-lang'),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as SearchFilters;
}

/** The `--json` output: results best first, plus whether the engine would abstain and the filters it applied. */
export function toSearchJson(result: SearchResult, lang: Lang): Record<string, unknown> {
  return {
    results: result.results.map((r) => ({
      documentId: r.passage.documentId,
      passageId: r.passage.id,
      title: titleIn(r.passage.meta, lang),
      date: r.passage.meta.date,
      score: Number(r.score.toFixed(6)),
      text: r.passage.text,
      ...pageSpanOf(r.passage),
    })),
    abstain: result.abstain,
    filters: result.filters,
  };
}

function formatReadable(result: SearchResult, lang: Lang): string {
  if (result.results.length === 0) return 'no passages found';
  const lines = result.results.map((r, i) => {
    const p = r.passage;
    const excerpt = p.text.length > 160 ? `${p.text.slice(0, 157)}…` : p.text;
    const pages = pagesLabel([p], 'en');
    return `${i + 1}. [${p.id}] ${titleIn(p.meta, lang)} (${p.meta.date}${pages ? `, ${pages}` : ''}) score ${r.score.toFixed(3)}\n   ${excerpt}`;
  });
  if (result.abstain) lines.unshift('(weak match: the assistant would reply that there is no established position)');
  return lines.join('\n');
}

interface SearchRun {
  engine: SearchEngine;
  filters: SearchFilters;
  lang: Lang | undefined;
  limit: number;
}

async function searchOne(question: string, run: SearchRun): Promise<{ result: SearchResult; lang: Lang }> {
  const lang = run.lang ?? detectLang(question);
  const result = await run.engine.search({ text: question, lang, filters: run.filters }, { limit: run.limit });
  return { result, lang };
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'search the corpus (Arabic and English) and list the best passages',
  usage: `arcp search [--json] [options] "<question>"
arcp search --jsonl [options] < questions.txt    one question per line in, one JSON result per line out

Options:
  --json                 print {"results":[{documentId, passageId, title, date, score, text, page?, lastPage?}], "abstain", "filters"}
                         (page: the PDF page a passage begins on; lastPage: where it ends, if another)
  --jsonl                read questions from standard input, one per line
  --limit N              number of passages (default 10)
  --lang ar|en           language of the question (default: detected); titles are given in it
  --passage-lang ar|en   only passages in this language
  --type T               document type (repeatable): ${DOC_TYPES.join(', ')}
  --forum F              forum code (repeatable), e.g. GCM, GCR, GFMD, WRD
  --year-from Y, --year-to Y   document years
  --as-of YYYY-MM-DD     only documents dated on or before this day
  --status S             document status (repeatable)`,
  async run(argv: string[], ctx: CliContext): Promise<number> {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new AppError('BAD_REQUEST', `--limit must be a positive integer`);
    const filters = cliFilters(values);
    const app = await ctx.openApp({ ingest: true, create: true });
    const run: SearchRun = { engine: app.engine, filters, lang: parseLang(values.lang, '--lang'), limit };
    if (values.jsonl) {
      for await (const line of createInterface({ input: ctx.stdin, crlfDelay: Infinity })) {
        if (!line.trim()) continue;
        const { result, lang } = await searchOne(line.trim(), run);
        ctx.out(JSON.stringify(toSearchJson(result, lang)));
      }
      return 0;
    }
    const question = positionals.join(' ').trim();
    if (!question) throw new AppError('BAD_REQUEST', 'no question given: arcp search "<question>"');
    const { result, lang } = await searchOne(question, run);
    ctx.out(values.json ? JSON.stringify(toSearchJson(result, lang)) : formatReadable(result, lang));
    return 0;
  },
};
