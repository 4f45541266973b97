import { describe, expect, it } from 'vitest';
import { renderMail } from '../../adapters/email/render.js';
import { citationBlocks } from '../../adapters/slack/render.js';
import { renderReply } from '../../adapters/teams/render.js';
import { formatReadable, toAskJson } from '../../src/cli/ask-format.js';
import type { OutboundReply } from '../../src/channel/types.js';

const answer = (url: string): OutboundReply => ({
  kind: 'answer', lang: 'en', confidence: 0.8,
  text: 'The statement calls for burden sharing [1].',
  citations: [{ n: 1, documentId: 'wrd-2024', passageId: 'wrd-2024#1', title: 'World Refugee Day statement 2024', date: '2024-06-20', url, quote: 'burden sharing', lang: 'en' }],
});

describe('a source address other than http(s) is never a link', () => {
  for (const url of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
    it(`Teams cards and mail drop ${url.split(':')[0]}:`, () => {
      const teams = JSON.stringify(renderReply(answer(url)));
      expect(teams).toContain('World Refugee Day statement 2024');
      expect(teams).not.toContain(url.split(':')[0] + ':');
      const mail = renderMail(answer(url));
      expect(mail.text + mail.html).not.toContain(url.split(':')[0] + ':');
    });
  }

  it('keeps an https link in both', () => {
    const url = 'https://www.lasportal.org/ar/statement?id=7';
    expect(JSON.stringify(renderReply(answer(url)))).toContain(`](${url})`);
    expect(renderMail(answer(url)).html).toContain('href="https://www.lasportal.org/ar/statement?id=7"');
  });
});

describe('every channel says whether a cited document is an official text or a summary of reporting', () => {
  const cited = (lang: 'ar' | 'en', provenance: 'official' | 'summary', sourceKind?: 'news-report'): OutboundReply => ({
    kind: 'answer', lang, confidence: 0.8, text: lang === 'ar' ? '«دعا البيان إلى تقاسم الأعباء» [1]' : '«The statement calls for burden sharing» [1]',
    citations: [{
      n: 1, documentId: 'wrd-2024', passageId: 'wrd-2024#1', title: lang === 'ar' ? 'بيان اليوم العالمي للاجئين 2024' : 'World Refugee Day statement 2024',
      date: '2024-06-20', url: 'https://www.example-news.test/2024/06/20', quote: 'burden sharing', lang, provenance, ...(sourceKind ? { sourceKind } : {}),
    }],
  });
  const rendered = (reply: OutboundReply) => [
    JSON.stringify(renderReply(reply)), JSON.stringify(citationBlocks(reply.kind === 'answer' ? reply.citations : [], reply.lang)),
    renderMail(reply).text, renderMail(reply).html, formatReadable(reply),
  ];

  it.each([
    ['en', 'summary', 'news-report', ['summary of public reporting, not an official text', 'link to a news report']],
    ['en', 'official', undefined, ['official text']],
    ['ar', 'summary', 'news-report', ['ملخص لما نشرته المصادر العامة، وليس نصاً رسمياً', 'الرابط لتقرير صحفي']],
    ['ar', 'official', undefined, ['نص رسمي']],
  ] as const)('%s, %s (%s): Teams, Slack, mail and the CLI', (lang, provenance, kind, words) => {
    for (const out of rendered(cited(lang, provenance, kind))) for (const w of words) expect(out).toContain(w);
    if (provenance === 'official') for (const out of rendered(cited(lang, provenance))) expect(out).not.toMatch(/summary of public reporting|ملخص لما نشرته/);
  });
});

describe('every channel gives the page of a quote from a PDF, in the reply’s language', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';
  const cited = (lang: 'ar' | 'en', quotes: { page: number; lastPage?: number }[]): OutboundReply => ({
    kind: 'answer', lang, confidence: 0.8,
    text: lang === 'ar' ? '«أوصى الاجتماع بإنشاء فريق عمل إقليمي» [1]' : '«The meeting recommended a regional working group» [1]',
    citations: [{
      n: 1, documentId: 'cairo-2023', passageId: 'cairo-2023#4', title: lang === 'ar' ? 'تقرير اجتماع القاهرة' : 'Cairo meeting report',
      date: '2023-05-10', quote: 'regional working group', lang, provenance: 'official',
      quotes: quotes.map((q, i) => ({ text: `quote ${i}`, passageId: `cairo-2023#${i + 4}`, ...q })),
    }],
  });
  const channels = (reply: OutboundReply) => ({
    teams: JSON.stringify(renderReply(reply)),
    slack: JSON.stringify(citationBlocks(reply.kind === 'answer' ? reply.citations : [], reply.lang)),
    mailText: renderMail(reply).text,
    mailHtml: renderMail(reply).html,
    cli: formatReadable(reply),
    cliJson: JSON.stringify(toAskJson(reply)),
  });
  /** What a reader sees: the invisible bidi isolates and marks taken away. */
  const visible = (s: string) => s.replace(/[\u2066-\u2069\u200F]/g, '');

  it.each([
    ['en', [{ page: 3 }], 'p. 3'],
    ['en', [{ page: 3, lastPage: 4 }], 'pp. 3–4'],
    ['en', [{ page: 7 }, { page: 3 }, { page: 3 }], 'pp. 3, 7'],
    ['ar', [{ page: 3 }], 'ص 3'],
    ['ar', [{ page: 3, lastPage: 4 }], 'ص 3–4'],
  ] as const)('%s %j: %s in Teams, Slack, mail (text and HTML) and the CLI', (lang, quotes, words) => {
    for (const [channel, out] of Object.entries(channels(cited(lang, [...quotes])))) {
      expect(visible(out), channel).toContain(words);
    }
  });

  it('keeps an Arabic page range in order inside a right-to-left line (isolated)', () => {
    const { mailText, cliJson } = channels(cited('ar', [{ page: 3, lastPage: 4 }]));
    expect(mailText).toContain(`ص ${FSI}3–4${PDI}`);
    expect(JSON.parse(cliJson).citations[0].pages).toBe(`ص ${FSI}3–4${PDI}`);
  });

  it('gives no page to a document without pages', () => {
    const reply = answer('https://www.lasportal.org/ar/statement?id=7');
    for (const out of Object.values(channels(reply))) expect(out).not.toMatch(/\bpp?\. \d/);
    expect(JSON.parse(channels(reply).cliJson).citations[0]).not.toHaveProperty('pages');
  });
});
