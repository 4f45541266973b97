import type { FeatureConfig } from '../../src/intents/features.js';
import type { IntentModelFile } from '../../src/intents/model.js';
import type { Intent } from '../../src/intents/types.js';

/**
 * Training of the intent model (used by scripts/intents/train-intents.ts, never at run time): multinomial
 * logistic regression with an L2 penalty, full-batch gradient descent with Adam. About 1,500 examples
 * and 30,000 features train in a few seconds, so cross-validation retrains from scratch in each fold.
 */
export interface TrainingExample {
  /** Feature name → value, as messageFeatures returns them. */
  features: ReadonlyMap<string, number>;
  label: number;
}

export interface TrainOptions {
  classes: readonly Intent[];
  /** L2 strength on the weights (not the biases). */
  lambda: number;
  iterations: number;
  learningRate: number;
  /** Features seen in fewer training examples are dropped. */
  minCount: number;
}

export const DEFAULT_TRAIN_OPTIONS: Omit<TrainOptions, 'classes'> = { lambda: 1e-5, iterations: 300, learningRate: 0.05, minCount: 2 };

export interface TrainedWeights {
  names: string[];
  /** names.length × classes rows, row-major. */
  weights: Float64Array;
  bias: Float64Array;
}

interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
  label: number;
}

function vocabulary(examples: readonly TrainingExample[], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const name of ex.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= minCount).map(([name]) => name).sort();
}

function sparseRows(examples: readonly TrainingExample[], index: Map<string, number>): SparseRow[] {
  return examples.map((ex) => {
    const pairs = [...ex.features].filter(([name]) => index.has(name));
    return { idx: Int32Array.from(pairs, ([n]) => index.get(n)!), val: Float64Array.from(pairs, ([, v]) => v), label: ex.label };
  });
}

/** Mean cross-entropy gradient of all rows, written into gw and gb. */
function gradient(rows: readonly SparseRow[], w: Float64Array, b: Float64Array, k: number, gw: Float64Array, gb: Float64Array): void {
  gw.fill(0);
  gb.fill(0);
  const logits = new Float64Array(k);
  for (const row of rows) {
    logits.set(b);
    for (let j = 0; j < row.idx.length; j++) {
      const base = row.idx[j] * k;
      for (let c = 0; c < k; c++) logits[c] += w[base + c] * row.val[j];
    }
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, logits[c]);
    let sum = 0;
    for (let c = 0; c < k; c++) sum += (logits[c] = Math.exp(logits[c] - max));
    for (let c = 0; c < k; c++) logits[c] = logits[c] / sum - (c === row.label ? 1 : 0);
    for (let j = 0; j < row.idx.length; j++) {
      const base = row.idx[j] * k;
      for (let c = 0; c < k; c++) gw[base + c] += logits[c] * row.val[j];
    }
    for (let c = 0; c < k; c++) gb[c] += logits[c];
  }
  const n = rows.length;
  for (let i = 0; i < gw.length; i++) gw[i] /= n;
  for (let c = 0; c < k; c++) gb[c] /= n;
}

class Adam {
  private m: Float64Array;
  private v: Float64Array;
  private t = 0;
  constructor(size: number, private readonly rate: number) {
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
  }
  step(params: Float64Array, grad: Float64Array): void {
    this.t++;
    const c1 = 1 - 0.9 ** this.t;
    const c2 = 1 - 0.999 ** this.t;
    for (let i = 0; i < params.length; i++) {
      this.m[i] = 0.9 * this.m[i] + 0.1 * grad[i];
      this.v[i] = 0.999 * this.v[i] + 0.001 * grad[i] * grad[i];
      params[i] -= (this.rate * (this.m[i] / c1)) / (Math.sqrt(this.v[i] / c2) + 1e-8);
    }
  }
}

export function trainWeights(examples: readonly TrainingExample[], opts: TrainOptions): TrainedWeights {
  const k = opts.classes.length;
  const names = vocabulary(examples, opts.minCount);
  const rows = sparseRows(examples, new Map(names.map((n, i) => [n, i])));
  const w = new Float64Array(names.length * k);
  const b = new Float64Array(k);
  const gw = new Float64Array(w.length);
  const gb = new Float64Array(k);
  const adamW = new Adam(w.length, opts.learningRate);
  const adamB = new Adam(k, opts.learningRate);
  for (let it = 0; it < opts.iterations; it++) {
    gradient(rows, w, b, k, gw, gb);
    for (let i = 0; i < w.length; i++) gw[i] += opts.lambda * w[i];
    adamW.step(w, gw);
    adamB.step(b, gb);
  }
  return { names, weights: w, bias: b };
}

export interface ModelMeta {
  classes: readonly Intent[];
  /** Rows whose largest weight rounds to fewer steps than this are dropped (size; see the test). */
  minSteps?: number;
  config: FeatureConfig;
  unsureBelow: number;
  trainedOn: IntentModelFile['trainedOn'];
}

/** The model file: weights rounded to signed bytes of one scale; rows of negligible weights dropped. */
export function toModelFile(trained: TrainedWeights, meta: ModelMeta): IntentModelFile {
  const k = meta.classes.length;
  let max = 0;
  for (const x of trained.weights) max = Math.max(max, Math.abs(x));
  const scale = max === 0 ? 1 : max / 127;
  const names: string[] = [];
  const bytes: number[] = [];
  trained.names.forEach((name, i) => {
    const row = Array.from(trained.weights.subarray(i * k, (i + 1) * k), (x) => Math.round(x / scale));
    if (row.every((q) => Math.abs(q) < (meta.minSteps ?? 1))) return;
    names.push(name);
    bytes.push(...row);
  });
  return {
    format: 1,
    classes: [...meta.classes],
    config: meta.config,
    unsureBelow: meta.unsureBelow,
    trainedOn: meta.trainedOn,
    bias: Array.from(trained.bias, (x) => Math.round(x * 1e4) / 1e4),
    scale,
    features: names.join('\n'),
    weights: Buffer.from(Int8Array.from(bytes).buffer).toString('base64'),
  };
}
