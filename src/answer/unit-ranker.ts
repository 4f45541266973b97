import { readFileSync } from 'node:fs';
import { AppError } from '../errors.js';
import type { RankedSupport } from './answer-plan.js';
import { UNIT_FEATURES } from './unit-features.js';

/**
 * The probability that a unit holds a fact the question asks for: a logistic regression over the unit's
 * features (unit-features.ts), trained by scripts/train-unit-ranker.ts on the development part of the
 * answer set only. The held-out part is never read in training.
 */
export interface UnitRankerModel {
  features: readonly string[];
  weights: number[];
  bias: number;
  /** How supporting quotes are chosen with this model (tuned with it on the same data). */
  support: RankedSupport;
  /** Where the weights came from: the training set's hash, size and the figures on it. */
  trainedOn: Record<string, unknown>;
}

export class UnitRanker {
  constructor(readonly model: UnitRankerModel) {
    const expected = UNIT_FEATURES.join(',');
    if (model.features.join(',') !== expected || model.weights.length !== UNIT_FEATURES.length) {
      throw new AppError('INTERNAL', `unit ranker model expects features ${model.features.join(',')}, the code has ${expected}: retrain it`);
    }
  }

  probability(features: readonly number[]): number {
    let z = this.model.bias;
    for (let i = 0; i < features.length; i++) z += this.model.weights[i]! * features[i]!;
    return 1 / (1 + Math.exp(-z));
  }
}

const MODEL_FILE = new URL('./unit-ranker.json', import.meta.url);
let shipped: UnitRanker | null | undefined;

/** The shipped model, or null when none has been trained yet (the composer then ranks by its heuristic). */
export function shippedUnitRanker(): UnitRanker | null {
  if (shipped !== undefined) return shipped;
  try {
    shipped = new UnitRanker(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as UnitRankerModel);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    shipped = null;
  }
  return shipped;
}
