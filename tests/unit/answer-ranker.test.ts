import { describe, expect, it } from 'vitest';
import { shippedUnitRanker } from '../../src/answer/unit-ranker.js';
import { UNIT_FEATURES } from '../../src/answer/unit-features.js';

describe('the shipped unit ranker', () => {
  it('loads, reads the features the code computes, and was trained on the development answers only', () => {
    const ranker = shippedUnitRanker();
    expect(ranker).not.toBeNull();
    expect(ranker!.model.features).toEqual([...UNIT_FEATURES]);
    expect(ranker!.model.trainedOn.file).toBe('tests/eval/answers/dev.jsonl');
    expect(ranker!.model.support.maxSingle + 1).toBeLessThanOrEqual(3);
    expect(ranker!.model.support.maxMulti + 1).toBeLessThanOrEqual(3);
  });

  it('ranks a unit that covers the question and its kind of answer above one that does not', () => {
    const ranker = shippedUnitRanker()!;
    const strong = UNIT_FEATURES.map((f) => (['coverage', 'text-coverage', 'prior', 'relevance', 'evidence-asked', 'retrieved', 'opens-passage'].includes(f) ? 1 : 0));
    const weak = UNIT_FEATURES.map((f) => (f === 'length' ? 0.5 : 0));
    expect(ranker.probability(strong)).toBeGreaterThan(ranker.probability(weak));
  });
});
