import { describe, expect, it } from 'vitest';
import { stripQuotedText } from '../../adapters/email/quote-strip.js';

const strip = (s: string) => stripQuotedText(s).text;

describe('email: quoted history is cut before the core sees the text', () => {
  it('Gmail, English attribution line', () => {
    const text = 'What did the 2016 final statement say about refugee return?\n\nOn Mon, 1 Dec 2025 at 10:00, ARCP Secretariat <arcp@example.test> wrote:\n> The next meeting will be held in Cairo.\n> Regards';
    expect(strip(text)).toBe('What did the 2016 final statement say about refugee return?');
  });

  it('Gmail, attribution wrapped over two lines', () => {
    const text = 'Is there an Arabic version of the 2017 recommendations?\n\nOn Mon, 1 Dec 2025 at 10:00, ARCP Technical Secretariat <\narcp@example.test> wrote:\n\n> Earlier text';
    expect(strip(text)).toBe('Is there an Arabic version of the 2017 recommendations?');
  });

  it('Gmail, Arabic attribution line', () => {
    const text = 'ما هو موقف الدول العربية من عودة اللاجئين؟\n\nفي الاثنين، 1 ديسمبر 2025 في 10:00 ص، كتب الأمانة الفنية <arcp@example.test>:\n> نشكركم على مشاركتكم.';
    expect(strip(text)).toBe('ما هو موقف الدول العربية من عودة اللاجئين؟');
  });

  it('Outlook, English header block under a rule', () => {
    const text = 'Please register our delegation.\n\n________________________________\nFrom: ARCP Secretariat <arcp@example.test>\nSent: Monday, December 1, 2025 10:00 AM\nTo: Maria Haddad\nSubject: ARCP news\n\nThe next meeting will be held in Cairo.';
    const out = stripQuotedText(text);
    expect(out.text).toBe('Please register our delegation.');
    expect(out.quoteCut).toBe(true);
  });

  it('Outlook, Arabic header block without a rule', () => {
    const text = 'نرجو موافاتنا بنسخة من البيان الختامي.\n\nمن: الأمانة الفنية <arcp@example.test>\nتاريخ الإرسال: الاثنين، 1 ديسمبر 2025 10:00 ص\nإلى: أحمد منصور\nالموضوع: RE: استفسار\n\nنص سابق';
    expect(strip(text)).toBe('نرجو موافاتنا بنسخة من البيان الختامي.');
  });

  it('"Original Message" separators in English and Arabic', () => {
    expect(strip('Thank you, noted.\n-----Original Message-----\nFrom: x')).toBe('Thank you, noted.');
    expect(strip('شكراً، تم الاطلاع.\n-----الرسالة الأصلية-----\nمن: س')).toBe('شكراً، تم الاطلاع.');
  });

  it('drops interleaved ">" lines but keeps the answer between them', () => {
    expect(strip('> Which meeting?\nThe third regular meeting.\n> And the year?\n2017.')).toBe('The third regular meeting.\n2017.');
  });

  it('keeps a "From:" line that is not an Outlook header block', () => {
    const text = 'From: the Ministry of Interior of our country, we ask about the regional review.\nWhat are the dates?';
    expect(strip(text)).toBe(text);
  });
});

describe('email: signatures are cut', () => {
  it('the RFC 3676 delimiter', () => {
    expect(strip('What is the GCM?\n-- \nOmar Khalil\n+20 2 1234 5678')).toBe('What is the GCM?');
  });

  it('mobile footers', () => {
    expect(strip('What is the GCM?\n\nSent from my iPhone')).toBe('What is the GCM?');
    expect(strip('ما هو الاتفاق العالمي؟\n\nأُرسلت من الـ iPhone')).toBe('ما هو الاتفاق العالمي؟');
  });

  it('an Arabic closing formula with name, title and phone', () => {
    const text = 'ما هي أهداف عملية التشاور العربية الإقليمية؟\n\nمع خالص التحية،\nأحمد منصور\nمدير إدارة الهجرة\nهاتف: +20 2 1234 5678';
    const out = stripQuotedText(text);
    expect(out.text).toBe('ما هي أهداف عملية التشاور العربية الإقليمية؟');
    expect(out.signatureCut).toBe(true);
  });

  it('"وتفضلوا بقبول فائق الاحترام" and "Kind regards" closings', () => {
    expect(strip('نرجو تسجيل وفدنا.\nوتفضلوا بقبول فائق الاحترام والتقدير،\nسفارة المملكة')).toBe('نرجو تسجيل وفدنا.');
    expect(strip('Please register us.\n\nKind regards,\nMaria Haddad\nPermanent Mission')).toBe('Please register us.');
  });

  it('never cuts a question that follows a thanks line (the opening thanks goes)', () => {
    const text = 'Thank you for the documents.\nCould you tell me what the 2016 statement says on return?';
    expect(strip(text)).toBe('Could you tell me what the 2016 statement says on return?');
    expect(strip('شكراً لكم.\n\nوماذا ورد في البيان الختامي لعام 2016؟')).toBe('وماذا ورد في البيان الختامي لعام 2016؟');
  });
});

describe('email: opening greetings are cut when something follows', () => {
  it('Arabic formulas on their own lines', () => {
    expect(strip('السلام عليكم ورحمة الله وبركاته،\nتحية طيبة وبعد،\n\nما هو موقف العملية من الهجرة المناخية؟')).toBe('ما هو موقف العملية من الهجرة المناخية؟');
  });

  it('"Dear colleagues," but never a greeting line that asks the question', () => {
    expect(strip('Dear colleagues,\n\nWe would like to register our delegation.')).toBe('We would like to register our delegation.');
    expect(strip('Dear Sir, what is the Arab position on the GCM?')).toBe('Dear Sir, what is the Arab position on the GCM?');
    expect(strip('Hello')).toBe('Hello');
  });
});
