import { describe, expect, it } from 'vitest';
import { arabicAwareDistance } from '../../src/text/edit-distance.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

const d = (a: string, b: string) => arabicAwareDistance(normalizeForMatch(a), normalizeForMatch(b));

describe('Arabic-aware edit distance', () => {
  it('charges less for a hamza seat or ta marbuta written another way than for another letter', () => {
    expect(d('مسئول', 'مسؤول')).toBeLessThan(0.5);
    expect(d('هجرت', 'هجرة')).toBeLessThan(0.5);
    expect(d('الاجتماغ', 'الاجتماع')).toBe(1);
  });

  it('charges less for the spellings of a foreign name: ج or غ, a long vowel added', () => {
    expect(d('جراندي', 'غراندي')).toBeLessThan(1);
    expect(d('غرندي', 'غراندي')).toBeLessThan(1);
    expect(d('Ghait', 'Gheit')).toBeLessThan(1);
    expect(d('Abul', 'Aboul')).toBeLessThan(1);
  });

  it('charges less for a Latin letter typed once where it is doubled, or twice where single ("finaly", "comittee")', () => {
    expect(d('finaly', 'finally')).toBe(0.5);
    expect(d('comittee', 'committee')).toBe(0.5);
    expect(d('summmit', 'summit')).toBe(0.5);
    // (Not another letter left out, nor an Arabic letter: Arabic writes no double letter, shadda aside.)
    expect(d('finaly', 'finaly'.replace('n', ''))).toBe(1);
    expect(d('مدد', 'مد')).toBe(1);
  });

  it('counts two letters swapped as one edit', () => {
    expect(d('migartion', 'migration')).toBe(1);
    expect(d('كتاب', 'كاتب')).toBe(1);
  });

  it('stops at the budget', () => {
    expect(arabicAwareDistance('evolved', 'involved', 1)).toBe(Number.POSITIVE_INFINITY);
    expect(arabicAwareDistance('objectivs', 'objectives', 1)).toBe(0.5);
  });
});
