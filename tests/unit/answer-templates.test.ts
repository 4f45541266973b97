import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { TEMPLATE_NAMES, renderTemplate, templateVariables } from '../../src/replies/templates.js';
import { categoryLabel } from '../../src/replies/category-labels.js';

const VARS = { ticketId: 'T-0042', category: 'تسجيل', staffName: 'إيناس', answer: 'تم تسجيل وفدكم.', count: '3', fact: 'التاريخ', label: '1' };

describe('reply templates', () => {
  it('has every template in both languages, Arabic written in Arabic', () => {
    for (const name of TEMPLATE_NAMES) {
      const ar = renderTemplate(name, 'ar', VARS);
      const en = renderTemplate(name, 'en', VARS);
      expect(ar.match(/[\u0621-\u064A]/g)?.length ?? 0).toBeGreaterThan(20);
      expect(en).toMatch(/[A-Za-z]{3}/);
      expect(templateVariables(name, 'ar').sort()).toEqual(templateVariables(name, 'en').sort());
    }
  });

  it('puts the ticket number in the acknowledgement', () => {
    const text = renderTemplate('ticket-opened', 'ar', { ticketId: 'T-0042', category: categoryLabel('registration', 'ar') });
    expect(text).toContain('T-0042');
    expect(text).toContain('تسجيل');
    expect(text).not.toContain('{{');
  });

  it('says plainly there is no established position and offers the secretariat', () => {
    expect(renderTemplate('no-position', 'ar')).toMatch(/لا تتضمن الوثائق.*موقفاً مستقراً/);
    expect(renderTemplate('no-position', 'ar')).toContain('الأمانة الفنية');
    expect(renderTemplate('no-position', 'en')).toMatch(/no established position/);
    expect(renderTemplate('no-position-ticket', 'en', { ticketId: 'T-7' })).toContain('T-7');
  });

  it('quotes the staff answer with the staff name', () => {
    const text = renderTemplate('staff-answer', 'ar', { staffName: 'إيناس الفرجاني', ticketId: 'T-9', answer: 'نعم، الموعد هو 3 يوليو.' });
    expect(text).toContain('إيناس الفرجاني');
    expect(text).toContain('نعم، الموعد هو 3 يوليو.');
  });

  it('refuses to render with a missing variable', () => {
    expect(() => renderTemplate('ticket-opened', 'en', { ticketId: 'T-1' })).toThrow(AppError);
    const err = (() => {
      try {
        return renderTemplate('staff-answer', 'ar', {});
      } catch (e) {
        return e;
      }
    })();
    expect(AppError.is(err, 'INTERNAL')).toBe(true);
    expect((err as AppError).message).toMatch(/staffName/);
  });

  it('offers example questions in the asker’s language in help', () => {
    expect(renderTemplate('help', 'ar')).toMatch(/ما هو الموقف العربي/);
    expect(renderTemplate('help', 'en')).toMatch(/What is the Arab position/);
  });
});
