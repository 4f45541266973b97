import { describe, expect, it } from 'vitest';
import { loadHunspell, parseHunspell } from '../../src/ingest/arabic-repair/hunspell.js';
import { Lexicon } from '../../src/ingest/arabic-repair/lexicon.js';
import { repairReversedLetters } from '../../src/ingest/arabic-repair/reversed-letters.js';
import { requireTool } from '../support/system-tools.js';

// A miniature of hunspell-ar's layout: long flags, AF aliases, a prefix with cross product, a suffix
// whose continuation class allows a second suffix, and harakat ignored.
const AFF = `SET UTF-8
FLAG long
IGNORE ًٌٍَُِّْ
AF 3
AF AaPa # 1
AF Bb # 2
AF Aa # 3
PFX Pa Y 2
PFX Pa 0 ال .
PFX Pa 0 وال .
SFX Aa Y 2
SFX Aa ة ات/2 ة
SFX Aa 0 ين .
SFX Bb Y 1
SFX Bb 0 ها .
`;
const DIC = `3
هجرة/1
لاجئ/1
كتاب/3
`;

describe('hunspell reader', () => {
  const dict = parseHunspell(AFF, DIC);

  it('accepts stems, prefixed and suffixed forms', () => {
    expect(dict.isWord('هجرة')).toBe(true);
    expect(dict.isWord('الهجرة')).toBe(true);
    expect(dict.isWord('والهجرة')).toBe(true);
    expect(dict.isWord('هجرات')).toBe(true);
    expect(dict.isWord('اللاجئين')).toBe(true);
  });

  it('follows continuation classes to a second suffix', () => {
    expect(dict.isWord('هجراتها')).toBe(true);
    expect(dict.isWord('هجرةها')).toBe(false);
  });

  it('ignores harakat and refuses what the rules do not make', () => {
    expect(dict.isWord('الهِجرة')).toBe(true);
    expect(dict.isWord('الكتاب')).toBe(false); // كتاب lacks the prefix flag
    expect(dict.isWord('جرةاله')).toBe(false);
    expect(dict.stems).toBe(3);
  });

  it('reads verb stems apart from the others, by their morphological field', () => {
    const aff = `${AFF}AM 1\nAM is:pst st:صوت po:verb\n`;
    const dic = `${DIC.replace(/^3/, '5')}صوت/2\t1\nصوت/3\n`;
    const all = parseHunspell(aff, dic);
    const notVerbs = parseHunspell(aff, dic, 'not-verbs');
    // صوتها is made only by the verb stem's flag; صوتين only by the noun's.
    expect([all.isWord('صوتها'), notVerbs.isWord('صوتها')]).toEqual([true, false]);
    expect([all.isWord('صوتين'), notVerbs.isWord('صوتين')]).toEqual([true, true]);
    expect(notVerbs.isWord('الهجرة')).toBe(true);
  });

  it.skipIf(!requireTool('hunspell-ar'))('reads Debian hunspell-ar from the system', () => {
    const ar = loadHunspell()!;
    for (const w of ['الهجرة', 'والتعاون', 'اللاجئين', 'بالجهات', 'السياسات', 'المختلطة']) expect(ar.isWord(w), w).toBe(true);
    for (const w of ['الستخراج', 'االجتماع', 'ومانظامية']) expect(ar.isWord(w), w).toBe(false);
    // A verb is a word of the whole dictionary and of none of its other stems; a word read both ways is not one.
    const notVerbs = loadHunspell(undefined, 'not-verbs')!;
    for (const w of ['صوّتت', 'قالوا', 'يُحسم', 'دُشّنت']) expect([ar.isWord(w), notVerbs.isWord(w)], w).toEqual([true, false]);
    for (const w of ['المنصب', 'الانقلاب', 'تجهّز']) expect(notVerbs.isWord(w), w).toBe(true);
  });

  it('returns null when the dictionary is absent', () => {
    expect(loadHunspell('/nonexistent/ar.dic')).toBeNull();
  });
});

describe('a word list that spells hamza in full', () => {
  // Like hunspell-ar: «أنواع» is listed, «انواع» is not, and the mirror image «عاونا» is a word.
  const list = parseHunspell('SET UTF-8\n', '2\nأنواع\nعاونا\n');

  it('knows a word written without its hamza, so its mirror image is not taken for it', () => {
    const lex = new Lexicon(list);
    expect(lex.isKnown('انواع')).toBe(true);
    expect(repairReversedLetters('انواع', lex)).toBeNull();
  });

  it.skipIf(!requireTool('hunspell-ar'))('knows hamza-less spellings with Debian hunspell-ar', () => {
    const lex = new Lexicon(loadHunspell());
    for (const w of ['انواع', 'الاعضاء', 'انشاء', 'امر']) expect(lex.isKnown(w), w).toBe(true);
  });
});
