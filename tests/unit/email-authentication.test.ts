import { describe, expect, it } from 'vitest';
import { fromAuthenticated, parseAuthenticationResults, senderDoubt } from '../../adapters/email/authentication.js';
import type { ParsedMail } from '../../adapters/email/mime.js';
import { SenderAllowlist } from '../../src/core/reply-policy.js';

const mail = (from: string, authResults: string[], replyTo?: string) =>
  ({ from: { address: from }, ...(replyTo ? { replyTo: { address: replyTo } } : {}), authResults }) as unknown as ParsedMail;
const trusted = ['mx.las.example'];
const allowlist = new SenderAllowlist(['@mofa.example']);

describe('email: who the receiving server vouched for (Authentication-Results, RFC 8601)', () => {
  it('reads the id, methods, results and properties, without comments or quotes', () => {
    expect(parseAuthenticationResults('MX.las.example 1; dkim=pass (2048-bit key) header.d="mofa.example" header.s=s1; spf=softfail (domain transitions) smtp.mailfrom=mofa.example')).toEqual({
      authservId: 'mx.las.example',
      results: [
        { method: 'dkim', result: 'pass', props: { 'header.d': 'mofa.example', 'header.s': 's1' } },
        { method: 'spf', result: 'softfail', props: { 'smtp.mailfrom': 'mofa.example' } },
      ],
    });
  });

  it('takes the topmost header of the trusted server and ignores one a sender wrote with another id', () => {
    const forgedBelow = 'mx.attacker.example; dmarc=pass header.from=mofa.example';
    expect(fromAuthenticated(mail('a@mofa.example', ['mx.las.example; dmarc=fail header.from=mofa.example', forgedBelow]), trusted).pass).toBe(false);
    expect(fromAuthenticated(mail('a@mofa.example', [forgedBelow]), trusted)).toEqual({ pass: false, reason: 'no Authentication-Results from mx.las.example for mofa.example' });
  });

  it('passes DMARC, or without a DMARC verdict a DKIM or SPF pass aligned with the From domain', () => {
    expect(fromAuthenticated(mail('a@mofa.example', ['mx.las.example; dmarc=pass header.from=mofa.example']), trusted).pass).toBe(true);
    expect(fromAuthenticated(mail('a@mofa.example', ['mx.las.example; dkim=pass header.d=mail.mofa.example']), trusted).pass).toBe(true);
    expect(fromAuthenticated(mail('a@mofa.example', ['mx.las.example; dkim=pass header.d=freemail.example; spf=pass smtp.mailfrom=freemail.example']), trusted).pass).toBe(false);
  });

  it('doubts an allowlisted sender the server did not authenticate, and any Reply-To outside the allowlist', () => {
    const opts = { allowlist, authservIds: trusted };
    expect(senderDoubt(mail('a@mofa.example', ['mx.las.example; dmarc=pass header.from=mofa.example']), opts)).toBeUndefined();
    expect(senderDoubt(mail('a@mofa.example', ['mx.las.example; dmarc=pass header.from=mofa.example'], 'b@mofa.example'), opts)).toBeUndefined();
    expect(senderDoubt(mail('a@mofa.example', ['mx.las.example; dmarc=pass header.from=mofa.example'], 'desk@freemail.example'), opts)).toMatch(/^Reply-To desk@freemail.example/);
    expect(senderDoubt(mail('a@mofa.example', []), opts)).toMatch(/^From a@mofa.example: no Authentication-Results/);
    // Without a trusted id configured nothing can be checked; a Reply-To elsewhere still is.
    expect(senderDoubt(mail('a@mofa.example', []), { allowlist, authservIds: [] })).toBeUndefined();
    expect(senderDoubt(mail('x@freemail.example', [], 'y@freemail.example'), { allowlist, authservIds: [] })).toMatch(/^Reply-To y@freemail.example/);
  });
});
