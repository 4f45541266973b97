import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { chunkDocument, MAX_PASSAGE_CHARS } from '../../src/ingest/chunker.js';
import { fileKind } from '../../src/ingest/extract/index.js';
import { htmlToText } from '../../src/ingest/extract/html.js';
import { decodeText, firstInvalidUtf8 } from '../../src/ingest/extract/text.js';
import { formatSummary } from '../../src/ingest/summary.js';
import type { DocumentMeta } from '../../src/ingest/types.js';

const meta: DocumentMeta = { id: 'doc', title: { ar: 'وثيقة' }, type: 'reference', forum: [], date: '2019', language: ['ar'], sources: [], status: 'unreviewed' };

describe('web pages', () => {
  it('keeps headings, lists and paragraphs, and reads the head', () => {
    const html = `<html lang="ar"><head><title>بيان ختامي</title><meta name="date" content="2019-06-20"><style>p{}</style></head>
      <body><h1>البيان</h1><p>تؤكد الدول&nbsp;الأعضاء أهمية الحوار.</p><ol><li>الأول</li><li>الثاني</li></ol><script>x()</script></body></html>`;
    const { text, hints } = htmlToText(html);
    expect(text).toBe('# البيان\n\nتؤكد الدول الأعضاء أهمية الحوار.\n\n1. الأول\n2. الثاني');
    expect(hints).toEqual({ lang: 'ar', date: '2019-06-20', title: 'بيان ختامي' });
  });
});

describe('text files', () => {
  it('decodes UTF-8 with or without BOM, and UTF-16 with one', () => {
    expect(decodeText(Buffer.from('\uFEFFالحوار', 'utf8'), 'a.txt')).toBe('الحوار');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('حوار', 'utf16le')]), 'a.txt')).toBe('حوار');
  });

  it('refuses invalid UTF-8, naming the file and the first bad byte', () => {
    const bad = Buffer.concat([Buffer.from('نص ', 'utf8'), Buffer.from([0xc8, 0x41])]);
    expect(firstInvalidUtf8(bad)).toBe(Buffer.from('نص ', 'utf8').length);
    try {
      decodeText(bad, 'notes.txt');
      expect.unreachable();
    } catch (err) {
      expect(AppError.is(err, 'INGEST_FAILED')).toBe(true);
      expect((err as Error).message).toMatch(/^notes\.txt: not valid UTF-8 text \(bad byte at offset 5\)/);
    }
  });

  it('knows the supported kinds by extension', () => {
    expect(['a.PDF', 'b.docx', 'c.htm', 'd.md', 'e.txt', 'f.xlsx'].map(fileKind)).toEqual(['pdf', 'docx', 'html', 'markdown', 'text', null]);
  });
});

describe('chunking plain text', () => {
  it('cuts along paragraphs, list items and articles, with stable ids and metadata on each passage', () => {
    const body = 'أهداف\n\nتعزيز الحوار والتعاون بين الدول الأعضاء في قضايا الهجرة.\n\nالمادة 1\nتنشأ عملية التشاور بقرار من مجلس الجامعة.\nالمادة 2\nتعقد اجتماعا سنويا.';
    const passages = chunkDocument(body, meta, 'h', { markdown: false });
    expect(passages.map((p) => p.id)).toEqual(['doc#1', 'doc#2', 'doc#3']);
    expect(passages[0]).toMatchObject({ heading: 'أهداف', text: 'تعزيز الحوار والتعاون بين الدول الأعضاء في قضايا الهجرة.', lang: 'ar', meta });
    expect(passages[1]!.text).toBe('المادة 1 تنشأ عملية التشاور بقرار من مجلس الجامعة.');
    expect(passages[2]!.text).toBe('المادة 2 تعقد اجتماعا سنويا.');
  });

  it('reads an Arabic list of English titles under an Arabic heading as Arabic, and an English paragraph as English', () => {
    const body = [
      '### تقارير حالة الهجرة الدولية',
      '',
      '- تقرير 2019 (The Global Compact for Safe, Orderly and Regular Migration in the Context of the Arab Region).',
      '- تقرير 2021 (Building forward better for migrants and refugees in the Arab region)، أطلق في 1 يوليو/تموز 2022.',
      '',
      '## English text',
      '',
      'The 2021 report was launched on 1 July 2022.',
    ].join('\n');
    const passages = chunkDocument(body, meta, 'h');
    expect(passages.map((p) => p.lang)).toEqual(['ar', 'en']);
  });

  it('never makes a passage longer than the maximum', () => {
    const long = Array.from({ length: 200 }, () => 'تعزيز الحوار بين الدول.').join(' ');
    const passages = chunkDocument(long, meta, 'h', { markdown: false });
    expect(passages.length).toBeGreaterThan(1);
    expect(Math.max(...passages.map((p) => p.text.length))).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
  });
});

describe('chunking a PDF’s pages', () => {
  // Three pages as the PDF reader joins them: a blank line between two.
  const pages = [
    'تقرير الاجتماع\n\nاجتمعت الدول الأعضاء في القاهرة لمراجعة العملية التشاورية الإقليمية.',
    'أوصى الاجتماع بما يلي:\n1. تبادل البيانات بين الدول الأعضاء.',
    '2. تدريب موظفي الحدود على حقوق اللاجئين.\n\n' + Array.from({ length: 120 }, () => 'تعزيز الحوار بين الدول.').join(' '),
  ];
  const body = pages.join('\n\n');
  const pageStarts = pages.map((_, i) => ({ offset: pages.slice(0, i).reduce((n, p) => n + p.length + 2, 0), page: i + 1 }));

  it('gives each passage the page it is on, and both pages to a list that runs onto the next', () => {
    const passages = chunkDocument(body, meta, 'h', { markdown: false, pageStarts });
    const at = (words: string) => passages.find((p) => p.text.includes(words))!;
    expect(at('في القاهرة')).toMatchObject({ page: 1, heading: 'تقرير الاجتماع' });
    expect(at('في القاهرة')).not.toHaveProperty('lastPage');
    expect(at('تبادل البيانات')).toMatchObject({ page: 2, lastPage: 3, text: expect.stringContaining('تدريب موظفي الحدود') });
    const long = passages.filter((p) => p.text.startsWith('تعزيز الحوار'));
    expect(long.length).toBeGreaterThan(1);
    for (const p of long) expect(p).toMatchObject({ page: 3 });
  });

  it('cuts the same passages with pages as without', () => {
    const strip = (ps: ReturnType<typeof chunkDocument>) => ps.map(({ page: _p, lastPage: _l, ...rest }) => rest);
    expect(strip(chunkDocument(body, meta, 'h', { markdown: false, pageStarts }))).toEqual(chunkDocument(body, meta, 'h', { markdown: false }));
  });
});

describe('the ingest summary', () => {
  it('lists failures first, then changes, and counts the rest', () => {
    const lines = formatSummary({
      elapsedMs: 1500,
      failed: 1,
      files: [
        { file: 'a.md', documentId: 'a', status: 'unchanged', passages: 3 },
        { file: 'deck.pdf', documentId: 'deck', status: 'added', passages: 7, repair: { tokensChanged: 12, tokensOut: 90, confidence: 0.97 } as never },
        { file: 'secret.pdf', status: 'failed', passages: 0, code: 'PDF_ENCRYPTED', error: 'secret.pdf: the PDF is password-protected' },
      ],
    });
    expect(lines[1]).toMatch(/^failed +secret\.pdf .*PDF_ENCRYPTED$/);
    expect(lines[2]).toMatch(/^added +deck\.pdf +deck +7 +12\/90 changed, confidence 0\.97/);
    expect(lines).toContain('1 failed, 1 added, 0 updated, 0 deleted, 1 unchanged (1.5 s)');
    expect(lines[lines.length - 1]).toBe('1 file(s) failed: secret.pdf');
  });
});
