import { describe, expect, it } from 'vitest';
import { fixMirroredBrackets } from '../../src/ingest/arabic-repair/brackets.js';
import { dammaStats, dammaToSpace, usesDammaAsSpace } from '../../src/ingest/arabic-repair/damma-space.js';
import { separateScripts } from '../../src/ingest/arabic-repair/glued-scripts.js';
import { lamAlefCandidates, repairLamAlef } from '../../src/ingest/arabic-repair/lam-alef.js';
import { Lexicon } from '../../src/ingest/arabic-repair/lexicon.js';
import { leadingStopOrder } from '../../src/ingest/arabic-repair/punctuation.js';
import { repairArabicText } from '../../src/ingest/arabic-repair/pipeline.js';
import { lettersMayBeReversed, repairReversedLetters } from '../../src/ingest/arabic-repair/reversed-letters.js';
import { WordOrderModel } from '../../src/ingest/arabic-repair/word-order-model.js';
import { detokenize, tokenize } from '../../src/ingest/arabic-repair/tokens.js';

function lexicon(text: string): Lexicon {
  const lex = new Lexicon();
  lex.addText(text);
  return lex;
}

const texts = (line: string) => tokenize(line).map((t) => t.text);

describe('damma used as a space', () => {
  const deck = 'تعزيزُالحوارُوالتعاونُبين الدولُالأعضاءُفي قضاياُالهجرة';

  it('is detected from the document as a whole', () => {
    expect(usesDammaAsSpace(dammaStats(deck))).toBe(true);
    // A vocalised text has fathas and kasras as well: its dammas are dammas.
    expect(usesDammaAsSpace(dammaStats('كَتَبَ الطُّلابُ الدُّرُوسَ فِي المَدْرَسَةِ وَقَرَأُوا الكُتُبَ'))).toBe(false);
  });

  it('turns each damma into a space', () => {
    expect(dammaToSpace('الحوارُوالتعاونُبين').line).toBe('الحوار والتعاون بين');
  });
});

describe('tokens and glued scripts', () => {
  it('separates Arabic glued to Latin words and numbers, but keeps و on its number', () => {
    const line = detokenize(separateScripts(tokenize('هذا ملفPDF رقم12345 و22 عاما')));
    expect(line).toBe('هذا ملف PDF رقم 12345 و22 عاما');
  });

  it('keeps URLs and dates whole', () => {
    expect(texts('موقع www.lasportal.org بتاريخ 2019-05-20')).toEqual(['موقع', 'www.lasportal.org', 'بتاريخ', '2019-05-20']);
  });

  it('writes a reordered line with punctuation against its word', () => {
    expect(detokenize(tokenize('التشاور ، كما ( إدارة ) .'), true)).toBe('التشاور، كما (إدارة).');
  });
});

describe('lam-alef damage', () => {
  const lex = lexicon('لاستخراج الاجتماع اللاجئين الأعضاء سلام');

  it('lists the spellings before the ligature was reversed', () => {
    expect(lamAlefCandidates('الستخراج')).toContain('لاستخراج');
    expect(lamAlefCandidates('الالجئين')).toContain('اللاجئين');
  });

  it('repairs only where the lexicon knows the repaired word', () => {
    expect(repairLamAlef('الستخراج', lex)).toBe('لاستخراج');
    expect(repairLamAlef('االجتماع', lex)).toBe('الاجتماع');
    expect(repairLamAlef('األعضاء', lex)).toBe('الأعضاء');
    expect(repairLamAlef('الجامعة', lex)).toBeNull();
  });
});

describe('letters in visual order', () => {
  it('mirrors an unknown word whose mirror image is known', () => {
    const lex = lexicon('حبيبي');
    expect(repairReversedLetters('يبيبح', lex)).toBe('حبيبي');
    expect(repairReversedLetters('حبيبي', lex)).toBeNull();
  });

  it('tells a document written backwards from one in reading order by where ة and ى fall', () => {
    expect(lettersMayBeReversed(['انواع', 'الخطوط', 'العربية', 'الدول', 'الأعضاء', 'المعنية'])).toBe(false);
    expect(lettersMayBeReversed(['عاونا', 'طوطخلا', 'ةيبرعلا', 'ةينعملا'])).toBe(true);
    expect(lettersMayBeReversed(['يبيبح'])).toBe(true); // no sign either way: the lexicon decides
  });

  it('does not mirror a word of a document in reading order, even when only its mirror image is known', () => {
    // A small lexicon, as in a new corpus: it knows «عاونا» but not «انواع».
    const res = { lexicon: lexicon('عاونا الخطوط العربية'), model: WordOrderModel.train([]) };
    expect(repairArabicText('انواع الخطوط العربية', res).text).toBe('انواع الخطوط العربية');
    expect(repairArabicText('عاونا طوطخلا ةيبرعلا', res).text).toBe('عاونا الخطوط العربية');
  });
});

describe('brackets and full stops after reordering', () => {
  it('mirrors brackets that face the wrong way', () => {
    const fixed = fixMirroredBrackets(tokenize('العامة ) إدارة شؤون اللاجئين ( بدور'));
    expect(detokenize(fixed, true)).toBe('العامة (إدارة شؤون اللاجئين) بدور');
  });

  it('reads a leading full stop at the end of the line', () => {
    const tokens = tokenize('.تتولى الأمانة الفنية');
    expect(leadingStopOrder(tokens)!.map((i) => tokens[i]!.text)).toEqual(['تتولى', 'الأمانة', 'الفنية', '.']);
    expect(leadingStopOrder(tokenize('تتولى الأمانة.'))).toBeUndefined();
  });
});
