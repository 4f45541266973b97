import { describe, expect, it } from 'vitest';
import { renderMail } from '../../adapters/email/render.js';
import { citationBlocks } from '../../adapters/slack/render.js';
import { renderReply } from '../../adapters/teams/render.js';
import { formatReadable } from '../../src/cli/ask-format.js';
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
