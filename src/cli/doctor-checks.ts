import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../config.js';
import { installHint, missingLanguageResources } from '../retrieval/language-resources.js';
import { migrationFiles, openPostgres } from '../store/pg/pool.js';

/** One finding of `arcp doctor`: what was checked, whether it is usable, and how to put it right. */
export interface Finding {
  area: 'config' | 'database' | 'index' | 'corpus' | 'language' | 'channel';
  ok: boolean;
  /** Not checked: a problem above, or `--offline` (not counted as a problem). */
  skipped?: boolean;
  /** Usable, with something lost: said with its fix, not counted as a problem. */
  warn?: boolean;
  say: string;
  fix?: string;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function databaseFindings(config: Config): Promise<Finding[]> {
  const url = config.core.databaseUrl;
  if (!url) return sqliteFindings(config);
  const shown = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  let pool;
  try {
    pool = await openPostgres({ url, max: 1, migrate: false });
    await pool.query('SELECT 1');
  } catch (err) {
    return [{ area: 'database', ok: false, say: `PostgreSQL at ${shown} cannot be used: ${message(err)}`,
      fix: 'check DATABASE_URL (host, port, user, password, database name) and that the server accepts this host (pg_hba.conf)' }];
  }
  try {
    const applied = await pool.query<{ name: string }>('SELECT name FROM schema_migrations').then((r) => r.rows.map((x) => x.name), () => [] as string[]);
    const pending = migrationFiles().filter((f) => !applied.includes(f));
    return [{ area: 'database', ok: true, say: `PostgreSQL at ${shown} answers; ${pending.length ? `${pending.length} migration(s) to apply at the next start (${pending.join(', ')})` : 'schema up to date'}` }];
  } finally {
    await pool.end();
  }
}

function sqliteFindings(config: Config): Finding[] {
  const dir = resolve(config.core.dataDir);
  if (!existsSync(dir)) {
    return [{ area: 'database', ok: false, say: `no data folder at ${dir}`, fix: 'run "arcp ingest" or "arcp serve" once, or point ARCP_DATA_DIR (--data) at the folder they wrote' }];
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    return [{ area: 'database', ok: false, say: `the data folder ${dir} is not writable`, fix: 'give the service\'s user write access to it' }];
  }
  return [{ area: 'database', ok: true, say: `SQLite in ${join(dir, 'arcp.sqlite')} (one process; set DATABASE_URL=postgres://… for several replicas)` }];
}

export function corpusFindings(config: Config): Finding[] {
  const dir = resolve(config.core.corpusDir);
  if (!existsSync(dir)) return [{ area: 'corpus', ok: false, say: `no corpus folder at ${dir}`, fix: 'point ARCP_CORPUS_DIR (--corpus) at the folder of documents' }];
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.'));
  const findings: Finding[] = [{ area: 'corpus', ok: files.length > 0, say: `${files.length} file(s) in the corpus folder ${dir}`,
    fix: files.length ? undefined : 'put the documents (PDF, DOCX, HTML, Markdown, text) in it and run "arcp ingest"' }];
  if (!existsSync(join(dir, 'glossary.tsv'))) {
    findings.push({ area: 'corpus', ok: true, say: 'no glossary.tsv: Arabic–English questions rely on the dictionary alone' });
  }
  return findings;
}

/** The system's Arabic word list and English–Arabic dictionary: usable without them, with weaker answers. */
export function languageFindings(config: Config): Finding[] {
  const missing = missingLanguageResources({ freedictDir: config.retrieval.freedictPath, dictionary: config.retrieval.dictionary });
  if (missing.length === 0) return [{ area: 'language', ok: true, say: 'Arabic word list (hunspell-ar) and English–Arabic dictionary (FreeDict) installed' }];
  return missing.map((r) => ({ area: 'language', ok: true, warn: true, say: `no ${r.pkg} at ${r.path}: ${r.lost}`, fix: installHint([r]) }));
}
