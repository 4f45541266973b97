import { describe, expect, it } from 'vitest';
import { analyzeText, wordPairs, wordTermGroups } from '../../src/text/analyze.js';
import { charNgrams, tokenize } from '../../src/text/tokenize.js';
import { isStopword } from '../../src/text/stopwords.js';

describe('tokenize', () => {
  it('splits glued Arabic, Latin and digit runs and drops punctuation', () => {
    expect(tokenize('تحميل ملفPDF، عام2017: GCM2018!')).toEqual(['تحميل', 'ملف', 'pdf', 'عام', '2017', 'gcm', '2018']);
  });

  it('keeps English ordinals written with digits as one word', () => {
    expect(tokenize('the 5th meeting, 142nd session')).toEqual(['the', '5th', 'meeting', '142nd', 'session']);
  });

  it('normalises before splitting, so diacritics and tatweel do not cut words', () => {
    expect(tokenize('اللَّاجِئِـــينَ')).toEqual(['اللاجئين']);
  });
});

describe('charNgrams', () => {
  it('pads each word with a boundary mark and cuts 4-grams inside words only', () => {
    expect(charNgrams(['الهجره'])).toEqual(['_اله', 'الهج', 'لهجر', 'هجره', 'جره_']);
    expect(charNgrams(['في', 'عام'])).toEqual(['_في_', '_عام', 'عام_']);
  });

  it('gives للاجئين and اللاجئين most of their grams in common', () => {
    const a = new Set(charNgrams(tokenize('للاجئين')));
    const b = charNgrams(tokenize('اللاجئين'));
    expect(b.filter((g) => a.has(g)).length).toBeGreaterThanOrEqual(4);
  });
});

describe('word terms', () => {
  it('stems Arabic with Light10 and English with Porter', () => {
    expect(wordTermGroups(tokenize('والهجرة refugees'))).toEqual([['هجر'], ['refuge']]);
  });

  it('indexes ordinals in both languages under one term', () => {
    const groups = wordTermGroups(tokenize('fifth 5th الخامس الحادي عشر'));
    for (const g of groups.slice(0, 3)) expect(g).toContain('ord5');
    expect(groups[3]).toContain('ord11');
  });

  it('indexes no ordinal for the units of a compound one: «الثانية والأربعين» is the 42nd, not the second', () => {
    const groups = wordTermGroups(tokenize('في دورته العادية الثانية والأربعين بعد المائة'));
    expect(groups.flat().filter((t) => t.startsWith('ord'))).toEqual([]);
    expect(wordTermGroups(tokenize('الدورة الثانية'))[1]).toContain('ord2');
  });

  it('pairs adjacent content words, skipping stopwords', () => {
    expect(isStopword('of')).toBe(true);
    expect(wordPairs(tokenize('Global Compact on Refugees'))).toEqual(['global+compact', 'compact+refuge']);
    expect(analyzeText('الاتفاق العالمي بشأن اللاجئين').pairs).toEqual(['اتفاق+عالم', 'عالم+لاجئ']);
  });
});
