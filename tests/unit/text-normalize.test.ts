import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeForMatch } from '../../src/text/normalize.js';
import { askerLang, detectLang } from '../../src/text/lang.js';

describe('normalizeArabic', () => {
  it('unifies alef forms, alef maqsura and teh marbuta', () => {
    expect(normalizeArabic('أحمد إلى آخر ٱلكتاب')).toBe('احمد الي اخر الكتاب');
    expect(normalizeArabic('الهجرة')).toBe('الهجره');
    expect(normalizeArabic('مستشفى')).toBe('مستشفي');
  });

  it('removes harakat, superscript alef and tatweel', () => {
    expect(normalizeArabic('اللَّاجِئِينَ')).toBe('اللاجئين');
    expect(normalizeArabic('هٰذا')).toBe('هذا');
    expect(normalizeArabic('العـــربية')).toBe('العربيه');
  });

  it('maps presentation forms through NFKC before anything else', () => {
    // ﺍﻟﻄﺎﻟﺒﺎﺕ: isolated/final/medial presentation forms as some PDFs emit them.
    expect(normalizeArabic('\uFE8D\uFEDF\uFEC4\uFE8E\uFEDF\uFE92\uFE8E\uFE95')).toBe('الطالبات');
    expect(normalizeArabic('\uFDFA')).toBe('صلي الله عليه وسلم');
    // The lam-alef ligature ﻻ of some PDFs, and the lam-khah ligature that pdf.js keeps with
    // disableNormalization (U+FCCB), come apart into their letters.
    expect(normalizeArabic('\uFEFBجئ')).toBe('لاجئ');
    expect(normalizeArabic('ا\uFCCBطوط')).toBe('الخطوط');
  });

  it('turns Arabic-Indic and Persian digits into ASCII digits', () => {
    expect(normalizeArabic('عام ٢٠١٤')).toBe('عام 2014');
    expect(normalizeArabic('۲۰۱۴')).toBe('2014');
  });

  it('drops bidi and zero-width controls that PDF extraction leaves around Arabic runs', () => {
    expect(normalizeArabic('\u202Bالهجرة\u202C\u200F و\u200Cاللجوء')).toBe('الهجره واللجوء');
  });
});

describe('normalizeForMatch', () => {
  it('lower-cases Latin text, strips its accents and splits glued script runs', () => {
    expect(normalizeForMatch('ملفPDF')).toBe('ملف pdf');
    expect(normalizeForMatch('GCM2018')).toBe('gcm 2018');
    expect(normalizeForMatch('عام2017')).toBe('عام 2017');
    expect(normalizeForMatch('Réfugiés')).toBe('refugies');
  });
});

describe('detectLang', () => {
  it('tells Arabic from English by letters, English when there are none', () => {
    expect(detectLang('ما موقف عملية التشاور من الاتفاق العالمي للهجرة GCM؟')).toBe('ar');
    expect(detectLang('What did the ARCP say about الهجرة?')).toBe('en');
    expect(detectLang('2024 ...')).toBe('en');
    expect(detectLang('')).toBe('en');
  });
});

describe('askerLang', () => {
  it.each([
    // Arabic around English terms: more Latin letters and words, an Arabic frame.
    ['شو هي الـsix priority areas تبع الـfirst regional review 2021؟', 'ar'],
    ['الـGCR recommendations تبع يوليو 2017 كانت تحت كم heading؟', 'ar'],
    ['متى كان الـGFMD summit في Quito؟', 'ar'],
    // English around an Arabic name or term.
    ['who is إيناس الفرجاني?', 'en'],
    ['what did the 2019 بيان say about return?', 'en'],
    ['ما موقف عملية التشاور من الاتفاق العالمي للهجرة GCM؟', 'ar'],
  ])('%s is %s', (text, lang) => {
    expect(askerLang(text)).toBe(lang);
  });
});

describe('the sound of a name in Latin letters', () => {
  it('is one for the transliterations of one Arabic name, and none for a name too short to tell', async () => {
    const { nameSound } = await import('../../src/text/name-sound.js');
    expect(new Set(['El-Fergany', 'Elfergani', 'Farghani', 'Fergany'].map(nameSound))).toEqual(new Set(['frgn']));
    expect(nameSound('Ghazzala')).toBe(nameSound('Ghazaleh'));
    expect(nameSound('Thompson')).not.toBe(nameSound('Grandi'));
    expect(nameSound('Gheit')).toBeUndefined();
  });
});
