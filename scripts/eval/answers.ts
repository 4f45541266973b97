import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../src/channel/types.js';
import { INTENTS, type Intent } from '../../src/intents/types.js';
import { classifyIntent } from '../../src/intents/classify.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface AnswerEvalOptions {
  corpusDir: string;
  log: (line: string) => void;
  /**
   * Labelled intent sets; defaults to tests/eval/intents.jsonl (its tuning rounds are training data,
   * its `heldout` round is not) and tests/eval/intents-heldout.jsonl (never trained or tuned on).
   */
  intentsFile?: string | string[];
  questionsFile?: string;
}

interface IntentExample {
  text: string;
  intent: Intent;
  lang: Lang;
  /**
   * dev* = the rules were tuned on it and the model trained on it; heldout* = never tuned or trained on;
   * seen-* = never trained on, but scored once and its misses guided the last round of written examples.
   */
  split?: string;
}

async function readJsonl<T>(file: string): Promise<T[]> {
  const text = await readFile(file, 'utf8');
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${(n / d).toFixed(3)} (${n}/${d})`);

const isHeldOut = (split?: string) => split?.startsWith('heldout') ?? false;

/**
 * Intent accuracy overall, on the held-out rounds (the figure that counts), per split and language, and
 * the confusion of gold (rows) vs predicted. Returns the held-out accuracy when there is a held-out round.
 */
export async function runIntentEval(file: string | string[], log: (line: string) => void): Promise<number> {
  const files = Array.isArray(file) ? file : [file];
  const rows = (await Promise.all(files.map((f) => readJsonl<IntentExample>(f)))).flat();
  const judged = rows.map((r) => ({ ...r, got: classifyIntent(r.text).intent }));
  const right = (xs: typeof judged) => xs.filter((x) => x.got === x.intent).length;
  const held = judged.filter((j) => isHeldOut(j.split));
  log(`Intent accuracy: ${pct(right(judged), judged.length)} (rounds dev* are training data; seen-* were scored during development)`);
  if (held.length > 0) {
    const byLang = (['ar', 'en'] as const).map((l) => `${l} ${pct(right(held.filter((j) => j.lang === l)), held.filter((j) => j.lang === l).length)}`);
    log(`  held out (never trained or tuned on): ${pct(right(held), held.length)}; ${byLang.join('; ')}`);
  }
  for (const split of [...new Set(judged.map((j) => j.split ?? 'all'))]) {
    const xs = judged.filter((j) => (j.split ?? 'all') === split);
    log(`  split ${split}: ${pct(right(xs), xs.length)}`);
  }
  for (const lang of ['ar', 'en'] as const) {
    const xs = judged.filter((j) => j.lang === lang);
    log(`  ${lang}: ${pct(right(xs), xs.length)}`);
  }
  const short = (i: string) => i.replace('position-question', 'position').replace('document-request', 'document').slice(0, 9);
  const table = held.length > 0 ? held : judged;
  log('');
  log(`Confusion${held.length > 0 ? ' on the held-out rounds' : ''} (rows gold, columns predicted): ${INTENTS.map(short).join(' | ')}`);
  for (const gold of INTENTS) {
    const xs = table.filter((j) => j.intent === gold);
    const cells = INTENTS.map((p) => String(xs.filter((x) => x.got === p).length).padStart(short(p).length));
    log(`  ${short(gold).padEnd(9)} ${cells.join(' | ')}   recall ${pct(right(xs), xs.length)}`);
  }
  const misses = judged.filter((j) => j.got !== j.intent);
  if (misses.length > 0) {
    log('');
    log('Misclassified:');
    for (const m of misses) log(`  [${m.split ?? '-'}] ${m.intent} → ${m.got}: ${m.text}`);
  }
  return right(table) / Math.max(1, table.length);
}

/** Intent accuracy (answer quality and faithfulness are measured on the answer set: answer-quality.ts). */
export async function runAnswerEval(opts: AnswerEvalOptions): Promise<void> {
  const intentsFile = opts.intentsFile ?? ['intents.jsonl', 'intents-heldout.jsonl'].map((f) => join(repoRoot, 'tests', 'eval', f));
  await runIntentEval(intentsFile, opts.log);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runAnswerEval({ corpusDir: process.argv[2] ?? join(repoRoot, 'corpus'), log: (l) => console.log(l) });
}
