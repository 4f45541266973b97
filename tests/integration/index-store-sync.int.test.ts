import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { pino } from 'pino';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type AppServices } from '../../src/app.js';
import { runCli } from '../../src/cli.js';
import { loadConfig } from '../../src/config.js';
import { AppError } from '../../src/errors.js';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { silentLogger } from '../../src/logger.js';

const doc = (id: string, text: string) =>
  `---\nid: ${id}\ntitle: {ar: ${id}}\ntype: annual-statement\ndate: 2021\nlanguage: ar\nstatus: unreviewed\n---\n${text}\n`;
const WITHDRAWN = 'تدعو الأمانة الدول الأعضاء إلى تعليق العمل بمذكرة التفاهم الخاصة بتنقل العمالة الموسمية.';
const KEPT = 'أكد الاجتماع أهمية حماية حقوق اللاجئين وتقاسم الأعباء مع الدول المضيفة.';

let root: string;
let corpus: string;
let open: AppServices[];
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'arcp-sync-'));
  corpus = join(root, 'corpus');
  await mkdir(corpus);
  await writeFile(join(corpus, 'withdrawn.md'), doc('withdrawn-memo', WITHDRAWN));
  await writeFile(join(corpus, 'kept.md'), doc('kept-statement', KEPT));
  open = [];
});
afterEach(async () => {
  for (const app of open) await app.close().catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

async function start(logger = silentLogger(), env: Record<string, string> = {}): Promise<AppServices> {
  const config = loadConfig({ ARCP_DATA_DIR: join(root, 'data'), ARCP_CORPUS_DIR: corpus, LOG_LEVEL: 'silent', ...env });
  const app = await createApp(config, logger);
  open.push(app);
  return app;
}
/** What `arcp ingest` does after the file was deleted: its own process, its own copy of the index. */
async function cliIngest(): Promise<string[]> {
  const cli = await start();
  const report = await ingestPaths({ paths: [corpus], corpusDir: corpus, db: cli.db, index: cli.engine, logger: silentLogger(), maxFileBytes: 1 << 20 });
  await cli.close();
  open = open.filter((a) => a !== cli);
  return report.files.filter((f) => f.status === 'deleted').map((f) => f.documentId!);
}
const quoted = async (app: AppServices) =>
  (await app.engine.search({ text: 'مذكرة التفاهم الخاصة بتنقل العمالة الموسمية', lang: 'ar' })).results.map((r) => r.passage.documentId);

describe('a document deleted with `arcp ingest` while the server runs', () => {
  it('is no longer quoted by the running server, nor after it stops and starts again', async () => {
    const server = await start();
    await server.ingestCorpus();
    expect(await quoted(server)).toContain('withdrawn-memo');

    await rm(join(corpus, 'withdrawn.md'));
    expect(await cliIngest()).toEqual(['withdrawn-memo']);
    expect(await quoted(server)).not.toContain('withdrawn-memo');

    await server.close();
    open = [];
    const again = await start();
    expect(await quoted(again)).not.toContain('withdrawn-memo');
    expect(again.engine.size()).toBe(1);
  }, 60_000);

  it('leaves an index saved before the deletion once the store is read at start-up', async () => {
    const server = await start();
    await server.ingestCorpus();
    (server.engine as { beforeSearch?: unknown }).beforeSearch = undefined; // a server that never looks at the store again, as before
    await rm(join(corpus, 'withdrawn.md'));
    await cliIngest();
    await server.close(); // saves its stale index over the CLI's
    open = [];
    const again = await start();
    expect(await quoted(again)).not.toContain('withdrawn-memo');
    const forced = await ingestPaths({ paths: [corpus], corpusDir: corpus, db: again.db, index: again.engine, logger: silentLogger(), maxFileBytes: 1 << 20, force: true });
    expect(forced.failed).toBe(0);
    expect([...again.engine.documents().keys()]).toEqual(['kept-statement']);
  }, 60_000);
});

describe('a damaged search index', () => {
  const damages: Array<[string, string]> = [
    ['a passages file whose slots are not a list', '{"format":3,"analysis":{"stem":true},"documents":{},"slots":{}}'],
    ['a passages file cut off mid-way (a crash, a full disk)', '{"format":3,"analysis":{"stem":true},"documents":{"kept-statement":{"id":"kep'],
  ];
  it.each(damages)('is named in the log and rebuilt from the store at start-up: %s', async (_name, content) => {
    const first = await start();
    await first.ingestCorpus();
    await first.close();
    open = [];
    const file = join(root, 'data', 'index', 'passages.json');
    await writeFile(file, content);
    const lines: string[] = [];
    const again = await start(pino({ level: 'warn' }, { write: (l: string) => void lines.push(l) }));
    expect(await quoted(again)).toContain('withdrawn-memo');
    expect(again.engine.size()).toBe(2);
    expect(lines.map((l) => JSON.parse(l).msg).join('\n')).toContain(`${file} is damaged`);
  }, 60_000);

  it('built by another embedder, says to run a command that exists and rebuilds it', async () => {
    const first = await start();
    await first.ingestCorpus();
    await first.close();
    open = [];
    const refused = await start(silentLogger(), { ARCP_EMBEDDER: 'ollama' }).catch((e: unknown) => e);
    expect(AppError.is(refused, 'INDEX_MISMATCH')).toBe(true);
    const command = /`arcp (ingest --rebuild)`/.exec((refused as Error).message)?.[1];
    expect(command).toBe('ingest --rebuild');
    const err: string[] = [];
    const code = await runCli({
      argv: command!.split(' '), env: { ARCP_DATA_DIR: join(root, 'data'), ARCP_CORPUS_DIR: corpus, LOG_LEVEL: 'silent' },
      out: () => undefined, err: (l) => err.push(l), stdin: process.stdin, interactive: false, loadPlugins: async () => [],
    });
    expect(code, err.join('\n')).toBe(0);
  }, 60_000);
});

describe('corpus and data folders moved together', () => {
  async function moved(prepare?: (app: AppServices) => void) {
    const first = await start();
    await first.ingestCorpus();
    prepare?.(first);
    await first.close();
    open = [];
    const { rename } = await import('node:fs/promises');
    const elsewhere = join(root, 'moved');
    await mkdir(elsewhere);
    await rename(corpus, join(elsewhere, 'corpus'));
    await rename(join(root, 'data'), join(elsewhere, 'data'));
    const config = loadConfig({ ARCP_DATA_DIR: join(elsewhere, 'data'), ARCP_CORPUS_DIR: join(elsewhere, 'corpus'), LOG_LEVEL: 'silent' });
    const app = await createApp(config, silentLogger());
    open.push(app);
    return app;
  }

  it('keeps every document: nothing fails, nothing is read again, edits are followed', async () => {
    const app = await moved();
    const report = await app.ingestCorpus();
    expect(report.files.map((f) => [f.file, f.status])).toEqual([['kept.md', 'unchanged'], ['withdrawn.md', 'unchanged']]);
    await writeFile(join(app.config.core.corpusDir, 'kept.md'), doc('kept-statement', 'نص معدل عن تقاسم الأعباء.'));
    expect((await app.ingestCorpus()).files.find((f) => f.file === 'kept.md')!.status).toBe('updated');
  }, 60_000);

  it('keeps the documents of a data folder written with absolute paths (migrated)', async () => {
    const app = await moved((first) => {
      // The rows as an earlier version wrote them: keyed by absolute path, migration 084 not yet applied.
      first.db.prepare("UPDATE ingest_documents SET source_key = ? || '/' || source_path").run(corpus);
      first.db.prepare("DELETE FROM schema_migrations WHERE name = '084_relative_source_keys.sql'").run();
    });
    const report = await app.ingestCorpus();
    expect(report.failed).toBe(0);
    expect(report.files.every((f) => f.status === 'unchanged')).toBe(true);
  }, 60_000);
});
