import { describe, expect, it } from 'vitest';
import { renderMail } from '../../adapters/email/render.js';
import { renderReply } from '../../adapters/teams/render.js';
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
