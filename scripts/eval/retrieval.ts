import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIGS, DEFAULT_CONFIG_NAME, ROBUST_CONFIGS, type ConfigSpec, type RunResult } from './retrieval-configs.js';
import { formatTable, summarise, type Judged, type Metrics } from './retrieval-metrics.js';
import { loadOurSet, loadXquad, type EvalQuestion, type EvalSet } from './retrieval-sets.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RetrievalEvalOptions {
  corpusDir: string;
  log: (line: string) => void;
  /** Defaults to tests/eval/questions.jsonl of the repository. */
  questionsFile?: string;
  /** Only these configurations (by name); all by default. */
  only?: string[];
  /** Where XQuAD is (xquad/ inside it); defaults to ../shared/benchmarks next to the repository. */
  benchmarksDir?: string;
}

interface ConfigRun {
  name: string;
  judged: Array<Judged & { question: EvalQuestion; confidence?: number }>;
}

async function runConfig(spec: ConfigSpec, set: EvalSet, glossaryPath: string, questionFilters: boolean): Promise<ConfigRun> {
  const runner = await spec.build(set.passages, { glossaryPath, questionFilters });
  const judged: ConfigRun['judged'] = [];
  for (const question of set.questions) {
    const t0 = performance.now();
    const r: RunResult = await runner.run(question);
    const latencyMs = performance.now() - t0;
    judged.push({ ...r, expect: question.expect, outOfScope: question.outOfScope, latencyMs, question });
  }
  return { name: spec.name, judged };
}

async function evaluateSet(set: EvalSet, opts: RetrievalEvalOptions, questionFilters: boolean): Promise<ConfigRun[]> {
  const glossaryPath = join(opts.corpusDir, 'glossary.tsv');
  const specs = CONFIGS.filter((c) => !opts.only || opts.only.includes(c.name));
  const runs: ConfigRun[] = [];
  for (const spec of specs) runs.push(await runConfig(spec, set, glossaryPath, questionFilters));
  const rows = runs.map((r) => ({ name: r.name, m: summarise(r.judged) }));
  opts.log('');
  for (const line of formatTable(`${set.name} (${set.passages.length} passages, ${set.questions.length} questions)`, rows)) opts.log(line);
  return runs;
}

/** Abstention accuracy of the default configuration for a range of thresholds, to choose the default. */
function thresholdSweep(run: ConfigRun, log: (line: string) => void): void {
  log('');
  log(`Abstention threshold sweep (${run.name}): accuracy | in-scope answered | out-of-scope abstained`);
  for (let t = 0.3; t <= 0.951; t += 0.05) {
    const ok = run.judged.filter((j) => ((j.confidence ?? 0) < t) === j.outOfScope).length;
    const ins = run.judged.filter((j) => !j.outOfScope);
    const oos = run.judged.filter((j) => j.outOfScope);
    const answered = ins.filter((j) => (j.confidence ?? 0) >= t).length;
    const abstained = oos.filter((j) => (j.confidence ?? 0) < t).length;
    log(`  ${t.toFixed(2)}: ${(ok / run.judged.length).toFixed(3)} | ${answered}/${ins.length} | ${abstained}/${oos.length}`);
  }
}

function subsetRows(runs: ConfigRun[], pick: (q: EvalQuestion) => boolean): Array<{ name: string; m: Metrics }> {
  return runs.map((r) => ({ name: r.name, m: summarise(r.judged.filter((j) => pick(j.question))) }));
}

/** Prints one table per collection: our corpus (all, cross-lingual, by language) and XQuAD. */
export async function runRetrievalEval(opts: RetrievalEvalOptions): Promise<void> {
  const questionsFile = opts.questionsFile ?? join(repoRoot, 'tests', 'eval', 'questions.jsonl');
  if (existsSync(questionsFile)) {
    const set = await loadOurSet(opts.corpusDir, questionsFile);
    const runs = await evaluateSet(set, opts, true);
    for (const [title, pick] of [
      ['cross-lingual questions', (q: EvalQuestion) => q.crossLingual],
      ['Arabic questions', (q: EvalQuestion) => q.lang === 'ar'],
      ['English questions', (q: EvalQuestion) => q.lang === 'en'],
    ] as const) {
      opts.log('');
      for (const line of formatTable(`${set.name}: ${title}`, subsetRows(runs, pick))) opts.log(line);
    }
    const def = runs.find((r) => r.name === DEFAULT_CONFIG_NAME);
    if (def) thresholdSweep(def, opts.log);
    reportMisses(def, opts.log);
  } else {
    opts.log(`retrieval eval: ${questionsFile} not found; our-corpus table skipped`);
  }
  await runRobustSet(opts);
  const xquadDir = join(opts.benchmarksDir ?? resolve(repoRoot, '..', 'shared', 'benchmarks'), 'xquad');
  const xquad = await loadXquad(xquadDir);
  if (!xquad) {
    opts.log(`retrieval eval: XQuAD not found at ../shared/benchmarks/xquad; skipped`);
    return;
  }
  await evaluateSet(xquad.ar, opts, false);
  await evaluateSet(xquad.en, opts, false);
}

/**
 * The robust probe set (tests/eval/retrieval-robust.jsonl): questions with typos, dialect question words,
 * names spelt another way and framing words, each expecting its document; the default configuration
 * with and without each part of question understanding, in one run.
 */
async function runRobustSet(opts: RetrievalEvalOptions): Promise<void> {
  const file = join(repoRoot, 'tests', 'eval', 'retrieval-robust.jsonl');
  if (!existsSync(file)) return;
  const set = { ...(await loadOurSet(opts.corpusDir, file)), name: 'robust probe set' };
  const runs = await evaluateSet(set, { ...opts, only: ROBUST_CONFIGS }, true);
  for (const [title, pick] of [
    ['Arabic questions', (q: EvalQuestion) => q.lang === 'ar'],
    ['English questions', (q: EvalQuestion) => q.lang === 'en'],
  ] as const) {
    opts.log('');
    for (const line of formatTable(`${set.name}: ${title}`, subsetRows(runs, pick))) opts.log(line);
  }
  // What the asker sees: an abstention on a question the collection answers is a miss.
  const seen = runs.map((r) => ({ ...r, judged: r.judged.map((j) => (j.abstain && !j.outOfScope ? { ...j, ranked: [] } : j)) }));
  opts.log('');
  for (const line of formatTable(`${set.name}: an abstention counted as a miss`, subsetRows(seen, () => true))) opts.log(line);
  reportMisses(runs.find((r) => r.name === DEFAULT_CONFIG_NAME), opts.log);
}

function reportMisses(run: ConfigRun | undefined, log: (line: string) => void): void {
  if (!run) return;
  const misses = run.judged.filter((j) =>
    j.outOfScope ? !j.abstain : j.abstain || !j.ranked.slice(0, 5).some((id) => j.expect.some((e) => id === e || id.split('#')[0] === e)),
  );
  if (misses.length === 0) return;
  log('');
  log(`Misses of ${run.name} (not in the top 5, or wrong abstention):`);
  for (const j of misses) {
    log(`  ${j.question.id} [${j.abstain ? 'abstained' : 'answered'} conf=${(j.confidence ?? 0).toFixed(2)}] ${j.question.q} → ${j.ranked.slice(0, 3).join(', ')}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  await runRetrievalEval({ corpusDir: args[0] ?? join(repoRoot, 'corpus'), log: (l) => console.log(l), only: args.slice(1).length ? args.slice(1) : undefined });
}
