import { describe, expect, it } from 'vitest';
import { expandAbbreviation } from '../../src/text/abbreviations.js';
import { isQueryNoise } from '../../src/text/query-noise.js';
import { tokenize } from '../../src/text/tokenize.js';

const noise = (text: string) => tokenize(text).filter(isQueryNoise);

describe('words that frame a question', () => {
  it('are the question and meta words of both languages', () => {
    expect(noise('How has the position evolved? compare, is it correct')).toEqual(['position', 'evolved', 'compare', 'correct']);
    expect(noise('كيف تطور موقف العملية؟ بدي أعرف بالضبط')).toEqual(['تطور', 'موقف', 'بدي', 'اعرف', 'بالضبط']);
  });

  it('are never a topic: climate change, human rights, the needs of refugees', () => {
    expect(noise('climate change and human rights, the needs of refugees')).toEqual([]);
    expect(noise('تغير المناخ وحقوق الإنسان')).toEqual([]);
  });
});

describe('abbreviations of quick English questions', () => {
  it('stand for the word the collection spells out', () => {
    expect(expandAbbreviation('dept')).toBe('department');
    expect(expandAbbreviation('mtg')).toBe('meeting');
    expect(expandAbbreviation('migration')).toBeUndefined();
  });
});
