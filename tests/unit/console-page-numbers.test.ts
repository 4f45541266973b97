import { describe, expect, it } from 'vitest';
import { corpusDetail } from '../../adapters/web/console/pages/corpus-view.js';
import { citationList } from '../../adapters/web/console/pages/reply-view.js';
import type { DocumentMeta, Passage } from '../../src/ingest/types.js';

const meta: DocumentMeta = {
  id: 'cairo-report-ar', title: { ar: 'تقرير اجتماع القاهرة' }, type: 'meeting-report', forum: ['ARCP'], date: '2023-05-10',
  language: ['ar'], sources: [], status: 'final',
};
const passage = (n: number, text: string, pages: Partial<Passage> = {}): Passage => ({
  id: `${meta.id}#${n}`, documentId: meta.id, n, lang: 'ar', text, meta, contentHash: 'h', ...pages,
});

describe('the staff console gives the PDF page of passages and of cited quotes', () => {
  it('lists each passage of a PDF with its page, a passage over two pages with both', () => {
    const detail = corpusDetail('en', {
      meta, year: 2023, passages: 2, languages: ['ar'], kind: 'pdf', pages: 3,
      passageList: [passage(1, 'أوصى الاجتماع بإنشاء فريق عمل إقليمي.', { page: 2 }), passage(2, 'تبادل البيانات بين الدول.', { page: 2, lastPage: 3 })],
    }).toString();
    expect(detail).toContain('<bdi class="pages">p. 2</bdi>');
    expect(detail).toContain('<bdi class="pages">pp. 2–3</bdi>');
  });

  it('shows the page beside a cited source, in the console’s language, and none for a document without pages', () => {
    const cite = (page?: number) => ({
      n: 1, documentId: meta.id, passageId: `${meta.id}#1`, title: 'تقرير اجتماع القاهرة', quote: 'فريق عمل إقليمي', lang: 'ar' as const,
      quotes: [{ text: 'فريق عمل إقليمي', passageId: `${meta.id}#1`, ...(page ? { page } : {}) }],
    });
    expect(citationList('ar', [cite(2)]).toString()).toContain('<bdi class="pages">ص 2</bdi>');
    expect(citationList('ar', [cite()]).toString()).not.toContain('class="pages"');
  });
});
