import { describe, expect, it } from 'vitest';
import { slip } from '../../scripts/eval/answer-variants.js';

describe('the slips the variants benchmark makes', () => {
  it('swaps two letters, or leaves one out, of the first long word that is no name, the same way every run', () => {
    expect(slip('When was the Global Compact adopted in Marrakech?', 'swap')).toBe('When was the Global Compact adpoted in Marrakech?');
    expect(slip('When was the Global Compact adopted in Marrakech?', 'drop')).toBe('When was the Global Compact adpted in Marrakech?');
    expect(slip('متى انعقد الاجتماع التاسع؟', 'drop')).toBe('متى انعقد الجتماع التاسع؟');
    expect(slip('Who is IOM?', 'swap')).toBe('Who is IOM?');
  });
});
