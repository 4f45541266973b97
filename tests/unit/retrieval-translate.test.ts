import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { parseGlossary } from '../../src/retrieval/glossary.js';
import { loadSystemDictionary } from '../../src/retrieval/index.js';
import { QueryTranslator } from '../../src/retrieval/translate.js';
import { requireTool } from '../support/system-tools.js';

const PRODUCT_TSV = [
  'en\tar\tvariants_en\tvariants_ar\tabbr\tnote',
  'Global Compact on Refugees\tالاتفاق العالمي بشأن اللاجئين\tRefugee Compact\tالميثاق العالمي بشأن اللاجئين|الاتفاق العالمي للاجئين\tGCR\treviewed',
  'World Refugee Day\tاليوم العالمي للاجئين\t\tيوم اللاجئ العالمي\tWRD\t',
  'irregular migration\tالهجرة غير النظامية\tundocumented migration\tالهجرة غير الشرعية\t\t',
  'United States\tالولايات المتحدة\tUnited States of America\t\tUS|USA\t',
].join('\n');

describe('parseGlossary', () => {
  it('reads the product layout: preferred form first, variants split on |', () => {
    const [gcr] = parseGlossary(PRODUCT_TSV);
    expect(gcr!.en).toEqual(['Global Compact on Refugees', 'Refugee Compact']);
    expect(gcr!.ar).toEqual(['الاتفاق العالمي بشأن اللاجئين', 'الميثاق العالمي بشأن اللاجئين', 'الاتفاق العالمي للاجئين']);
    expect(gcr!.abbr).toEqual(['GCR']);
  });

  it('reads a draft layout with named columns in another order and ; or ؛ separators', () => {
    const draft = 'arabic\tenglish\tvariants_ar\tvariants_en\tnote\nالمنظمة الدولية للهجرة\tInternational Organization for Migration\tمنظمة الهجرة الدولية\tIOM; UN Migration\tpartner';
    const [iom] = parseGlossary(draft);
    expect(iom!.en).toEqual(['International Organization for Migration', 'IOM', 'UN Migration']);
    expect(iom!.ar).toEqual(['المنظمة الدولية للهجرة', 'منظمة الهجرة الدولية']);
  });

  it('reads the kind column: a person is marked, and the questions that name one carry the mark', () => {
    const tsv = 'en\tar\tvariants_en\tvariants_ar\tabbr\tnote\tkind\nAmy Pope\tإيمي بوب\t\t\t\tIOM DG\tperson\nWorld Refugee Day\tاليوم العالمي للاجئين\t\t\tWRD\t\t';
    const [pope, wrd] = parseGlossary(tsv);
    expect(pope!.kind).toBe('person');
    expect(wrd!.kind).toBeUndefined();
    const concepts = new QueryTranslator([pope!, wrd!]).translate('What did Amy Pope say on World Refugee Day?');
    expect(concepts.filter((c) => c.person).map((c) => c.targets)).toEqual([['إيمي بوب']]);
  });

  it('refuses a file without en and ar columns', () => {
    expect(() => parseGlossary('term\tnote\nx\ty')).toThrow(/en and ar/);
  });
});

describe('QueryTranslator with the glossary', () => {
  const translator = new QueryTranslator(parseGlossary(PRODUCT_TSV));

  it('translates the longest glossary phrase of an English question, all senses together', () => {
    const concepts = translator.translate('What does the Global Compact on Refugees say?');
    const gcr = concepts.find((c) => c.origin === 'glossary')!;
    expect(gcr.source.map((t) => t.text)).toEqual(['global', 'compact', 'refugees']);
    expect(gcr.targets).toEqual(expect.arrayContaining(['الاتفاق العالمي بشأن اللاجئين', 'الميثاق العالمي بشأن اللاجئين', 'GCR']));
  });

  it('matches Arabic phrases on stems, so للاجئين meets the glossary form اللاجئين', () => {
    const concepts = translator.translate('ما هي فعاليات اليوم العالمي للاجئين؟');
    const wrd = concepts.find((c) => c.origin === 'glossary')!;
    expect(wrd.targets).toContain('World Refugee Day');
  });

  it('expands abbreviations in both directions', () => {
    const [gcr] = translator.translate('GCR');
    expect(gcr!.targets).toContain('الاتفاق العالمي بشأن اللاجئين');
    expect(gcr!.targets).toContain('Global Compact on Refugees');
  });

  it('keeps names and numbers it cannot translate, and drops question words', () => {
    const concepts = translator.translate('What did Abu Ghazaleh say in 2021 about irregular migration?');
    const plain = concepts.filter((c) => c.origin === 'none').map((c) => c.source[0]!.text);
    expect(plain).toEqual(expect.arrayContaining(['abu', 'ghazaleh', '2021']));
    expect(plain).not.toContain('what');
    expect(concepts.find((c) => c.origin === 'glossary')!.targets).toContain('الهجرة غير النظامية');
  });

  it('reads "us" as the pronoun and "US" as the country: "send us the GCR" names no state', () => {
    const sources = (text: string) => translator.translate(text).map((c) => c.source.map((t) => t.text).join(' '));
    expect(sources('Could you send us the Global Compact on Refugees?')).toEqual(['send', 'global compact refugees']);
    const us = translator.translate('What did the US say about the Global Compact on Refugees?').find((c) => c.source[0]!.text === 'us');
    expect(us?.targets).toContain('الولايات المتحدة');
  });
});

const dictDir = loadConfig({}).retrieval.freedictPath;
const hasDictionary = requireTool('freedict') !== undefined && existsSync(join(dictDir, 'freedict-eng-ara.index'));

describe.skipIf(!hasDictionary)('QueryTranslator with the system FreeDict dictionary', () => {
  it('takes a person spelt another way in Latin letters for the glossary person, article or not, and nothing else', () => {
    const tsv = [
      'en\tar\tvariants_en\tvariants_ar\tabbr\tnote\tkind',
      'Enas El-Fergany\tإيناس الفرجاني\tEl-Fergany\t\t\tdirector\tperson',
      'Asmara Achcar\tأسمرة أشكار\t\t\t\tIOM\tperson',
      'Karen AbuZayd\tكارين أبو زيد\tKaren Abu Zayd\t\t\tadviser\tperson',
      'Filippo Grandi\tفيليبو غراندي\tGrandi\t\t\tUNHCR\tperson',
    ].join('\n');
    const translator = new QueryTranslator(parseGlossary(tsv));
    const person = (q: string) => translator.translate(q).filter((c) => c.person).map((c) => [c.source.map((t) => t.text).join(' '), c.targets[0]]);
    expect(person('What did Inas al-Fergani say at the 3rd meeting?')).toEqual([['inas al fergani', 'Enas El-Fergany']]);
    expect(person('who is Enas Fergany')).toEqual([['enas fergany', 'Enas El-Fergany']]);
    expect(person('what role did Asmara Ashkar have')).toEqual([['asmara ashkar', 'Asmara Achcar']]);
    expect(person('who is Karen Abou Zaid?')).toEqual([['karen abou zaid', 'Karen AbuZayd']]);
    // One word is taken as written: "ground" has Grandi's consonants.
    expect(person('what is on the ground in Gaza?')).toEqual([]);
    expect(person('what did Grandi say?')).toEqual([['grandi', 'Filippo Grandi']]);
  });

  it('falls back to the dictionary for words the glossary lacks, in both directions', async () => {
    const translator = new QueryTranslator(parseGlossary(PRODUCT_TSV), await loadSystemDictionary(dictDir));
    const [asylum] = translator.translate('asylum');
    expect(asylum!.origin).toBe('dictionary');
    expect(asylum!.targets.join(' ')).toMatch(/لجوء|اللّجوء/);
    const [refugees] = translator.translate('اللاجئون');
    expect(refugees!.targets).toContain('refugees');
  });

  it('gives a word written in capitals no dictionary sense: "GA" is no gas and no Georgia, "COP" no police', async () => {
    const translator = new QueryTranslator(parseGlossary(PRODUCT_TSV), await loadSystemDictionary(dictDir));
    expect(translator.translate('GA')[0]!.targets).toEqual([]);
    expect(translator.translate('COP29')[0]!.targets).toEqual([]);
    expect(translator.translate('ga')[0]!.origin).toBe('dictionary');
  });
});
