import { readFileSync } from 'node:fs';
import { AppError } from '../errors.js';
import type { FeatureConfig } from './features.js';
import { INTENTS, type Intent } from './types.js';

/**
 * The learned half of the intent classifier: a multinomial logistic regression (L2) over the features of
 * features.ts, trained by scripts/intents/train-intents.ts from tests/eval/intents-train.jsonl and the
 * tuning rounds of tests/eval/intents.jsonl, shipped as src/intents/model.json. Weights are stored
 * as signed bytes times one scale, which keeps the file small; the rounding moves no prediction measured.
 */
export interface IntentModelFile {
  format: 1;
  classes: Intent[];
  config: FeatureConfig;
  /** Below this probability of the best intent the model is "unsure" (see intents.ts). */
  unsureBelow: number;
  trainedOn: { files: string[]; sha256: string; examples: number };
  bias: number[];
  scale: number;
  /** Feature names joined by "\n"; row i of the weights belongs to name i. */
  features: string;
  /** base64 of Int8 weights, one row of classes.length per feature. */
  weights: string;
}

export class IntentModel {
  readonly classes: Intent[];
  readonly config: FeatureConfig;
  readonly unsureBelow: number;
  private readonly index: Map<string, number>;
  private readonly weights: Int8Array;
  private readonly bias: number[];
  private readonly scale: number;

  constructor(file: IntentModelFile) {
    if (file.format !== 1 || file.classes.some((c) => !INTENTS.includes(c))) {
      throw new AppError('INTERNAL', 'intent model: unknown format or intent');
    }
    this.classes = file.classes;
    this.config = file.config;
    this.unsureBelow = file.unsureBelow;
    this.bias = file.bias;
    this.scale = file.scale;
    const names = file.features === '' ? [] : file.features.split('\n');
    this.index = new Map(names.map((n, i) => [n, i]));
    const bytes = Buffer.from(file.weights, 'base64');
    this.weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    if (this.weights.length !== names.length * this.classes.length) {
      throw new AppError('INTERNAL', 'intent model: weights do not match the feature list');
    }
  }

  /** Probability of each intent, in the order of `classes`. */
  probabilities(features: ReadonlyMap<string, number>): number[] {
    const k = this.classes.length;
    const logits = [...this.bias];
    for (const [name, value] of features) {
      const i = this.index.get(name);
      if (i === undefined) continue;
      for (let c = 0; c < k; c++) logits[c] += this.weights[i * k + c] * this.scale * value;
    }
    const max = Math.max(...logits);
    const exp = logits.map((l) => Math.exp(l - max));
    const sum = exp.reduce((a, b) => a + b, 0);
    return exp.map((e) => e / sum);
  }
}

export const INTENT_MODEL_URL = new URL('./model.json', import.meta.url);

let shipped: IntentModel | undefined;

/** The committed model, read once on first use. */
export function shippedIntentModel(): IntentModel {
  if (!shipped) {
    try {
      shipped = new IntentModel(JSON.parse(readFileSync(INTENT_MODEL_URL, 'utf8')) as IntentModelFile);
    } catch (cause) {
      if (cause instanceof AppError) throw cause;
      throw new AppError('INTERNAL', 'intent model could not be read; run `npx tsx scripts/intents/train-intents.ts`', { cause });
    }
  }
  return shipped;
}
