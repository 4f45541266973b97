import { describe, expect, it } from 'vitest';
import { renderMail } from '../../adapters/email/render.js';
import type { OutboundReply } from '../../src/channel/types.js';

const arabicAnswer: OutboundReply = {
  kind: 'answer',
  lang: 'ar',
  confidence: 0.8,
  text: [
    'وفقاً لوثائق عملية التشاور العربية الإقليمية المتاحة، وردت النصوص ذات الصلة على النحو الآتي:',
    '',
    '**البيان السنوي بمناسبة اليوم العالمي للاجئين 2024 — 2024-06-20**',
    '«دعم اللاجئين وتقاسم الأعباء والمسؤوليات» [1]',
    '«The Global Compact on Refugees» [2] [7]',
  ].join('\n'),
  citations: [
    { n: 2, documentId: 'gcr', passageId: 'gcr#1', title: 'Global Compact on Refugees', date: '2018-12', url: 'javascript:alert(1)', quote: 'The Global Compact on Refugees', lang: 'en', provenance: 'official' },
    { n: 1, documentId: 'wrd-2024', passageId: 'wrd-2024#3', title: 'البيان السنوي 2024', date: '2024-06-20', meeting: 'اليوم العالمي للاجئين', url: 'http://lasportal.org/en/news/Pages/NewsDetails.aspx?RID=2792&x=1', quote: 'دعم اللاجئين وتقاسم الأعباء والمسؤوليات', lang: 'ar', provenance: 'summary', sourceKind: 'news-report' },
  ],
};

describe('email render: text and right-to-left HTML with numbered source footnotes', () => {
  it('plain text keeps the quotes and lists the sources in order, each with its provenance and link', () => {
    const { text } = renderMail(arabicAnswer);
    expect(text).not.toContain('**');
    expect(text).toContain('«دعم اللاجئين وتقاسم الأعباء والمسؤوليات» [1]');
    expect(text).toContain(
      'المصادر:\n[1] البيان السنوي 2024 — اليوم العالمي للاجئين — 2024-06-20\n    (ملخص لما نشرته المصادر العامة، وليس نصاً رسمياً؛ الرابط لتقرير صحفي)\n' +
        '    http://lasportal.org/en/news/Pages/NewsDetails.aspx?RID=2792&x=1\n[2] Global Compact on Refugees — 2018-12\n    (نص رسمي)',
    );
  });

  it('HTML is right-to-left for Arabic, links markers to footnotes and footnotes to sources', () => {
    const { html } = renderMail(arabicAnswer);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<div dir="rtl" lang="ar"');
    expect(html).toContain('<strong><bdi>البيان السنوي بمناسبة اليوم العالمي للاجئين 2024 — 2024-06-20</bdi></strong>');
    expect(html).toContain('<sup><a href="#arcp-source-1">[1]</a></sup>');
    expect(html).toContain('<li id="arcp-source-1" value="1"');
    expect(html).toContain('<a href="http://lasportal.org/en/news/Pages/NewsDetails.aspx?RID=2792&amp;x=1"><bdi>البيان السنوي 2024</bdi></a>');
  });

  it('never links a non-web URL and leaves a marker without a source as text', () => {
    const { html } = renderMail(arabicAnswer);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('[7]');
    expect(html).not.toContain('#arcp-source-7');
  });

  it('escapes whatever the text contains', () => {
    const { html } = renderMail({ kind: 'notice', lang: 'en', text: 'Use <script>alert(1)</script> & "quotes"' });
    expect(html).toContain('Use &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toContain('<script>');
  });

  it('English replies are left-to-right and have no footnotes without citations', () => {
    const { text, html } = renderMail({ kind: 'ticket', lang: 'en', ticketId: 'ARCP-00003', text: 'Your request has been registered under reference ARCP-00003.' });
    expect(html).toContain('dir="ltr"');
    expect(html).not.toContain('Sources');
    expect(text).toBe('Your request has been registered under reference ARCP-00003.\n');
  });
});
