/**
 * Trains the intent model and writes src/intents/model.json; reports k-fold cross-validation first.
 *
 *   npx tsx scripts/intents/train-intents.ts                 cross-validate (10 folds), then train on all and write
 *   npx tsx scripts/intents/train-intents.ts --no-write      cross-validate only
 *   npx tsx scripts/intents/train-intents.ts --folds 5 --lambda 1e-4 --chars 2-4 --rules 0 --no-core --no-augment
 *   other knobs: --iters N, --min-count N, --min-steps N, --unsure P; --misses lists what CV gets wrong
 *
 * Training data: tests/eval/intents-train.jsonl and the tuning rounds of tests/eval/intents.jsonl. The
 * held-out sets (tests/eval/intents-heldout.jsonl and the `heldout` round of intents.jsonl) are never
 * read here: `npx tsx scripts/eval/answers.ts` scores them with the written model. Training is
 * deterministic (fixed folds, no random initialisation), so the same data writes the same file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { augmentExamples } from './augment.js';
import { DEFAULT_FEATURE_CONFIG, messageFeatures, type FeatureConfig } from '../../src/intents/features.js';
import { INTENT_MODEL_URL, IntentModel } from '../../src/intents/model.js';
import type { RuleSignals } from '../../src/intents/rules.js';
import { DEFAULT_TRAIN_OPTIONS, toModelFile, trainWeights, type TrainingExample, type TrainOptions } from './train.js';
import { INTENTS, type Intent } from '../../src/intents/types.js';
import { decideIntent } from '../../src/intents/classify.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TRAINING_FILES = ['tests/eval/intents-train.jsonl', 'tests/eval/intents.jsonl'];
/** Rounds of the training files kept out of training (intents.jsonl has one). */
export const HELD_OUT_SPLITS = new Set(['heldout']);
export const DEFAULT_UNSURE_BELOW = 0.4;
/** Weights smaller than 3/127 of the largest are dropped: the file stays under 500 KB, accuracy unchanged. */
const MIN_STEPS = Number(arg('--min-steps') ?? 3);

interface Row {
  text: string;
  intent: Intent;
  lang: 'ar' | 'en';
  split?: string;
}

/** sha256 of the training files as committed: the unit test compares it with the model's. */
export function trainingDataHash(root = repoRoot): string {
  const hash = createHash('sha256');
  for (const f of TRAINING_FILES) hash.update(readFileSync(join(root, f)));
  return hash.digest('hex');
}

export function trainingRows(root = repoRoot): Row[] {
  return TRAINING_FILES.flatMap((f) =>
    readFileSync(join(root, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Row),
  ).filter((r) => !HELD_OUT_SPLITS.has(r.split ?? ''));
}

interface Featurized extends TrainingExample {
  row: Row;
  signals: RuleSignals;
}

function featurize(rows: Row[], config: FeatureConfig): Featurized[] {
  return rows.map((row) => {
    const f = messageFeatures(row.text, {}, config);
    return { row, features: f.values, signals: f.signals, label: INTENTS.indexOf(row.intent) };
  });
}

/** Folds stratified by intent and language, in a fixed pseudo-random order. */
function folds(n: number, data: Featurized[]): number[] {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const groups = new Map<string, number[]>();
  data.forEach((d, i) => groups.set(`${d.row.intent}/${d.row.lang}`, [...(groups.get(`${d.row.intent}/${d.row.lang}`) ?? []), i]));
  const fold = new Array<number>(data.length);
  let next = 0;
  for (const idx of groups.values()) {
    idx.sort(() => rand() - 0.5);
    for (const i of idx) fold[i] = next++ % n;
  }
  return fold;
}

interface Judged {
  row: Row;
  probs: number[];
  signals: RuleSignals;
}

/** The examples plus their augmented variants (see intent-augment.ts), unless --no-augment. */
function withVariants(data: Featurized[], config: FeatureConfig): Featurized[] {
  if (process.argv.includes('--no-augment')) return data;
  return [...data, ...featurize(augmentExamples(data.map((d) => d.row)), config)];
}

function crossValidate(data: Featurized[], k: number, config: FeatureConfig, opts: TrainOptions): Judged[] {
  const fold = folds(k, data);
  const out: Judged[] = [];
  for (let f = 0; f < k; f++) {
    const train = withVariants(data.filter((_, i) => fold[i] !== f), config);
    const model = new IntentModel(toModelFile(trainWeights(train, opts), { classes: INTENTS, config, minSteps: MIN_STEPS, unsureBelow: 0, trainedOn: { files: [], sha256: '', examples: 0 } }));
    data.forEach((d, i) => {
      if (fold[i] === f) out.push({ row: d.row, probs: model.probabilities(d.features), signals: d.signals });
    });
  }
  return out;
}

function report(judged: Judged[], unsureBelow: number, log: (l: string) => void): void {
  const got = judged.map((j) => decideIntent(j.probs, INTENTS, j.signals, unsureBelow).intent);
  const acc = (keep: (r: Row) => boolean) => {
    const idx = judged.map((j, i) => [j, i] as const).filter(([j]) => keep(j.row));
    const right = idx.filter(([j, i]) => got[i] === j.row.intent).length;
    return `${(right / Math.max(1, idx.length)).toFixed(3)} (${right}/${idx.length})`;
  };
  log(`cross-validated accuracy: ${acc(() => true)}; ar ${acc((r) => r.lang === 'ar')}; en ${acc((r) => r.lang === 'en')}`);
  for (const split of [...new Set(judged.map((j) => j.row.split ?? '-'))]) log(`  round ${split}: ${acc((r) => (r.split ?? '-') === split)}`);
  for (const intent of INTENTS) log(`  ${intent}: ${acc((r) => r.intent === intent)}`);
  const sweep = [0, 0.3, 0.4, 0.45, 0.5, 0.6].map((t) => {
    const right = judged.filter((j) => decideIntent(j.probs, INTENTS, j.signals, t).intent === j.row.intent).length;
    return `${t}: ${(right / judged.length).toFixed(3)}`;
  });
  log(`  unsure threshold sweep: ${sweep.join(', ')}`);
  if (process.argv.includes('--misses')) {
    judged.forEach((j, i) => {
      if (got[i] !== j.row.intent) log(`  MISS [${j.row.split}] ${j.row.intent} → ${got[i]}: ${j.row.text}`);
    });
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const log = (l: string) => console.log(l);
  const [charMin, charMax] = (arg('--chars') ?? `${DEFAULT_FEATURE_CONFIG.charMin}-${DEFAULT_FEATURE_CONFIG.charMax}`).split('-').map(Number);
  const config: FeatureConfig = {
    charMin: charMin!,
    charMax: charMax!,
    ruleWeight: Number(arg('--rules') ?? DEFAULT_FEATURE_CONFIG.ruleWeight),
    arabicCore: !process.argv.includes('--no-core'),
  };
  const opts: TrainOptions = {
    ...DEFAULT_TRAIN_OPTIONS,
    classes: INTENTS,
    lambda: Number(arg('--lambda') ?? DEFAULT_TRAIN_OPTIONS.lambda),
    iterations: Number(arg('--iters') ?? DEFAULT_TRAIN_OPTIONS.iterations),
    minCount: Number(arg('--min-count') ?? DEFAULT_TRAIN_OPTIONS.minCount),
  };
  const unsureBelow = Number(arg('--unsure') ?? DEFAULT_UNSURE_BELOW);
  const data = featurize(trainingRows(), config);
  log(`${data.length} training examples; features ${JSON.stringify(config)}; lambda ${opts.lambda}`);
  const k = Number(arg('--folds') ?? 10);
  if (k > 1) report(crossValidate(data, k, config, opts), unsureBelow, log);
  if (process.argv.includes('--no-write')) return;
  const file = toModelFile(trainWeights(withVariants(data, config), opts), {
    classes: INTENTS,
    minSteps: MIN_STEPS,
    config,
    unsureBelow,
    trainedOn: { files: TRAINING_FILES, sha256: trainingDataHash(), examples: data.length },
  });
  const json = `${JSON.stringify(file)}\n`;
  writeFileSync(INTENT_MODEL_URL, json);
  log(`wrote ${fileURLToPath(INTENT_MODEL_URL)} (${(json.length / 1024).toFixed(0)} KB, ${file.features.split('\n').length} features)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
